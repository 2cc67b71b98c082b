#include <gtest/gtest.h>

#include <sstream>

#include "core/json_writer.h"

TEST(JsonWriter, NestedValuesAndEscapes) {
    std::ostringstream s;
    covplan::core::JsonWriter j(s);
    j.begin_object().field("name", "Phường \"Long Mỹ\"").field("pop", 35865).field("ratio", 0.125);
    j.key("list").begin_array().value(1).value(true).null().end_array();
    j.key("empty").begin_object().end_object();
    j.field("nan", std::numeric_limits<double>::quiet_NaN());
    j.end_object();
    EXPECT_EQ(
        s.str(),
        "{\n  \"name\": \"Phường \\\"Long Mỹ\\\"\",\n  \"pop\": 35865,\n  \"ratio\": 0.125,\n"
        "  \"list\": [\n    1,\n    true,\n    null\n  ],\n  \"empty\": {},\n  \"nan\": null\n}\n");
}
