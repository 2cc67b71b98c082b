#pragma once
// Operating bands as operators write them in their sheets: 3GPP names ("B3", "Band
// 3", "n78"), technology + nominal MHz ("L1800", "LTE 2100", "NR3500") or the bare
// nominal MHz of a "Băng tần (MHz)" column ("1800", "2100", "3500"), mapped to the
// band's downlink range. Ranges: 3GPP TS 36.101 Table 5.5-1 (E-UTRA) and TS 38.104
// Table 5.2-1 (NR FR1). The carriers Vietnamese operators run (B1, B3, B8, B28, B40,
// B41; n1, n28, n41, n78, n79) are all in it.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/site.h"

namespace covplan::core {

struct OperatingBand {
    std::string_view name;  //!< "B3", "n78"
    Technology technology;
    double dl_low_mhz, dl_high_mhz;
    int nominal_mhz;  //!< how the band is named in MHz ("1800"); 0 when it is not
    [[nodiscard]] double dl_centre_mhz() const { return 0.5 * (dl_low_mhz + dl_high_mhz); }
};

[[nodiscard]] std::span<const OperatingBand> operating_bands();

struct BandReading {
    const OperatingBand* band;
    //! The modelled downlink frequency: the band's centre, or the value itself when
    //! the text was a frequency inside the band ("1842.5").
    double freq_mhz;
};

//! The band a cell names, for a site of `technology` when known (a bare "1800" is B3
//! for 4G and n3 for 5G; without a technology the LTE band, or the NR one for bands
//! only NR has). nullopt if the text names no band of the table.
[[nodiscard]] std::optional<BandReading> read_band(std::string_view text,
                                                   std::optional<Technology> technology);

//! "B1 (2100), B3 (1800), ..." for messages.
[[nodiscard]] std::string band_names_for_messages();

}  // namespace covplan::core
