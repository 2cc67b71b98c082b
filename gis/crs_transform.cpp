#include "gis/crs_transform.h"

#include <proj.h>

#include <cmath>
#include <string_view>

namespace covplan::gis {
namespace {

constexpr std::string_view kVn2000DatumCode = "6756";  // EPSG datum "Vietnam 2000"
constexpr std::string_view kWgs84DatumCode =
    "6326";  // EPSG datum ensemble "World Geodetic System 1984"
constexpr std::string_view kPinnedOpCode = "6960";  // VN-2000 to WGS 84 (2)
constexpr std::string_view kPinnedOpName = "VN-2000 to WGS 84 (2)";

struct PjDeleter {
    void operator()(PJ* p) const { proj_destroy(p); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

std::string datum_code(PJ_CONTEXT* ctx, const PJ* crs) {
    // A projected CRS's datum is its base geographic CRS's datum; _forced also
    // resolves WGS 84's datum ensemble.
    PjPtr datum(proj_crs_get_datum_forced(ctx, crs));
    if (!datum) return {};
    const char* code = proj_get_id_code(datum.get(), 0);
    return code ? code : "";
}

bool uses_pinned_operation(PJ_CONTEXT* ctx, const PJ* op) {
    auto matches = [](const PJ* step) {
        const char* code = proj_get_id_code(step, 0);
        const char* name = proj_get_name(step);
        return (code && kPinnedOpCode == code) ||
               (name && std::string_view(name).find(kPinnedOpName) != std::string_view::npos);
    };
    if (matches(op)) return true;
    const int steps = proj_concatoperation_get_step_count(ctx, op);
    for (int i = 0; i < steps; ++i) {
        PjPtr step(proj_concatoperation_get_step(ctx, op, i));
        if (step && matches(step.get())) return true;
    }
    return false;
}

}  // namespace

struct CrsTransform::State {
    PJ_CONTEXT* ctx = nullptr;
    PJ* op = nullptr;
    ~State() {
        if (op) proj_destroy(op);
        if (ctx) proj_context_destroy(ctx);
    }
};

std::expected<CrsTransform, std::string> CrsTransform::create(const Crs& source,
                                                              const Crs& target) {
    if (!source.valid() || !target.valid())
        return std::unexpected("cannot transform: a CRS is undefined");
    CrsTransform t;
    if (source.equivalent_to(target)) {
        t.m_identity = true;
        t.m_operation_name = "identity";
        t.m_pipeline = "+proj=noop";
        return t;
    }
    auto state = std::make_shared<State>();
    state->ctx = proj_context_create();
    PJ_CONTEXT* ctx = state->ctx;
    proj_log_level(ctx, PJ_LOG_NONE);

    PjPtr src(proj_create(ctx, source.wkt().c_str()));
    PjPtr dst(proj_create(ctx, target.wkt().c_str()));
    if (!src || !dst) return std::unexpected("PROJ cannot read the CRS definitions");

    PJ_OPERATION_FACTORY_CONTEXT* factory = proj_create_operation_factory_context(ctx, nullptr);
    proj_operation_factory_context_set_spatial_criterion(
        ctx, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
    proj_operation_factory_context_set_grid_availability_use(
        ctx, factory, PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID);
    PJ_OBJ_LIST* ops = proj_create_operations(ctx, src.get(), dst.get(), factory);
    proj_operation_factory_context_destroy(factory);
    const int count = ops ? proj_list_get_count(ops) : 0;
    if (count == 0) {
        if (ops) proj_list_destroy(ops);
        return std::unexpected("PROJ knows no operation from " + source.describe() + " to " +
                               target.describe());
    }

    const std::string sd = datum_code(ctx, src.get());
    const std::string td = datum_code(ctx, dst.get());
    const bool vn2000_wgs84 = (sd == kVn2000DatumCode && td == kWgs84DatumCode) ||
                              (sd == kWgs84DatumCode && td == kVn2000DatumCode);
    int chosen = vn2000_wgs84 ? -1 : 0;
    if (vn2000_wgs84) {
        for (int i = 0; i < count && chosen < 0; ++i) {
            PjPtr op(proj_list_get(ctx, ops, i));
            if (op && uses_pinned_operation(ctx, op.get())) chosen = i;
        }
    }
    if (chosen < 0) {
        proj_list_destroy(ops);
        return std::unexpected(
            "PROJ's database has no EPSG:6960 (VN-2000 to WGS 84 (2)); refusing to fall back to "
            "another VN-2000 datum shift");
    }
    PjPtr op(proj_list_get(ctx, ops, chosen));
    proj_list_destroy(ops);
    // East/north order whatever the CRS's axis order (EPSG:4326 is lat/lon).
    state->op = proj_normalize_for_visualization(ctx, op.get());
    if (!state->op) return std::unexpected("PROJ cannot normalise the operation's axis order");

    t.m_operation_name = proj_get_name(op.get()) ? proj_get_name(op.get()) : "";
    const char* pipeline = proj_as_proj_string(ctx, state->op, PJ_PROJ_5, nullptr);
    t.m_pipeline = pipeline ? pipeline : "";
    t.m_state = std::move(state);
    return t;
}

bool CrsTransform::transform(double& x, double& y) const {
    if (m_identity) return true;
    PJ_COORD c = proj_coord(x, y, 0.0, HUGE_VAL);
    PJ_COORD r = proj_trans(m_state->op, PJ_FWD, c);
    if (r.xy.x == HUGE_VAL || !std::isfinite(r.xy.x) || !std::isfinite(r.xy.y)) {
        proj_errno_reset(m_state->op);
        return false;
    }
    x = r.xy.x;
    y = r.xy.y;
    return true;
}

std::size_t CrsTransform::transform(std::span<double> xs, std::span<double> ys) const {
    if (m_identity) return 0;
    const std::size_t n = std::min(xs.size(), ys.size());
    proj_trans_generic(m_state->op, PJ_FWD, xs.data(), sizeof(double), n, ys.data(), sizeof(double),
                       n, nullptr, 0, 0, nullptr, 0, 0);
    std::size_t failed = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i]) || xs[i] == HUGE_VAL) {
            xs[i] = ys[i] = HUGE_VAL;
            ++failed;
        }
    proj_errno_reset(m_state->op);
    return failed;
}

}  // namespace covplan::gis
