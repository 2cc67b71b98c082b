#include "core/measure/prediction_error.h"

#include <algorithm>
#include <cmath>

namespace covplan::core {

ErrorStats error_stats(std::span<const double> p, std::span<const double> m) {
    ErrorStats s;
    s.n = std::min(p.size(), m.size());
    if (s.n == 0) return s;
    const double n = static_cast<double>(s.n);
    double sum_e = 0, sum_abs = 0, sum_e2 = 0, mean_p = 0, mean_m = 0;
    for (std::size_t i = 0; i < s.n; ++i) {
        const double e = p[i] - m[i];
        sum_e += e;
        sum_abs += std::abs(e);
        sum_e2 += e * e;
        mean_p += p[i];
        mean_m += m[i];
    }
    s.mean_error_db = sum_e / n;
    s.mean_abs_error_db = sum_abs / n;
    s.rmse_db = std::sqrt(sum_e2 / n);
    mean_p /= n;
    mean_m /= n;
    double var_e = 0, cov = 0, var_p = 0, var_m = 0;
    for (std::size_t i = 0; i < s.n; ++i) {
        const double e = p[i] - m[i] - s.mean_error_db;
        var_e += e * e;
        cov += (p[i] - mean_p) * (m[i] - mean_m);
        var_p += (p[i] - mean_p) * (p[i] - mean_p);
        var_m += (m[i] - mean_m) * (m[i] - mean_m);
    }
    s.std_db = std::sqrt(var_e / n);
    s.correlation = var_p > 0 && var_m > 0 ? cov / std::sqrt(var_p * var_m) : 0.0;
    return s;
}

}  // namespace covplan::core
