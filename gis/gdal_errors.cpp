#include "gis/gdal_errors.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace covplan::gis {
namespace {

void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char* message) {
    if (level < CE_Warning) return;  // debug output stays out of user messages
    auto* sink = static_cast<std::vector<std::string>*>(CPLGetErrorHandlerUserData());
    if (sink && message) sink->emplace_back(message);
}

}  // namespace

ScopedGdalErrors::ScopedGdalErrors() { CPLPushErrorHandlerEx(collect, &m_messages); }
ScopedGdalErrors::~ScopedGdalErrors() { CPLPopErrorHandler(); }

std::string ScopedGdalErrors::suffix() const {
    return m_messages.empty() ? std::string() : ": " + m_messages.back();
}

void ensure_gdal_registered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

}  // namespace covplan::gis
