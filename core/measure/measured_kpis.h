#pragma once
// The plan's coverage targets measured: the share of samples at or above the 4G / 5G
// RSRP thresholds, for the ward and per khu vực, next to the share the model predicts
// at the same places; and the mean measured downlink against the 2024 baseline (the
// plan's "double the average mobile download speed" target).

#include <string>
#include <vector>

#include "core/coverage/tech_layer.h"
#include "core/hamlet.h"
#include "core/measurement.h"

namespace covplan::core {

struct MeasuredShare {
    std::string area;  //!< khu vực name; empty = the whole ward (or all samples)
    TechLayer layer = TechLayer::Lte4G;
    std::size_t samples = 0;
    std::size_t at_threshold = 0;
    double measured_share = 0.0;        //!< 0–1
    std::size_t predicted_samples = 0;  //!< samples with a prediction of this layer
    double predicted_share = 0.0;       //!< 0–1, over predicted_samples
};

struct MeasuredKpis {
    std::vector<MeasuredShare> shares;  //!< ward rows first (4G, 5G), then per khu vực
    std::size_t throughput_samples = 0;
    double mean_throughput_mbps = 0.0;
    double baseline_mbps = 0.0;  //!< 0: no baseline set
    double target_mbps = 0.0;    //!< baseline x factor
    [[nodiscard]] bool throughput_met() const {
        return baseline_mbps > 0 && throughput_samples > 0 && mean_throughput_mbps >= target_mbps;
    }
};

struct MeasuredKpiInputs {
    const std::vector<Measurement>* samples = nullptr;
    //! Per sample: its technology layer (the sample's, else its serving site's, else 4G).
    std::vector<TechLayer> layer;
    //! Per sample and layer: the predicted best-server RSRP there, NaN where none.
    std::vector<double> predicted_dbm[kLayerCount];
    const std::vector<Ward>* ward = nullptr;
    const std::vector<Hamlet>* hamlets = nullptr;
    double threshold_dbm[kLayerCount] = {-105.0, -110.0};
    double baseline_mbps = 0.0;
    double factor = 2.0;
};

//! Samples outside the ward are left out of the ward's rows (all count without a ward).
[[nodiscard]] MeasuredKpis measured_kpis(const MeasuredKpiInputs& in);

}  // namespace covplan::core
