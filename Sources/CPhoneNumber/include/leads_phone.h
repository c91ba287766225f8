#ifndef LEADS_PHONE_H
#define LEADS_PHONE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes `number` in E.164 form (`+393331234567`) into `out`, reading it with Google's
/// libphonenumber. `region` is the ISO 3166 alpha-2 code used when the number has no `+` or
/// international prefix (NULL or "" for none). Returns the length written (without the NUL),
/// 0 when the text is not a phone number libphonenumber can read, or -1 when `out` is too small.
int leads_phone_e164(const char *number, const char *region, char *out, size_t outlen);

/// 1 when libphonenumber holds `number` (read as above) to be a valid number for its region.
int leads_phone_is_valid(const char *number, const char *region);

#ifdef __cplusplus
}
#endif

#endif
