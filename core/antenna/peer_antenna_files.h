#pragma once
// Antenna pattern files of the open tools planners compare covplan with, read into
// the same AntennaPattern as MSI/Planet files (and written, for exchange):
//
// SPLAT! / Signal-Server (.az + .el, SPLAT! 1.4 manual, "Antenna radiation pattern
// parameters"): the .az file's first line is the pattern's rotation (degrees
// clockwise from true north), then "azimuth field" lines, azimuth 0-360 relative to
// the pattern, field a normalised voltage 0-1; the .el file's first line is the
// mechanical tilt and its azimuth, then "elevation field" lines, elevation -10 to +90
// degrees with positive below the horizon. ';' starts a comment. The field becomes an
// attenuation of -20·log10(field) (a field of 0: 100 dB). In covplan the sector's
// azimuth and tilts point the antenna, so the rotation and tilt lines are read but not
// applied (a note says so). Neither file carries a gain: covplan writes it as a comment
// "; covplan gain_dbi G" on the .az file's first line; without one, the gain is the
// directivity of the pattern (4π over the integral of the product of the two cuts'
// power patterns), which is what a lossless antenna with that pattern has.
//
// NSMA (NSMA Recommendation WG16.99.050, TIA/EIA-804-B, .adf): "KEY:,value" records;
// GUNITS:,<gain unit>/<data unit> (DBI or DBD / DBR relative, or DBI/DBD absolute),
// MDGAIN:,mid-band gain; then per cut PATCUT:,H|AZ (horizontal) or V|EL (vertical),
// POLARI, NUPOIN:,n, FSTLST:,first,last and n "angle,value" records. Horizontal angles
// are clockwise from boresight; vertical angles are elevations, positive above the
// horizon. Data in DBR are relative gains (0 at the peak, negative elsewhere).

#include <expected>
#include <string>
#include <vector>

#include "core/antenna/antenna_pattern.h"

namespace covplan::core {

//! A pattern read from a file, and what the reader had to assume.
struct ReadPattern {
    AntennaPattern pattern;
    std::vector<std::string> notes;
};

//! `el_text` may be empty (no .el file: a flat vertical pattern). `source` names the
//! .az file in messages.
[[nodiscard]] std::expected<ReadPattern, std::string> parse_splat_pattern(
    const std::string& az_text, const std::string& el_text, const std::string& source);
[[nodiscard]] std::string format_splat_az(const AntennaPattern& pattern);
[[nodiscard]] std::string format_splat_el(const AntennaPattern& pattern);

[[nodiscard]] std::expected<ReadPattern, std::string> parse_nsma(const std::string& text,
                                                                 const std::string& source);
[[nodiscard]] std::string format_nsma(const AntennaPattern& pattern, double frequency_mhz);

//! 10·log10 of the directivity of a pattern built from its two cuts (separable), dBi.
[[nodiscard]] double pattern_directivity_dbi(const AntennaPattern& pattern);

}  // namespace covplan::core
