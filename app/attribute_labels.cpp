#include "app/attribute_labels.h"

#include <QCoreApplication>
#include <span>

namespace covplan::app {
namespace {

struct Label {
    std::string_view canonical;
    const char* text;
};

// Translated in the "covplan::app::AttributeLabels" context of covplan_vi.ts.
constexpr Label kLabels[] = {
    {"site_id", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Site id")},
    {"tower_id", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Tower id")},
    {"name", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Name")},
    {"code", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Code")},
    {"population", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Population")},
    {"households", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Households")},
    {"operator", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Operator")},
    {"technology", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Technology")},
    {"band", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Band")},
    {"freq_mhz", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Frequency (MHz)")},
    {"bandwidth_mhz", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Bandwidth (MHz)")},
    {"height_m", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Antenna height (m)")},
    {"azimuths_deg", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Azimuths (°)")},
    {"mech_tilt_deg", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Mechanical tilt (°)")},
    {"elec_tilt_deg", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Electrical tilt (°)")},
    {"power_dbm", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Power (dBm)")},
    {"power_w", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Power (W)")},
    {"antenna_model", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Antenna")},
    {"feeder_loss_db", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Feeder loss (dB)")},
    {"propagation_model", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Propagation model")},
    {"status", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Status")},
    {"x", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Longitude / easting")},
    {"y", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Latitude / northing")},
    {"placement", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Placement")},
    {"category", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Category")},
    {"category_source", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Category as written")},
    {"class", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Class")},
};

constexpr Label kRoles[] = {
    {"ward", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Ward boundary")},
    {"hamlets", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Hamlets (khu vực)")},
    {"sites", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "BTS sites")},
    {"fiber", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Fiber routes")},
    {"poi", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Priority places")},
    {"roads", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Roads")},
    {"waterways", QT_TRANSLATE_NOOP("covplan::app::AttributeLabels", "Waterways")},
};

QString labelled(std::span<const Label> table, std::string_view key) {
    const QString id = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
    for (const Label& l : table)
        if (l.canonical == key)
            return QCoreApplication::translate("covplan::app::AttributeLabels", l.text) + " (" +
                   id + ")";
    return id;
}

}  // namespace

QString role_label(std::string_view role_name) { return labelled(kRoles, role_name); }

QString attribute_label(std::string_view canonical) { return labelled(kLabels, canonical); }

}  // namespace covplan::app
