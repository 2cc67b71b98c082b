#include "core/measure/measured_kpis.h"

#include <boost/geometry.hpp>
#include <cmath>

namespace covplan::core {

MeasuredKpis measured_kpis(const MeasuredKpiInputs& in) {
    MeasuredKpis out;
    const auto& samples = *in.samples;
    const std::size_t nh = in.hamlets ? in.hamlets->size() : 0;
    // Rows: [ward 4G, ward 5G, hamlet0 4G, hamlet0 5G, ...].
    std::vector<MeasuredShare> rows(2 * (1 + nh));
    for (std::size_t a = 0; a <= nh; ++a)
        for (TechLayer L : kTechLayers) {
            MeasuredShare& r = rows[2 * a + index_of(L)];
            r.layer = L;
            if (a > 0) r.area = (*in.hamlets)[a - 1].name;
        }
    std::vector<boost::geometry::model::box<Point>> boxes(nh);
    for (std::size_t h = 0; h < nh; ++h)
        boxes[h] = boost::geometry::return_envelope<boost::geometry::model::box<Point>>(
            (*in.hamlets)[h].area);
    double throughput_sum = 0;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const Measurement& m = samples[i];
        const TechLayer L = i < in.layer.size() ? in.layer[i] : TechLayer::Lte4G;
        const std::size_t li = index_of(L);
        const double threshold = in.threshold_dbm[li];
        const double predicted =
            i < in.predicted_dbm[li].size() ? in.predicted_dbm[li][i] : std::nan("");
        auto count = [&](MeasuredShare& r) {
            ++r.samples;
            r.at_threshold += m.rsrp_dbm >= threshold;
            if (std::isfinite(predicted)) {
                ++r.predicted_samples;
                r.predicted_share += predicted >= threshold;  // a count until the end
            }
        };
        const bool in_ward = !in.ward || inside_ward(m.location, *in.ward);
        if (!in_ward) continue;
        count(rows[li]);
        for (std::size_t h = 0; h < nh; ++h)
            if (boost::geometry::covered_by(m.location, boxes[h]) &&
                boost::geometry::covered_by(m.location, (*in.hamlets)[h].area)) {
                count(rows[2 * (h + 1) + li]);
                break;
            }
        if (std::isfinite(m.throughput_mbps)) {
            throughput_sum += m.throughput_mbps;
            ++out.throughput_samples;
        }
    }
    for (MeasuredShare& r : rows) {
        if (r.samples == 0) continue;
        r.measured_share = static_cast<double>(r.at_threshold) / static_cast<double>(r.samples);
        r.predicted_share = r.predicted_samples
                                ? r.predicted_share / static_cast<double>(r.predicted_samples)
                                : 0.0;
        out.shares.push_back(r);
    }
    if (out.throughput_samples)
        out.mean_throughput_mbps = throughput_sum / static_cast<double>(out.throughput_samples);
    out.baseline_mbps = in.baseline_mbps;
    out.target_mbps = in.baseline_mbps * in.factor;
    return out;
}

}  // namespace covplan::core
