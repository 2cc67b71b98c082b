#pragma once
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/propagation/itm_settings.h"

namespace covplan::core {

enum class ModelChoice {
    Auto,  //!< Okumura-Hata < 1500 MHz, COST-231 Hata 1500-2200 MHz, TR 38.901 above
    FreeSpace,
    Hata,
    Cost231,
    Tr38901,
    Itm,  //!< ITM / Longley-Rice point-to-point over the DEM (flat ground without one)
};

//! Clutter environment of the Hata family. COST-231 itself knows only medium city /
//! suburban (Cm = 0) and metropolitan centres (Cm = 3); for suburban and rural areas
//! covplan adds Hata's suburban and open-area corrections to COST-231 as well, the
//! usual planning-tool practice, and says so in the model name.
//! "auto", "fspl", "hata", "cost231", "tr38901", "itm".
[[nodiscard]] std::optional<ModelChoice> parse_model_choice(std::string_view name);

enum class Environment { DenseUrban, Urban, Suburban, Rural };

class AntennaPattern;
struct ModelCalibration;
//! Antenna files (MSI/Planet) a project's sites name, loaded once per run, by the
//! name the site gives. Built-in names (cell.h) need no entry.
using AntennaLibrary = std::map<std::string, std::shared_ptr<const AntennaPattern>>;

struct CoverageOptions {
    ModelChoice model = ModelChoice::Auto;
    Environment environment = Environment::Suburban;
    double receiver_height_m = 1.5;
    double noise_figure_db =
        7.0;  //!< UE noise figure (TR 36.942 Table 4.3: 9 dB; 7 dB typical of current UEs)
    double interference_load = 1.0;  //!< share of neighbours' REs transmitting (1 = fully loaded)
    double rsrp_floor_dbm = -140.0;  //!< cells are evaluated only where they can exceed this
    double max_radius_m = 30000.0;   //!< hard cap on a cell's evaluation radius
    std::array<float, 256> clutter_loss_db{};  //!< extra loss by land-use class; 0 = none/nodata
    bool terrain_diffraction =
        true;             //!< with a DEM: add Deygout knife-edge losses (radial_terrain.h)
    int tile_size = 128;  //!< pixels per tile side (parallel unit, cancel granularity)
    int threads = 0;      //!< 0 = all cores
    //! Loaded antenna files; every build_cells call with these options resolves them.
    std::shared_ptr<const AntennaLibrary> antennas;
    //! Corrections fitted to measurements (`covplan calibrate`); null = none. Land-use
    //! offsets are already in clutter_loss_db.
    std::shared_ptr<const ModelCalibration> calibration;
    //! ITM's surface and statistics (model itm).
    ItmSettings itm;
};

}  // namespace covplan::core
