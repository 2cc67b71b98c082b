#pragma once
// The propagation models covplan knows, in one table: ids, variants, the project
// environments each variant stands for, validity ranges, what is done below a
// model's minimum distance, the point loss and the distance law the raster kernel
// evaluates. The engine, `covplan pathloss`, `covplan point`, the settings dialog
// and `--help` all read it, so a name or a rule cannot differ between them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/coverage/coverage_options.h"
#include "core/propagation/itm_settings.h"
#include "core/propagation/validity.h"

namespace covplan::core {

enum class PropagationModel { FreeSpace, Hata, Cost231, Tr38901, Itm };

struct ModelVariantInfo {
    std::string_view id;           //!< as `covplan pathloss --variant` takes it
    std::string_view description;  //!< one line for --help
};

struct ModelInfo {
    PropagationModel model;
    std::string_view id;     //!< "fspl", "hata", "cost231", "tr38901"
    std::string_view title;  //!< e.g. "COST-231 Hata (COST 231 final report, 4.4.1)"
    std::vector<ModelVariantInfo> variants;
    double min_freq_mhz, max_freq_mhz;
    double min_distance_km, max_distance_km;
    double min_tx_height_m, max_tx_height_m;
    //! What the engine does below min_distance_km (and `pathloss --allow-extrapolation`).
    std::string_view below_min_distance;
};

[[nodiscard]] const std::vector<ModelInfo>& propagation_models();
[[nodiscard]] const ModelInfo* find_model(std::string_view id);
[[nodiscard]] const ModelInfo& model_info(PropagationModel model);

//! The project's environment names: "dense-urban", "urban", "suburban", "rural".
[[nodiscard]] std::optional<Environment> parse_environment(std::string_view name);
[[nodiscard]] std::string_view environment_name(Environment environment);
[[nodiscard]] const std::vector<std::string_view>& environment_names();

//! One model and one of its variants: what a cell is evaluated with.
struct ModelSelection {
    PropagationModel model = PropagationModel::FreeSpace;
    std::string variant;  //!< empty for free space
    [[nodiscard]] std::string_view model_id() const { return model_info(model).id; }
    //! e.g. "COST-231 Hata, suburban (Hata's suburban correction)"
    [[nodiscard]] std::string title() const;
    //! The same in Vietnamese, for Vietnamese reports (no English word in them):
    //! "COST-231 Hata (báo cáo cuối cùng COST 231, mục 4.4.1), ngoại ô".
    [[nodiscard]] std::string title_vi() const;
    bool operator==(const ModelSelection&) const = default;
};

//! The model the project's choice means at a frequency (auto: Okumura-Hata below
//! 1500 MHz, COST-231 Hata to 2200 MHz, TR 38.901 above), and its variant for the
//! environment. This is the only place an environment becomes a variant.
[[nodiscard]] ModelSelection select_model(ModelChoice choice, Environment environment,
                                          double freq_mhz);
//! The variant of `model` for an environment (see select_model).
[[nodiscard]] std::string variant_for(PropagationModel model, Environment environment);

struct PathGeometry {
    double freq_mhz = 1800.0;
    double distance_m = 1000.0;  //!< 2-D ground distance, as the engine measures it
    double tx_height_m = 30.0;   //!< above ground
    double rx_height_m = 1.5;
    double building_height_m = 5.0;  //!< TR 38.901 RMa h
    double street_width_m = 20.0;    //!< TR 38.901 RMa W
    ItmSettings itm;                 //!< ITM's surface and statistics
};

//! Basic transmission loss of a model variant. With Forbid, an input outside the
//! validity range is an error; with Allow it is evaluated and flagged, and below the
//! minimum distance the model's documented rule applies (ModelInfo::below_min_distance).
//! Unknown variant: error.
[[nodiscard]] PathLossResult model_loss(const ModelSelection& selection, const PathGeometry& path,
                                        Extrapolation extrapolation);

//! Checks a variant name for a model; error lists the valid ones.
[[nodiscard]] std::optional<std::string> variant_error(const ModelSelection& selection);

}  // namespace covplan::core
