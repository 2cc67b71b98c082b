#include "core/propagation/hata.h"

#include <cmath>

namespace covplan::core {

double hata_mobile_correction_db(double freq_mhz, double hm_m, bool large_city) {
    const double lf = std::log10(freq_mhz);
    if (!large_city) return (1.1 * lf - 0.7) * hm_m - (1.56 * lf - 0.8);
    if (freq_mhz <= 300.0) {
        const double t = std::log10(1.54 * hm_m);
        return 8.29 * t * t - 1.1;
    }
    const double t = std::log10(11.75 * hm_m);
    return 3.2 * t * t - 4.97;
}

LogDistanceLaw okumura_hata_law(HataEnvironment env, double freq_mhz, double hb_m, double hm_m) {
    const double lf = std::log10(freq_mhz);
    const double lhb = std::log10(hb_m);
    const bool large = env == HataEnvironment::UrbanLarge;
    double a = 69.55 + 26.16 * lf - 13.82 * lhb - hata_mobile_correction_db(freq_mhz, hm_m, large);
    const double b = 44.9 - 6.55 * lhb;
    if (env == HataEnvironment::Suburban) {
        const double t = std::log10(freq_mhz / 28.0);
        a -= 2.0 * t * t + 5.4;
    } else if (env == HataEnvironment::Open) {
        a -= 4.78 * lf * lf - 18.33 * lf + 40.94;
    }
    return {a, b};
}

LogDistanceLaw cost231_hata_law(Cost231Environment env, double freq_mhz, double hb_m, double hm_m) {
    const double lf = std::log10(freq_mhz);
    const double lhb = std::log10(hb_m);
    const double cm = env == Cost231Environment::Metropolitan ? 3.0 : 0.0;
    return {46.3 + 33.9 * lf - 13.82 * lhb - hata_mobile_correction_db(freq_mhz, hm_m, false) + cm,
            44.9 - 6.55 * lhb};
}

namespace {
std::string hata_range_errors(const char* model, double f, double flo, double fhi, double d,
                              double hb, double hm) {
    std::string e;
    for (const std::string& s : {range_error(model, "frequency", f, flo, fhi, "MHz"),
                                 range_error(model, "distance", d, 1.0, 20.0, "km"),
                                 range_error(model, "base station height", hb, 30.0, 200.0, "m"),
                                 range_error(model, "mobile height", hm, 1.0, 10.0, "m")})
        if (!s.empty()) e += (e.empty() ? "" : "; ") + s;
    return e;
}
}  // namespace

PathLossResult okumura_hata(HataEnvironment env, double freq_mhz, double distance_km, double hb_m,
                            double hm_m, Extrapolation extrapolation) {
    if (!(freq_mhz > 0 && distance_km > 0 && hb_m > 0 && hm_m > 0))
        return std::unexpected(std::string("Okumura-Hata: inputs must be positive"));
    const auto law = okumura_hata_law(env, freq_mhz, hb_m, hm_m);
    return checked(
        law.at_log10_km(std::log10(distance_km)),
        hata_range_errors("Okumura-Hata", freq_mhz, 150.0, 1500.0, distance_km, hb_m, hm_m),
        extrapolation);
}

PathLossResult cost231_hata(Cost231Environment env, double freq_mhz, double distance_km,
                            double hb_m, double hm_m, Extrapolation extrapolation) {
    if (!(freq_mhz > 0 && distance_km > 0 && hb_m > 0 && hm_m > 0))
        return std::unexpected(std::string("COST-231 Hata: inputs must be positive"));
    const auto law = cost231_hata_law(env, freq_mhz, hb_m, hm_m);
    return checked(
        law.at_log10_km(std::log10(distance_km)),
        hata_range_errors("COST-231 Hata", freq_mhz, 1500.0, 2000.0, distance_km, hb_m, hm_m),
        extrapolation);
}

}  // namespace covplan::core
