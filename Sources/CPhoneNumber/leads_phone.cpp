// A C face for the two calls of libphonenumber the duplicate finder needs, so Swift reaches the
// C++ library as it reaches ncursesw: through a plain header.
#include "leads_phone.h"

#include <phonenumbers/phonenumberutil.h>

#include <cstring>
#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

/// Parses with "ZZ" (unknown region) when none is given: only numbers in international form read.
bool parse(const char *number, const char *region, PhoneNumber *parsed) {
    if (number == nullptr) return false;
    const std::string code = (region != nullptr && region[0] != '\0') ? region : "ZZ";
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    return util->Parse(number, code, parsed) == PhoneNumberUtil::NO_PARSING_ERROR;
}

}  // namespace

extern "C" int leads_phone_e164(const char *number, const char *region, char *out, size_t outlen) {
    PhoneNumber parsed;
    if (!parse(number, region, &parsed)) return 0;
    std::string formatted;
    PhoneNumberUtil::GetInstance()->Format(parsed, PhoneNumberUtil::E164, &formatted);
    if (formatted.size() + 1 > outlen) return -1;
    std::memcpy(out, formatted.c_str(), formatted.size() + 1);
    return static_cast<int>(formatted.size());
}

extern "C" int leads_phone_is_valid(const char *number, const char *region) {
    PhoneNumber parsed;
    if (!parse(number, region, &parsed)) return 0;
    return PhoneNumberUtil::GetInstance()->IsValidNumber(parsed) ? 1 : 0;
}
