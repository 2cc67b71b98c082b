#include "gis/table_spec.h"

namespace covplan::gis {
namespace {

bool compatible(OGRFieldType have, OGRFieldType want) {
    auto integer = [](OGRFieldType t) { return t == OFTInteger || t == OFTInteger64; };
    if (have == want) return true;
    if (integer(want)) return integer(have);
    if (want == OFTReal) return integer(have);
    return false;
}

int index_of(const OGRFeature& f, const Column& column) {
    return f.GetDefnRef()->GetFieldIndex(column.name);
}

}  // namespace

std::vector<std::string> table_mismatches(OGRLayer& layer, const TableSpec& spec) {
    std::vector<std::string> out;
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (const Column& c : spec.columns) {
        const int i = defn->GetFieldIndex(c.name);
        if (i < 0) {
            out.push_back(std::string("column '") + c.name + "' is missing");
            continue;
        }
        const OGRFieldType have = defn->GetFieldDefn(i)->GetType();
        if (!compatible(have, c.type))
            out.push_back(std::string("column '") + c.name + "' is " +
                          OGRFieldDefn::GetFieldTypeName(have) + ", expected " +
                          OGRFieldDefn::GetFieldTypeName(c.type));
    }
    return out;
}

std::string text_of(const OGRFeature& f, const Column& column) {
    const int i = index_of(f, column);
    return i < 0 ? std::string() : std::string(f.GetFieldAsString(i));
}

double real_of(const OGRFeature& f, const Column& column, double fallback) {
    const int i = index_of(f, column);
    return i < 0 || !f.IsFieldSetAndNotNull(i) ? fallback : f.GetFieldAsDouble(i);
}

int integer_of(const OGRFeature& f, const Column& column, int fallback) {
    const int i = index_of(f, column);
    return i < 0 || !f.IsFieldSetAndNotNull(i) ? fallback : f.GetFieldAsInteger(i);
}

}  // namespace covplan::gis
