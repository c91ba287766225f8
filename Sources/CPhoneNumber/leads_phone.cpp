// A C face for the two calls of libphonenumber the duplicate finder needs, so Swift reaches the
// C++ library as it reaches ncursesw: through a plain header.
//
// The library is loaded on the first phone read, not when `leads` starts: linked the usual way,
// it brings twelve shared libraries (protobuf, ICU, abseil) that the dynamic loader maps and
// relocates before every command, 3-4 ms of a `leads list` that reads no phone at all. Its
// methods are reached by their exported names, with the signatures the header declares; the
// header still gives the types, so a change of the library's ABI fails at build or on loading,
// never quietly.
#include "leads_phone.h"

#include <phonenumbers/phonenumberutil.h>

#include <dlfcn.h>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <new>
#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

/// The library's entry points. A member function of the Itanium C++ ABI is a function taking
/// the object first; `PhoneNumber()` is the header's inline call of `PhoneNumber(Arena*, bool)`.
struct Library {
    PhoneNumberUtil *(*getInstance)() = nullptr;
    PhoneNumberUtil::ErrorType (*parse)(const PhoneNumberUtil *, const std::string &, const std::string &, PhoneNumber *) = nullptr;
    void (*format)(const PhoneNumberUtil *, const PhoneNumber &, PhoneNumberUtil::PhoneNumberFormat, std::string *) = nullptr;
    bool (*isValid)(const PhoneNumberUtil *, const PhoneNumber &) = nullptr;
    void (*construct)(PhoneNumber *, void *arena, bool messageOwned) = nullptr;
    void (*destroy)(PhoneNumber *) = nullptr;
    PhoneNumberUtil *util = nullptr;
};

template <typename T>
bool find(void *handle, const char *name, T *slot) {
    *slot = reinterpret_cast<T>(dlsym(handle, name));
    return *slot != nullptr;
}

/// Loads the library once; nullptr (said once on stderr) when it is missing, and phones are then
/// compared by their digits alone.
const Library *library() {
    static Library loaded;
    static bool ready = false;
    static std::once_flag once;
    std::call_once(once, [] {
        void *handle = dlopen("libphonenumber.so.8", RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) handle = dlopen("libphonenumber.so", RTLD_NOW | RTLD_LOCAL);
        ready = handle != nullptr
            && find(handle, "_ZN4i18n12phonenumbers15PhoneNumberUtil11GetInstanceEv", &loaded.getInstance)
            && find(handle, "_ZNK4i18n12phonenumbers15PhoneNumberUtil5ParseERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES9_PNS0_11PhoneNumberE", &loaded.parse)
            && find(handle, "_ZNK4i18n12phonenumbers15PhoneNumberUtil6FormatERKNS0_11PhoneNumberENS1_17PhoneNumberFormatEPNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", &loaded.format)
            && find(handle, "_ZNK4i18n12phonenumbers15PhoneNumberUtil13IsValidNumberERKNS0_11PhoneNumberE", &loaded.isValid)
            && find(handle, "_ZN4i18n12phonenumbers11PhoneNumberC1EPN6google8protobuf5ArenaEb", &loaded.construct)
            && find(handle, "_ZN4i18n12phonenumbers11PhoneNumberD1Ev", &loaded.destroy);
        if (ready) {
            loaded.util = loaded.getInstance();
        } else {
            std::fprintf(stderr, "leads: libphonenumber could not be loaded (%s); phones are compared by their digits\n",
                         handle == nullptr ? dlerror() : "a function is missing");
        }
    });
    return ready ? &loaded : nullptr;
}

/// A `PhoneNumber` made and ended through the library, in storage sized by the header.
class Parsed {
  public:
    explicit Parsed(const Library *lib) : lib_(lib) { lib_->construct(number(), nullptr, false); }
    ~Parsed() { lib_->destroy(number()); }
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;
    PhoneNumber *number() { return std::launder(reinterpret_cast<PhoneNumber *>(storage_)); }

  private:
    const Library *lib_;
    alignas(PhoneNumber) unsigned char storage_[sizeof(PhoneNumber)];
};

/// Parses with "ZZ" (unknown region) when none is given: only numbers in international form read.
bool parse(const Library *lib, const char *number, const char *region, Parsed *parsed) {
    if (number == nullptr) return false;
    const std::string code = (region != nullptr && region[0] != '\0') ? region : "ZZ";
    return lib->parse(lib->util, number, code, parsed->number()) == PhoneNumberUtil::NO_PARSING_ERROR;
}

}  // namespace

extern "C" int leads_phone_e164(const char *number, const char *region, char *out, size_t outlen) {
    const Library *lib = library();
    if (lib == nullptr) return 0;
    Parsed parsed(lib);
    if (!parse(lib, number, region, &parsed)) return 0;
    std::string formatted;
    lib->format(lib->util, *parsed.number(), PhoneNumberUtil::E164, &formatted);
    if (formatted.size() + 1 > outlen) return -1;
    std::memcpy(out, formatted.c_str(), formatted.size() + 1);
    return static_cast<int>(formatted.size());
}

extern "C" int leads_phone_is_valid(const char *number, const char *region) {
    const Library *lib = library();
    if (lib == nullptr) return 0;
    Parsed parsed(lib);
    if (!parse(lib, number, region, &parsed)) return 0;
    return lib->isValid(lib->util, *parsed.number()) ? 1 : 0;
}
