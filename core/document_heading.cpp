#include "core/document_heading.h"

#include <array>
#include <utility>

namespace covplan::core {
namespace {

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(';', start);
        if (end == std::string::npos) end = text.size();
        std::string item = text.substr(start, end - start);
        const auto first = item.find_first_not_of(" \t");
        const auto last = item.find_last_not_of(" \t");
        if (first != std::string::npos) out.push_back(item.substr(first, last - first + 1));
        start = end + 1;
    }
    return out;
}

// "Phường Long Mỹ" inside a sentence: "phường Long Mỹ" (the unit type is a common
// noun; the heading prints it in capitals anyway). A name without its type (the
// city's layer keeps the type in a column of its own: ten "Long Bình", loai
// "Phường") is a ward's: covplan plans wards; a commune sets report.issuing_body.
std::string in_sentence(std::string_view name) {
    static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
        {"Phường ", "phường "},     {"Xã ", "xã "},         {"Đặc khu ", "đặc khu "},
        {"Thị trấn ", "thị trấn "}, {"phường ", "phường "}, {"xã ", "xã "}};
    for (const auto& [upper, lower] : kTypes)
        if (name.starts_with(upper))
            return std::string(lower) + std::string(name.substr(upper.size()));
    return "phường " + std::string(name);
}

}  // namespace

std::string place_of(std::string_view name) {
    // The unit types of the 2025 two-level local government, as names begin with them.
    static constexpr std::array<std::string_view, 8> kTypes = {
        "Phường ", "phường ", "Xã ", "xã ", "Đặc khu ", "đặc khu ", "Thị trấn ", "thị trấn "};
    for (std::string_view t : kTypes)
        if (name.starts_with(t)) return std::string(name.substr(t.size()));
    return std::string(name);
}

ResolvedHeading resolve_heading(const DocumentHeading& h, std::string_view ward_name, int year) {
    ResolvedHeading r;
    r.parent_body = h.parent_body;
    r.issuing_body = !h.issuing_body.empty() ? h.issuing_body
                     : ward_name.empty()     ? std::string("Ủy ban nhân dân")
                                             : "Ủy ban nhân dân\n" + in_sentence(ward_name);
    r.number = !h.number.empty() ? h.number : std::string("Số:        /BC-UBND");
    if (!r.number.starts_with("Số")) r.number = "Số: " + r.number;
    r.place = !h.place.empty() ? h.place : place_of(ward_name);
    r.title = !h.title.empty()
                  ? h.title
                  : "Kết quả thực hiện Kế hoạch phát triển hạ tầng số năm " + std::to_string(year);
    r.recipients = split_list(h.recipients.empty() ? std::string("Lưu: VT") : h.recipients);
    r.signer_title = split_list(h.signer_title.empty() ? std::string("TM. ỦY BAN NHÂN DÂN;CHỦ TỊCH")
                                                       : h.signer_title);
    r.signer_name = h.signer_name;
    return r;
}

}  // namespace covplan::core
