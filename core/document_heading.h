#pragma once
// The heading and closing of the Vietnamese report as an administrative document
// (Nghị định 30/2020/NĐ-CP, Phụ lục I): issuing body, number and symbol, place and
// date, title, recipients and the signature block. Project settings (report.*) hold
// what the ward's office writes; what they leave empty is derived from the ward or left
// as a blank to fill in by hand, as offices do with the number before signing.

#include <string>
#include <string_view>
#include <vector>

namespace covplan::core {

struct DocumentHeading {
    //! Cơ quan chủ quản, printed above the issuing body; usually empty for a ward's
    //! People's Committee (Nghị định 30, Phụ lục I, mục II.3).
    std::string parent_body;
    //! Cơ quan ban hành; empty: "Ủy ban nhân dân" and the ward's name.
    std::string issuing_body;
    //! "Số: …/BC-UBND"; empty: the number left blank, symbol BC-UBND.
    std::string number;
    //! Địa danh before the date; empty: the ward's name without "Phường" / "Xã".
    std::string place;
    //! Trích yếu nội dung, the line under "BÁO CÁO"; empty: the plan's yearly report.
    std::string title;
    //! Nơi nhận, separated by ';'; empty: "Lưu: VT".
    std::string recipients;
    //! Quyền hạn, chức vụ người ký, lines separated by ';' ("TM. ỦY BAN NHÂN DÂN;
    //! KT. CHỦ TỊCH;PHÓ CHỦ TỊCH"); empty: "TM. ỦY BAN NHÂN DÂN;CHỦ TỊCH".
    std::string signer_title;
    std::string signer_name;  //!< empty: left blank for the signer
};

//! What a report prints: every field filled from `heading`, else derived from the
//! ward's name ("Phường Long Mỹ") and the report's year.
struct ResolvedHeading {
    std::string parent_body;
    std::string issuing_body;  //!< mixed case; the report prints it in capitals
    std::string number;
    std::string place;
    std::string title;
    std::vector<std::string> recipients;
    std::vector<std::string> signer_title;
    std::string signer_name;
};
[[nodiscard]] ResolvedHeading resolve_heading(const DocumentHeading& heading,
                                              std::string_view ward_name, int year);

//! "Long Mỹ" for "Phường Long Mỹ", "Vĩnh Viễn" for "Xã Vĩnh Viễn": the place name.
[[nodiscard]] std::string place_of(std::string_view unit_name);

}  // namespace covplan::core
