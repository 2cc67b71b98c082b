#include "gis/project_import.h"

#include <cstdio>
#include <filesystem>
#include <set>

#include "gis/coverage_job.h"
#include "gis/project_file.h"
#include "gis/project_lock.h"
#include "gis/vector_dataset.h"

namespace covplan::gis {
namespace {

core::MultiPolygon ward_area(const Project& project) {
    core::MultiPolygon out;
    for (const core::Ward& w : project.layers.ward)
        for (const core::Polygon& p : w.area) out.push_back(p);
    return out;
}

std::string km_text(double m) {
    char buf[64];
    if (m >= 10000.0)
        std::snprintf(buf, sizeof buf, "%.0f km", m / 1000.0);
    else
        std::snprintf(buf, sizeof buf, "%.1f km", m / 1000.0);
    return buf;
}

//! Features of `layers` farther than `limit_m` from `ward`, one error each.
std::vector<core::Issue> features_far_from(const core::PlanLayers& L,
                                           const core::MultiPolygon& ward, double limit_m) {
    std::vector<core::Issue> out;
    auto check = [&](const std::string& label, double d) {
        if (d > limit_m)
            out.push_back({core::Severity::Error, "", "", label,
                           "lies " + km_text(d) + " from the ward (more than " + km_text(limit_m) +
                               "): a wrong CRS, swapped coordinates or a typo? Import with "
                               "--allow-outside if it belongs to the plan"});
    };
    namespace bg = boost::geometry;
    for (const core::Site& s : L.sites)
        check("site_id " + s.site_id, bg::distance(s.location, ward));
    for (const core::Hamlet& h : L.hamlets) check("name " + h.name, bg::distance(h.area, ward));
    for (const core::Poi& p : L.poi)
        check("name " + p.name,
              p.is_area ? bg::distance(p.area, ward) : bg::distance(p.point, ward));
    for (const core::FiberRoute& f : L.fiber) check("name " + f.name, bg::distance(f.path, ward));
    for (const auto* lines : {&L.roads, &L.waterways})
        for (const core::LineFeature& l : *lines)
            check("name " + l.name, bg::distance(l.path, ward));
    // Samples: one issue for all (a wrong CRS moves every one of a million rows).
    std::size_t far = 0, first = 0;
    double farthest = 0;
    for (std::size_t i = 0; i < L.measurements.size(); ++i)
        if (const double d = bg::distance(L.measurements[i].location, ward); d > limit_m) {
            if (far++ == 0) first = i;
            farthest = std::max(farthest, d);
        }
    if (far > 0)
        out.push_back({core::Severity::Error, "", "", "sample " + std::to_string(first + 1),
                       std::to_string(far) + " sample(s) lie more than " + km_text(limit_m) +
                           " from the ward (up to " + km_text(farthest) +
                           "): a wrong CRS or swapped coordinates? Import with --allow-outside "
                           "if the drive went that far"});
    return out;
}

//! A drive test's serving cells: the sites to add at serving positions (when asked)
//! and how every sample of the layer (the new ones, and the earlier ones when
//! appended: one summary for the layer) matches the sites.
struct ServingPlan {
    std::vector<core::Site> sites;
    core::ServingMatch match;
};

std::expected<ServingPlan, std::string> plan_serving(const Project& project,
                                                     const std::vector<core::Measurement>& incoming,
                                                     bool append, bool add_sites) {
    ServingPlan out;
    std::vector<core::Site> all_sites = project.layers.sites;
    if (add_sites) {
        auto sites = sites_at_serving_positions(incoming, all_sites, project.working_crs,
                                                project.settings.radio_templates);
        if (!sites) return std::unexpected(sites.error());
        out.sites = std::move(*sites);
        all_sites.insert(all_sites.end(), out.sites.begin(), out.sites.end());
    }
    std::vector<core::Measurement> layer;
    if (append) {
        layer = project.layers.measurements;
        layer.insert(layer.end(), incoming.begin(), incoming.end());
    }
    auto match = match_serving(append ? layer : incoming, all_sites, project.working_crs);
    if (!match) return std::unexpected(match.error());
    out.match = std::move(*match);
    return out;
}

std::optional<std::string> unmatched_note(const core::ServingMatch& m) {
    if (m.unmatched == 0) return std::nullopt;
    std::string examples;
    for (const std::string& e : m.unmatched_examples)
        examples += (examples.empty() ? "" : "; ") + e;
    return std::to_string(m.unmatched) +
           " sample(s) name a serving cell no site of the project matches; validate compares "
           "them with the best server (" +
           examples + (m.unmatched > m.unmatched_examples.size() ? "; ..." : "") +
           "). Import the operator's sites, or re-import with --add-serving-sites";
}

}  // namespace

std::expected<ProjectImportResult, std::vector<core::Issue>> import_into_project(
    Project& project, const LayerImportOptions& options, const std::optional<Crs>& working_crs,
    const ProjectImportOptions& policy, core::Feedback* feedback) {
    ProjectImportResult result;
    auto error = [&](std::string message) {
        return std::unexpected(std::vector<core::Issue>{
            {core::Severity::Error, options.path, options.layer, "", std::move(message)}});
    };
    if (!project.working_crs.valid()) {
        if (working_crs) {
            if (auto usable = check_working_crs(*working_crs); !usable)
                return error(usable.error());
            project.working_crs = *working_crs;
        } else {
            auto info = inspect_vector_dataset(options.path, options.encoding, false);
            if (!info) return error(info.error());
            const VectorLayerInfo* li = nullptr;
            for (const auto& l : info->layers)
                if (options.layer.empty() || l.name == options.layer) {
                    li = &l;
                    break;
                }
            if (!li) return error("no such layer");
            std::optional<Crs> crs = options.assign_crs ? options.assign_crs : li->crs;
            core::Extent extent = li->extent;
            if (extent.empty() || !crs) {
                // A table (x/y columns) has no layer extent: read it once in lon/lat.
                LayerImportOptions sample = options;
                sample.max_features = 20000;  // a million-row drive test needs no full pass
                auto trial = import_layer(sample, Crs::wgs84(), nullptr);
                if (!trial) return std::unexpected(trial.error());
                if (core::has_errors(trial->issues)) return std::unexpected(trial->issues);
                extent = trial->features.extent();
                crs = Crs::wgs84();
            }
            if (extent.empty())
                return error(
                    "cannot choose a working CRS from this layer (no extent); give one, e.g. "
                    "--working-crs EPSG:32648");
            auto chosen = automatic_working_crs(extent, *crs, project.settings.local_crs);
            if (!chosen) return error(chosen.error());
            project.working_crs = *chosen;
        }
        result.working_crs_chosen = true;
    }
    // Values a sheet leaves out come from this project's radio templates.
    LayerImportOptions with_templates = options;
    with_templates.radio_templates = project.settings.radio_templates;
    const core::MultiPolygon ward = ward_area(project);
    if (!ward.empty()) with_templates.reference_area = ward;
    auto imported = import_layer(with_templates, project.working_crs, feedback);
    if (!imported) {
        if (result.working_crs_chosen) project.working_crs = Crs();
        return std::unexpected(imported.error());
    }
    if (core::has_errors(imported->issues)) {
        if (result.working_crs_chosen) project.working_crs = Crs();
        return std::unexpected(imported->issues);
    }
    auto refuse = [&](std::vector<core::Issue> issues) {
        if (result.working_crs_chosen) project.working_crs = Crs();
        return std::unexpected(std::move(issues));
    };
    const core::LayerRole role = imported->role;
    const std::string role_name(core::role_name(role));
    if (const std::size_t have = feature_count(project.layers, role);
        have > 0 && policy.mode == ImportMode::Add) {
        std::string from;
        for (const LayerSource& src : project.sources)
            if (src.role == role) from += (from.empty() ? "" : ", ") + src.path;
        return refuse({{core::Severity::Error, options.path, imported->layer, "",
                        "the project already has " + std::to_string(have) + " feature(s) of role " +
                            role_name + (from.empty() ? "" : " (from " + from + ")") +
                            "; import with --replace to replace them, --update to merge by " +
                            (role == core::LayerRole::Sites ? "site id" : "name") +
                            " and see what changed, or --append to add them (another "
                            "operator's list)"}});
    }
    if (role != core::LayerRole::Ward && !ward.empty() && !policy.allow_outside) {
        std::vector<core::Issue> far =
            features_far_from(imported->features, ward, policy.max_outside_m);
        if (!far.empty()) {
            for (core::Issue& i : far) {
                i.file = options.path;
                i.layer = imported->layer;
            }
            return refuse(std::move(far));
        }
    }
    if (policy.mode == ImportMode::Append && role == core::LayerRole::Sites) {
        std::set<std::string> have;
        for (const core::Site& s : project.layers.sites) have.insert(s.site_id);
        std::vector<core::Issue> clashes;
        for (const core::Site& s : imported->features.sites)
            if (have.contains(s.site_id))
                clashes.push_back({core::Severity::Error, options.path, imported->layer,
                                   "site_id " + s.site_id,
                                   "the project already has a site with this id; import with "
                                   "--update to merge the new list by site id"});
        if (!clashes.empty()) return refuse(std::move(clashes));
    }
    if (role == core::LayerRole::Measurements && policy.mode == ImportMode::Update)
        return refuse({{core::Severity::Error, options.path, imported->layer, "",
                        "measurement samples have no key to merge by; import with --append "
                        "(another drive) or --replace"}});
    if (!policy.project_dir.empty() && !imported->features.sites.empty())
        if (auto antennas = load_antenna_files(imported->features.sites, policy.project_dir);
            !antennas)
            return refuse(
                {{core::Severity::Error, options.path, imported->layer, "", antennas.error()}});
    // Measurements: serving sites first (so a refusal leaves the project untouched).
    std::vector<core::Site> serving_sites;
    if (role == core::LayerRole::Measurements) {
        auto serving = plan_serving(project, imported->features.measurements,
                                    policy.mode == ImportMode::Append, policy.add_serving_sites);
        if (!serving)
            return refuse(
                {{core::Severity::Error, options.path, imported->layer, "", serving.error()}});
        if (auto note = unmatched_note(serving->match))
            imported->issues.push_back(
                {core::Severity::Warning, options.path, imported->layer, "", *note});
        serving_sites = std::move(serving->sites);
        result.serving = std::move(serving->match);
    }
    // Moved, not copied: a drive test is a million samples (result.layer keeps the counts).
    core::PlanLayers incoming(std::move(imported->features));
    imported->features = {};
    if (policy.mode == ImportMode::Update) {
        result.diff = update_role(project.layers, role, std::move(incoming));
    } else {
        if (policy.mode == ImportMode::Replace) {
            result.replaced = feature_count(project.layers, role);
            clear_role(project.layers, role);
        }
        project.layers.append(std::move(incoming));
    }
    if (policy.mode == ImportMode::Replace || policy.mode == ImportMode::Update)
        std::erase_if(project.sources, [&](const LayerSource& src) { return src.role == role; });
    project.sources.push_back({imported->role, options.path, imported->layer,
                               core::mapping_to_string(imported->mapping),
                               imported->source_crs.describe()});
    for (core::Site& site : serving_sites) {
        result.serving_sites_added.push_back(site.site_id);
        project.layers.sites.push_back(std::move(site));
    }
    result.layer = std::move(*imported);
    return result;
}

std::size_t remove_layer(Project& project, core::LayerRole role) {
    const std::size_t n = feature_count(project.layers, role);
    clear_role(project.layers, role);
    std::erase_if(project.sources, [&](const LayerSource& src) { return src.role == role; });
    return n;
}

std::expected<ProjectImportResult, std::vector<core::Issue>> create_project(
    const std::string& path, const std::string& title, const LayerImportOptions& ward,
    const std::optional<Crs>& working_crs) {
    auto refuse = [&](const std::string& why) {
        core::Issue issue;
        issue.file = path;
        issue.message = why;
        return std::unexpected(std::vector<core::Issue>{issue});
    };
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) return refuse("exists already; open it instead");
    auto lock = ProjectLock::acquire(path);
    if (!lock) return refuse(lock.error());
    Project project;
    project.title = title;
    LayerImportOptions options = ward;
    options.role = core::LayerRole::Ward;
    ProjectImportOptions policy;
    policy.project_dir = std::filesystem::absolute(path).parent_path().string();
    auto result = import_into_project(project, options, working_crs, policy);
    if (!result) return std::unexpected(result.error());
    if (auto saved = save_project(project, path, *lock); !saved) return refuse(saved.error());
    return result;
}

}  // namespace covplan::gis
