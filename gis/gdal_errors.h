#pragma once
// Collects GDAL/OGR/PROJ-via-GDAL error messages raised on this thread while in
// scope, so they can be attached to our own error text instead of going to stderr.
// GDAL's handler stack is per thread, so this is safe in workers.

#include <string>
#include <vector>

namespace covplan::gis {

class ScopedGdalErrors {
  public:
    ScopedGdalErrors();
    ~ScopedGdalErrors();
    ScopedGdalErrors(const ScopedGdalErrors&) = delete;
    ScopedGdalErrors& operator=(const ScopedGdalErrors&) = delete;

    [[nodiscard]] const std::vector<std::string>& messages() const { return m_messages; }
    //! ": <last GDAL message>" or "" if GDAL said nothing.
    [[nodiscard]] std::string suffix() const;
    void clear() { m_messages.clear(); }

  private:
    std::vector<std::string> m_messages;
};

//! Registers GDAL drivers; idempotent and cheap after the first call.
void ensure_gdal_registered();

}  // namespace covplan::gis
