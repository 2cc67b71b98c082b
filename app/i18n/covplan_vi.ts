<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Identify</name>
    <message>
        <location filename="../identify.cpp" line="23"/>
        <source>Point (working CRS):</source>
        <translation>Điểm (hệ tọa độ làm việc):</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="35"/>
        <source>no signal</source>
        <translation>không có sóng</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="42"/>
        <location filename="../identify.cpp" line="124"/>
        <source>best server</source>
        <translation>cell phục vụ</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="47"/>
        <source>Outside the coverage grid.</source>
        <translation>Ngoài lưới tính vùng phủ.</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="142"/>
        <source>Hamlet:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="145"/>
        <source>residents</source>
        <translation>dân</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="52"/>
        <source>Cells at this pixel:</source>
        <translation>Các cell tại điểm ảnh này:</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="56"/>
        <source>cell</source>
        <translation>cell</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="57"/>
        <source>model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="58"/>
        <source>distance m</source>
        <translation>khoảng cách m</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="59"/>
        <source>loss dB</source>
        <translation>suy hao dB</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="60"/>
        <source>gain dBi</source>
        <translation>độ lợi dBi</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="61"/>
        <source>RSRP dBm</source>
        <translation>RSRP dBm</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="77"/>
        <source>… and %1 more (covplan point lists all)</source>
        <translation>… và %1 cell khác (covplan point liệt kê đủ)</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="98"/>
        <source>Measured sample</source>
        <translation>Mẫu đo</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="130"/>
        <source>Predicted for</source>
        <translation>Dự báo cho</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="131"/>
        <source>error</source>
        <translation>sai số</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="134"/>
        <source>No serving cell of the plan matches it.</source>
        <translation>Không có trạm nào của kế hoạch khớp với cell phục vụ của mẫu.</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="164"/>
        <source>Nearest site:</source>
        <translation>Trạm gần nhất:</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="171"/>
        <source>Priority place:</source>
        <translation>Điểm ưu tiên:</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="175"/>
        <source>Road:</source>
        <translation>Đường:</translation>
    </message>
    <message>
        <location filename="../identify.cpp" line="180"/>
        <source>Waterway:</source>
        <translation>Sông, kênh:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../report_export.cpp" line="37"/>
        <source>canceled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../report_export.cpp" line="82"/>
        <source>unknown export</source>
        <translation>kiểu xuất không xác định</translation>
    </message>
</context>
<context>
    <name>SiteCommands</name>
    <message>
        <location filename="../commands/site_commands.cpp" line="20"/>
        <source>Mark %1 as decommissioned</source>
        <translation>Đánh dấu trạm %1 đã ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../commands/site_commands.cpp" line="31"/>
        <source>Edit site %1</source>
        <translation>Sửa trạm %1</translation>
    </message>
    <message>
        <location filename="../commands/site_commands.cpp" line="9"/>
        <source>Add site %1</source>
        <translation>Thêm trạm %1</translation>
    </message>
    <message>
        <location filename="../commands/site_commands.cpp" line="18"/>
        <source>Delete site %1</source>
        <translation>Xóa trạm %1</translation>
    </message>
    <message>
        <location filename="../commands/site_commands.cpp" line="47"/>
        <source>Move site %1</source>
        <translation>Di chuyển trạm %1</translation>
    </message>
</context>
<context>
    <name>covplan::app::AttributeLabels</name>
    <message>
        <location filename="../attribute_labels.cpp" line="46"/>
        <source>Ward boundary</source>
        <translation>Ranh giới phường</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="47"/>
        <source>Hamlets (khu vực)</source>
        <translation>Khu vực / ấp</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="48"/>
        <source>BTS sites</source>
        <translation>Trạm BTS</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="49"/>
        <source>Fiber routes</source>
        <translation>Tuyến cáp quang</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="50"/>
        <source>Priority places</source>
        <translation>Điểm ưu tiên</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="51"/>
        <source>Roads</source>
        <translation>Đường giao thông</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="52"/>
        <source>Waterways</source>
        <translation>Sông, kênh</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="16"/>
        <source>Site id</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="17"/>
        <source>Tower id</source>
        <translation>Mã cột</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="18"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="19"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="20"/>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="21"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="22"/>
        <source>Operator</source>
        <translation>Nhà mạng</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="23"/>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="24"/>
        <source>Band</source>
        <translation>Băng tần</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="25"/>
        <source>Frequency (MHz)</source>
        <translation>Tần số (MHz)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="26"/>
        <source>Bandwidth (MHz)</source>
        <translation>Băng thông (MHz)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="27"/>
        <source>Antenna height (m)</source>
        <translation>Độ cao anten (m)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="28"/>
        <source>Azimuths (°)</source>
        <translation>Hướng phát (°)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="29"/>
        <source>Mechanical tilt (°)</source>
        <translation>Góc nghiêng cơ (°)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="30"/>
        <source>Electrical tilt (°)</source>
        <translation>Góc nghiêng điện (°)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="31"/>
        <source>Power (dBm)</source>
        <translation>Công suất (dBm)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="32"/>
        <source>Power (W)</source>
        <translation>Công suất (W)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="33"/>
        <source>Antenna</source>
        <translation>Anten</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="34"/>
        <source>Feeder loss (dB)</source>
        <translation>Suy hao feeder (dB)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="35"/>
        <source>Propagation model</source>
        <translation>Mô hình truyền sóng</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="36"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="37"/>
        <source>Longitude / easting</source>
        <translation>Kinh độ / tọa độ Y (đông)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="38"/>
        <source>Latitude / northing</source>
        <translation>Vĩ độ / tọa độ X (bắc)</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="39"/>
        <source>Placement</source>
        <translation>Hình thức lắp đặt</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="40"/>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="41"/>
        <source>Category as written</source>
        <translation>Loại như trong tệp</translation>
    </message>
    <message>
        <location filename="../attribute_labels.cpp" line="42"/>
        <source>Class</source>
        <translation>Cấp / loại</translation>
    </message>
</context>
<context>
    <name>covplan::app::ImportDialog</name>
    <message>
        <location filename="../import_dialog.cpp" line="22"/>
        <source>Import layer</source>
        <translation>Nhập lớp dữ liệu</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="31"/>
        <source>as declared by the file, e.g. vn2000-tm3:cantho (EPSG:5897) if it has none</source>
        <translation>theo khai báo của tệp, ví dụ vn2000-tm3:cantho (EPSG:5897) nếu tệp không có</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="33"/>
        <source>as declared, e.g. CP1258 for legacy files</source>
        <translation>theo khai báo, ví dụ CP1258 cho tệp cũ</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="34"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="35"/>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="36"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="37"/>
        <source>Assign CRS</source>
        <translation>Gán hệ tọa độ</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="38"/>
        <source>Text encoding</source>
        <translation>Bảng mã văn bản</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="54"/>
        <source>Attribute</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="54"/>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="71"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="106"/>
        <source>This layer declares no coordinate reference system: assign one.</source>
        <translation>Lớp này không khai báo hệ tọa độ: hãy gán một hệ.</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="127"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="212"/>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="39"/>
        <source>Sites without a status are proposals</source>
        <translation>Trạm không ghi trạng thái là trạm đề xuất</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="43"/>
        <source>Refuse (the layer is new)</source>
        <translation>Không nhập (lớp phải là lớp mới)</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="44"/>
        <source>Add to its features (another operator&apos;s list)</source>
        <translation>Thêm vào các đối tượng đã có (danh sách của nhà mạng khác)</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="46"/>
        <source>Replace its features</source>
        <translation>Thay thế các đối tượng đã có</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="47"/>
        <source>Update: merge by id or name, show the changes</source>
        <translation>Cập nhật: ghép theo mã hoặc tên, hiện các thay đổi</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="49"/>
        <source>If the role has features</source>
        <translation>Nếu vai trò đã có đối tượng</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="50"/>
        <source>Keep features farther than 20 km from the ward</source>
        <translation>Giữ các đối tượng cách phường hơn 20 km</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="205"/>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 thêm mới, %2 thay đổi, %3 bỏ đi, %4 không đổi</translation>
    </message>
    <message numerus="yes">
        <location filename="../import_dialog.cpp" line="198"/>
        <source>Not imported: %n problem(s), errors first.</source>
        <translation>
            <numerusform>Chưa nhập: %n vấn đề, lỗi xếp trước.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="139"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="140"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../import_dialog.cpp" line="141"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>covplan::app::KpiPanel</name>
    <message>
        <location filename="../kpi_panel.cpp" line="124"/>
        <source>no target set</source>
        <translation>chưa đặt mục tiêu</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="215"/>
        <source>%1 of %2 towers</source>
        <translation>%1 / %2 cột</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="51"/>
        <source>On air</source>
        <translation>Đang phát sóng</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="51"/>
        <source>With proposals</source>
        <translation>Có trạm đề xuất</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="53"/>
        <source>5G on air</source>
        <translation>5G đang phát sóng</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="53"/>
        <source>5G with proposals</source>
        <translation>5G có trạm đề xuất</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="211"/>
        <source>%1 of %2 stations</source>
        <translation>%1 / %2 trạm</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="212"/>
        <source>%1 of %2 people</source>
        <translation>%1 / %2 người</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="213"/>
        <source>%1 of %2 households</source>
        <translation>%1 / %2 hộ</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="214"/>
        <source>%1 of %2 places</source>
        <translation>%1 / %2 điểm</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="206"/>
        <source>%1 of %2 km</source>
        <translation>%1 / %2 km</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="101"/>
        <source>n/a</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="123"/>
        <source>not available</source>
        <translation>không có số liệu</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="55"/>
        <source>Priority place without 5G</source>
        <translation>Điểm ưu tiên chưa có 5G</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="55"/>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="55"/>
        <source>Residents within 500 m</source>
        <translation>Dân trong bán kính 500 m</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="51"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="51"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="51"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="53"/>
        <source>Hamlet</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="53"/>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="53"/>
        <source>4G</source>
        <translation>4G</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="125"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="126"/>
        <source>short by %1</source>
        <translation>còn thiếu %1</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="94"/>
        <source>Priority places with 5G: %1</source>
        <translation>Điểm ưu tiên có 5G: %1</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="59"/>
        <source>school</source>
        <translation>trường học</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="60"/>
        <source>health facility</source>
        <translation>cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="61"/>
        <source>public office</source>
        <translation>cơ quan hành chính</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="62"/>
        <source>market</source>
        <translation>chợ</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="63"/>
        <source>transport hub</source>
        <translation>bến xe, bến tàu</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="64"/>
        <source>industrial zone</source>
        <translation>khu, cụm công nghiệp</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="65"/>
        <source>high-tech zone</source>
        <translation>khu công nghệ cao</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="66"/>
        <source>culture / tourism</source>
        <translation>văn hóa, du lịch</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="67"/>
        <source>residential area</source>
        <translation>khu dân cư</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="68"/>
        <source>road</source>
        <translation>đường giao thông</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="69"/>
        <source>waterway</source>
        <translation>sông, kênh</translation>
    </message>
    <message>
        <location filename="../kpi_panel.cpp" line="70"/>
        <source>other</source>
        <translation>khác</translation>
    </message>
</context>
<context>
    <name>covplan::app::LayerStyleDialog</name>
    <message>
        <location filename="../layer_style_dialog.cpp" line="11"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="12"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="13"/>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="14"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="15"/>
        <source>Site ID</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="16"/>
        <source>Tower ID</source>
        <translation>Mã cột</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="17"/>
        <source>Operator</source>
        <translation>Nhà mạng</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="18"/>
        <source>Operators</source>
        <translation>Các nhà mạng</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="19"/>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="20"/>
        <source>Band</source>
        <translation>Băng tần</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="21"/>
        <source>Antenna height</source>
        <translation>Độ cao ăng-ten</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="22"/>
        <source>Placement</source>
        <translation>Cách lắp đặt</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="23"/>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="24"/>
        <source>Class</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="25"/>
        <source>Rank</source>
        <translation>Thứ hạng</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="26"/>
        <source>Residents gaining 5G</source>
        <translation>Dân có thêm 5G</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="33"/>
        <source>Layer style — %1</source>
        <translation>Kiểu hiển thị lớp — %1</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="40"/>
        <source>Layer colour</source>
        <translation>Màu của lớp</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="54"/>
        <source>(no labels)</source>
        <translation>(không nhãn)</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="62"/>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="70"/>
        <source>Line width</source>
        <translation>Độ rộng nét</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="74"/>
        <source>Symbol size</source>
        <translation>Cỡ ký hiệu</translation>
    </message>
    <message>
        <location filename="../layer_style_dialog.cpp" line="77"/>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
</context>
<context>
    <name>covplan::app::LayersPanel</name>
    <message>
        <location filename="../layers_panel.cpp" line="34"/>
        <source>National / provincial road</source>
        <translation>Quốc lộ, đường tỉnh</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="35"/>
        <source>Other road</source>
        <translation>Đường khác</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="36"/>
        <source>RSRP ≥ −80 dBm</source>
        <translation>RSRP ≥ −80 dBm</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="37"/>
        <source>RSRP −90 … −80 dBm</source>
        <translation>RSRP −90 … −80 dBm</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="38"/>
        <source>RSRP −100 … −90 dBm</source>
        <translation>RSRP −100 … −90 dBm</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="39"/>
        <source>RSRP −110 … −100 dBm</source>
        <translation>RSRP −110 … −100 dBm</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="40"/>
        <source>RSRP &lt; −110 dBm</source>
        <translation>RSRP &lt; −110 dBm</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="41"/>
        <source>Model ≥ 10 dB below the measurement</source>
        <translation>Dự báo thấp hơn đo ≥ 10 dB</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="42"/>
        <source>Model 3–10 dB below</source>
        <translation>Dự báo thấp hơn 3–10 dB</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="43"/>
        <source>Within ±3 dB</source>
        <translation>Sai lệch trong ±3 dB</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="44"/>
        <source>Model 3–10 dB above</source>
        <translation>Dự báo cao hơn 3–10 dB</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="45"/>
        <source>Model ≥ 10 dB above the measurement</source>
        <translation>Dự báo cao hơn đo ≥ 10 dB</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="56"/>
        <source>Ward boundary</source>
        <translation>Ranh giới phường</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="58"/>
        <source>Hamlets</source>
        <translation>Khu vực, ấp</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="60"/>
        <source>Roads</source>
        <translation>Đường giao thông</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="62"/>
        <source>Waterways</source>
        <translation>Sông, kênh</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="64"/>
        <source>Fiber routes</source>
        <translation>Tuyến cáp quang</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="66"/>
        <source>Priority places</source>
        <translation>Địa điểm ưu tiên</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="70"/>
        <source>Priority places without 5G</source>
        <translation>Địa điểm ưu tiên chưa có 5G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="72"/>
        <source>BTS sites</source>
        <translation>Trạm BTS</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="74"/>
        <source>Measured RSRP</source>
        <translation>RSRP đo kiểm</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="76"/>
        <source>Prediction error (predicted − measured)</source>
        <translation>Sai số dự báo (dự báo − đo)</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="150"/>
        <location filename="../layers_panel.cpp" line="183"/>
        <source>Zoom to layer</source>
        <translation>Phóng tới lớp</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="151"/>
        <location filename="../layers_panel.cpp" line="182"/>
        <source>Style…</source>
        <translation>Kiểu hiển thị…</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="174"/>
        <source>No coverage</source>
        <translation>Không hiển thị vùng phủ</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="174"/>
        <source>4G RSRP</source>
        <translation>RSRP 4G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="174"/>
        <source>5G RSRP</source>
        <translation>RSRP 5G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="174"/>
        <source>5G best server</source>
        <translation>Trạm phục vụ 5G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="176"/>
        <source>Service (4G / 5G / both / none)</source>
        <translation>Dịch vụ (4G / 5G / cả hai / không có)</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="179"/>
        <source>Coverage opacity</source>
        <translation>Độ đậm vùng phủ</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="180"/>
        <source>Move the layer up (drawn later)</source>
        <translation>Đưa lớp lên trên</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="181"/>
        <source>Move the layer down</source>
        <translation>Đưa lớp xuống dưới</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="225"/>
        <source>Show %1</source>
        <translation>Hiện %1</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="225"/>
        <source>Hide %1</source>
        <translation>Ẩn %1</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="231"/>
        <source>Move layer %1</source>
        <translation>Đổi thứ tự lớp %1</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="239"/>
        <source>Style of %1</source>
        <translation>Kiểu hiển thị của %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers_panel.cpp" line="294"/>
        <source>Local basemaps (%n raster(s))</source>
        <translation>
            <numerusform>Bản đồ nền cục bộ (%n ảnh raster)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="324"/>
        <source>4G and 5G</source>
        <translation>Có cả 4G và 5G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="324"/>
        <source>5G only</source>
        <translation>Chỉ có 5G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="324"/>
        <source>4G only</source>
        <translation>Chỉ có 4G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="325"/>
        <source>Neither 4G nor 5G</source>
        <translation>Không có 4G, 5G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="327"/>
        <source>Thresholds: 4G %1 dBm, 5G %2 dBm</source>
        <translation>Ngưỡng: 4G %1 dBm, 5G %2 dBm</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="344"/>
        <source>Colours: the serving 5G cell (where RSRP reaches the threshold)</source>
        <translation>Màu: cell 5G phục vụ (nơi RSRP đạt ngưỡng)</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="351"/>
        <source>Threshold %1 dBm</source>
        <translation>Ngưỡng %1 dBm</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="175"/>
        <source>4G SINR</source>
        <translation>SINR 4G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="30"/>
        <source>4G site on air</source>
        <translation>Trạm 4G đang phát sóng</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="31"/>
        <source>5G site on air</source>
        <translation>Trạm 5G đang phát sóng</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="32"/>
        <source>Proposed 4G site</source>
        <translation>Trạm 4G đề xuất</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="33"/>
        <source>Proposed 5G site</source>
        <translation>Trạm 5G đề xuất</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="175"/>
        <source>5G SINR</source>
        <translation>SINR 5G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="175"/>
        <source>Downlink throughput (best of 4G/5G)</source>
        <translation>Tốc độ tải xuống (tốt nhất của 4G/5G)</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="333"/>
        <source>SINR of the serving cell</source>
        <translation>SINR của cell phục vụ</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="338"/>
        <source>Estimated downlink (3GPP TR 36.942 A.2), best of 4G and 5G</source>
        <translation>Tốc độ tải xuống ước tính (3GPP TR 36.942 A.2), tốt nhất của 4G và 5G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="68"/>
        <source>5G upgrade candidates</source>
        <translation>Cột nên nâng cấp 5G</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="300"/>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (trực tuyến)</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="301"/>
        <source>OpenStreetMap basemap, downloaded as you pan (needs the network)</source>
        <translation>Bản đồ nền OpenStreetMap, tải khi di chuyển bản đồ (cần mạng)</translation>
    </message>
    <message>
        <location filename="../layers_panel.cpp" line="273"/>
        <source>Existing towers without 5G, ranked by the residents a 5G upgrade would reach (computed in the background)</source>
        <translation>Các cột hiện có chưa có 5G, xếp hạng theo số dân được phủ thêm nếu nâng cấp 5G (tính ở chế độ nền)</translation>
    </message>
</context>
<context>
    <name>covplan::app::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="569"/>
        <source>Remove layer…</source>
        <translation>Xóa lớp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="277"/>
        <source>Remove layer</source>
        <translation>Xóa lớp dữ liệu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="278"/>
        <source>Layer to remove</source>
        <translation>Lớp cần xóa</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="272"/>
        <source>%1: %2 feature(s)</source>
        <translation>%1: %2 đối tượng</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="772"/>
        <source>Remove layer %1</source>
        <translation>Xóa lớp %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="571"/>
        <location filename="../main_window.cpp" line="664"/>
        <source>Export report (PDF)…</source>
        <translation>Xuất báo cáo (PDF)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="176"/>
        <location filename="../main_window.cpp" line="329"/>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="329"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="175"/>
        <source>Report not written</source>
        <translation>Chưa ghi được báo cáo</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="177"/>
        <source>%1 was not written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="181"/>
        <source>Report written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Đã ghi báo cáo: %1 (%n trang)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="285"/>
        <location filename="../main_window.cpp" line="291"/>
        <source>Import layer</source>
        <translation>Nhập lớp dữ liệu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="286"/>
        <source>GIS layers (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.csv *.xlsx);;All files (*)</source>
        <translation>Lớp GIS (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.csv *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="568"/>
        <source>Import layer…</source>
        <translation>Nhập lớp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="570"/>
        <source>Plan settings…</source>
        <translation>Thiết lập quy hoạch…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="157"/>
        <source>Distance: %1 m</source>
        <translation>Khoảng cách: %1 m</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="209"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="309"/>
        <source>Save plan as</source>
        <translation>Lưu quy hoạch thành</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="389"/>
        <source>Comparing the model with the measurements…</source>
        <translation>Đang so sánh mô hình với số liệu đo…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="394"/>
        <source>Fitting the model to the measurements…</source>
        <translation>Đang hiệu chỉnh mô hình theo số liệu đo…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="482"/>
        <source>Undo %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="485"/>
        <source>Redo %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="494"/>
        <source>New plan</source>
        <translation>Quy hoạch mới</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="508"/>
        <source>The plan was not made from %1:
%2</source>
        <translation>Chưa tạo được quy hoạch từ %1:
%2</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="512"/>
        <source>New plan in %1. Now import the sites, khu vực, fiber and priority places (File → Import layer).</source>
        <translation>Quy hoạch mới trong hệ %1. Tiếp theo hãy nhập trạm, khu vực, cáp quang và điểm ưu tiên (Tệp → Nhập lớp dữ liệu).</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="538"/>
        <source>New plan…</source>
        <translation>Quy hoạch mới…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="539"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="551"/>
        <source>Validate against measurements</source>
        <translation>Kiểm định theo số liệu đo</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="553"/>
        <source>Compare the model with the drive-test samples: error statistics and the prediction error on the map</source>
        <translation>So sánh mô hình với các mẫu đo kiểm: thống kê sai số và sai số dự báo trên bản đồ</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="555"/>
        <source>Calibrate the model…</source>
        <translation>Hiệu chỉnh mô hình…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="557"/>
        <source>Fit the path loss to the drive-test samples (offset and slope per site, cross-validated); undoable</source>
        <translation>Hiệu chỉnh suy hao đường truyền theo các mẫu đo (độ lệch và độ dốc theo từng trạm, kiểm định chéo); có thể hoàn tác</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="559"/>
        <source>Remove the calibration</source>
        <translation>Bỏ hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="561"/>
        <location filename="../main_window.cpp" line="577"/>
        <source>Identify</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="562"/>
        <source>Measure</source>
        <translation>Đo khoảng cách</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="563"/>
        <source>Path profile</source>
        <translation>Mặt cắt tuyến</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="565"/>
        <source>Press on a site or a point, drag to the far end: terrain, line of sight, Fresnel zone and the loss by each model</source>
        <translation>Nhấn vào một trạm hoặc một điểm, kéo đến đầu kia: địa hình, tầm nhìn thẳng, vùng Fresnel và suy hao theo từng mô hình</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="567"/>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="576"/>
        <source>Recent plans</source>
        <translation>Quy hoạch gần đây</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="582"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="583"/>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="627"/>
        <source>Autosaved</source>
        <translation>Đã tự động lưu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="627"/>
        <source>Autosave failed: %1</source>
        <translation>Tự động lưu thất bại: %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="660"/>
        <source>Export tables (Excel)…</source>
        <translation>Xuất bảng số liệu (Excel)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="698"/>
        <source>Recover plan</source>
        <translation>Khôi phục quy hoạch</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="699"/>
        <source>An autosave newer than %1 exists (the last session ended without saving). Recover it?</source>
        <translation>Có bản tự động lưu mới hơn %1 (phiên trước kết thúc mà chưa lưu). Khôi phục?</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="542"/>
        <source>Site</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="199"/>
        <source>Coverage not updated: %1</source>
        <translation>Chưa cập nhật vùng phủ: %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="203"/>
        <source>Coverage updated in %1 s</source>
        <translation>Đã cập nhật vùng phủ trong %1 giây</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="366"/>
        <location filename="../main_window.cpp" line="370"/>
        <location filename="../main_window.cpp" line="687"/>
        <source>Open plan</source>
        <translation>Mở quy hoạch</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="310"/>
        <location filename="../main_window.cpp" line="367"/>
        <source>covplan projects (*.covplan.gpkg)</source>
        <translation>Dự án covplan (*.covplan.gpkg)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="313"/>
        <location filename="../main_window.cpp" line="376"/>
        <source>Save plan</source>
        <translation>Lưu quy hoạch</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="535"/>
        <source>covplan — 4G/5G coverage planning</source>
        <translation>covplan — quy hoạch vùng phủ 4G/5G</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="540"/>
        <source>Layers</source>
        <translation>Lớp dữ liệu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="541"/>
        <source>Plan indicators</source>
        <translation>Chỉ tiêu quy hoạch</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="545"/>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="546"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="483"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="486"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="547"/>
        <source>Pan / move site</source>
        <translation>Di chuyển bản đồ / trạm</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="548"/>
        <source>Add 5G site</source>
        <translation>Thêm trạm 5G</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="549"/>
        <source>Zoom to ward</source>
        <translation>Thu phóng về phường</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="578"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="580"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="581"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="586"/>
        <source>CRS: %1</source>
        <translation>Hệ tọa độ: %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="522"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="522"/>
        <source>The plan has unsaved changes. Save them?</source>
        <translation>Quy hoạch có thay đổi chưa lưu. Lưu lại?</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="96"/>
        <source>%1: nothing to zoom to</source>
        <translation>%1: không có gì để phóng tới</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="110"/>
        <source>%n tower upgrade(s) ranked</source>
        <translation>
            <numerusform>Đã xếp hạng %n cột nâng cấp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="411"/>
        <source>Nothing selected: click a site first</source>
        <translation>Chưa chọn gì: hãy bấm vào một trạm trước</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="423"/>
        <location filename="../main_window.cpp" line="780"/>
        <location filename="../main_window.cpp" line="784"/>
        <source>Add basemap raster</source>
        <translation>Thêm bản đồ nền raster</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="785"/>
        <source>%1 has no coordinate reference system; assign one with covplan add-raster --assign-crs</source>
        <translation>%1 không có hệ tọa độ; gán hệ tọa độ bằng covplan add-raster --assign-crs</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="424"/>
        <source>Rasters (*.tif *.tiff *.jp2 *.png *.jpg *.vrt);;All files (*)</source>
        <translation>Ảnh raster (*.tif *.tiff *.jp2 *.png *.jpg *.vrt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="795"/>
        <source>Add basemap %1</source>
        <translation>Thêm bản đồ nền %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="550"/>
        <source>Zoom to selection</source>
        <translation>Phóng tới đối tượng chọn</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="560"/>
        <source>Add basemap raster…</source>
        <translation>Thêm bản đồ nền raster…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="184"/>
        <source>Exported: %1</source>
        <translation>Đã xuất: %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="674"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="343"/>
        <source>Export GIS files to folder</source>
        <translation>Xuất tệp GIS vào thư mục</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="654"/>
        <source>Export map (PNG)…</source>
        <translation>Xuất bản đồ (PNG)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="656"/>
        <source>Export for Google Earth (KMZ)…</source>
        <translation>Xuất cho Google Earth (KMZ)…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="658"/>
        <source>Export GIS files (GeoPackage, CSV, GeoTIFF)…</source>
        <translation>Xuất tệp GIS (GeoPackage, CSV, GeoTIFF)…</translation>
    </message>
</context>
<context>
    <name>covplan::app::MapCanvas</name>
    <message>
        <location filename="../map_canvas.cpp" line="459"/>
        <source>Mark as decommissioned</source>
        <translation>Đánh dấu ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../map_canvas.cpp" line="460"/>
        <source>%1 is an existing site of %2 on air. Mark it as decommissioned and remove it from the plan? (Undo brings it back.)</source>
        <translation>%1 là trạm đang phát sóng của %2. Đánh dấu trạm đã ngừng hoạt động và bỏ khỏi quy hoạch? (Hoàn tác để khôi phục.)</translation>
    </message>
</context>
<context>
    <name>covplan::app::MapExportDialog</name>
    <message>
        <location filename="../map_export_dialog.cpp" line="10"/>
        <source>Export map (PNG)</source>
        <translation>Xuất bản đồ (PNG)</translation>
    </message>
    <message>
        <location filename="../map_export_dialog.cpp" line="14"/>
        <source>A4 landscape</source>
        <translation>A4 ngang</translation>
    </message>
    <message>
        <location filename="../map_export_dialog.cpp" line="14"/>
        <source>A4 portrait</source>
        <translation>A4 dọc</translation>
    </message>
    <message>
        <location filename="../map_export_dialog.cpp" line="14"/>
        <source>A3 landscape</source>
        <translation>A3 ngang</translation>
    </message>
    <message>
        <location filename="../map_export_dialog.cpp" line="14"/>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../map_export_dialog.cpp" line="25"/>
        <source>Legend, CRS and sources beside the map</source>
        <translation>Chú giải, hệ tọa độ và nguồn bên cạnh bản đồ</translation>
    </message>
    <message>
        <location filename="../map_export_dialog.cpp" line="37"/>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../map_export_dialog.cpp" line="38"/>
        <source>Width</source>
        <translation>Chiều rộng</translation>
    </message>
    <message>
        <location filename="../map_export_dialog.cpp" line="39"/>
        <source>Height</source>
        <translation>Chiều cao</translation>
    </message>
    <message>
        <location filename="../map_export_dialog.cpp" line="40"/>
        <source>Resolution</source>
        <translation>Độ phân giải</translation>
    </message>
</context>
<context>
    <name>covplan::app::ModelCheck</name>
    <message>
        <location filename="../model_check.cpp" line="26"/>
        <source>n %1 · mean error %2 dB · RMSE %3 dB · std %4 dB</source>
        <translation>n %1 · sai số TB %2 dB · RMSE %3 dB · độ lệch chuẩn %4 dB</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="40"/>
        <location filename="../model_check.cpp" line="115"/>
        <source>Validate against measurements</source>
        <translation>Kiểm định theo số liệu đo</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="50"/>
        <location filename="../model_check.cpp" line="150"/>
        <location filename="../model_check.cpp" line="163"/>
        <source>Calibrate the model</source>
        <translation>Hiệu chỉnh mô hình</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="87"/>
        <source>Remove the calibration</source>
        <translation>Bỏ hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="93"/>
        <source>%1 samples compared (averaged over 20 m) with the %2model: %3</source>
        <translation>%1 mẫu được so sánh (trung bình theo ô 20 m) với mô hình %2: %3</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="95"/>
        <source>calibrated </source>
        <translation>đã hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="97"/>
        <source>Left out: %1 outside the grid, %2 beyond the cells&apos; reach.</source>
        <translation>Bỏ qua: %1 mẫu ngoài lưới tính, %2 mẫu ngoài tầm phủ của cell.</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="101"/>
        <source>%1 samples name a serving cell no site matches: compared with the best server.</source>
        <translation>%1 mẫu có cell phục vụ không khớp trạm nào: so với cell phục vụ tốt nhất.</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="124"/>
        <source>The map shows the error at each sample in the layer &quot;Prediction error&quot;.</source>
        <translation>Bản đồ thể hiện sai số tại từng mẫu ở lớp &quot;Sai số dự báo&quot;.</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="140"/>
        <source>Before: %1</source>
        <translation>Trước: %1</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="141"/>
        <source>After (cross-validated, %1 folds): %2</source>
        <translation>Sau (kiểm định chéo, %1 phần): %2</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="142"/>
        <source>Global correction: %1 dB at 1 km, %2 dB per decade of distance; %3 sites with a fit of their own.</source>
        <translation>Hiệu chỉnh chung: %1 dB tại 1 km, %2 dB mỗi decade khoảng cách; %3 trạm có hiệu chỉnh riêng.</translation>
    </message>
    <message>
        <location filename="../model_check.cpp" line="147"/>
        <source>The cross-validated error is not lower: the fit does not generalise, better not apply it.</source>
        <translation>Sai số kiểm định chéo không giảm: hiệu chỉnh không tổng quát được, không nên áp dụng.</translation>
    </message>
</context>
<context>
    <name>covplan::app::NewPlanWizard</name>
    <message>
        <location filename="../new_plan_wizard.cpp" line="20"/>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="41"/>
        <source>New plan</source>
        <translation>Quy hoạch mới</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="50"/>
        <source>1. The ward boundary</source>
        <translation>1. Ranh giới phường</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="52"/>
        <source>A polygon layer of the ward (Shapefile, GeoPackage, GeoJSON, KML): it fixes the plan&apos;s working coordinate system, VN-2000 TM-3 in Vietnam.</source>
        <translation>Lớp vùng ranh giới phường (Shapefile, GeoPackage, GeoJSON, KML): lớp này xác định hệ tọa độ làm việc của quy hoạch, VN-2000 múi chiếu 3° ở Việt Nam.</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="56"/>
        <source>Ward boundary</source>
        <translation>Ranh giới phường</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="61"/>
        <source>The ward boundary</source>
        <translation>Ranh giới phường</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="62"/>
        <source>GIS layers (*.shp *.gpkg *.geojson *.json *.kml *.kmz);;All files (*)</source>
        <translation>Lớp GIS (*.shp *.gpkg *.geojson *.json *.kml *.kmz);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="68"/>
        <source>Plan title</source>
        <translation>Tên quy hoạch</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="69"/>
        <source>e.g. Phường Long Mỹ – digital infrastructure plan 2025–2030</source>
        <translation>ví dụ: Phường Long Mỹ – quy hoạch hạ tầng số 2025–2030</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="73"/>
        <source>2. Where to save the plan</source>
        <translation>2. Nơi lưu quy hoạch</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="75"/>
        <source>The plan is one GeoPackage file (.covplan.gpkg). Sites, khu vực, fiber and priority places follow through File → Import layer.</source>
        <translation>Quy hoạch là một tệp GeoPackage (.covplan.gpkg). Trạm, khu vực, cáp quang và điểm ưu tiên được nhập sau qua Tệp → Nhập lớp dữ liệu.</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="78"/>
        <source>Plan file</source>
        <translation>Tệp quy hoạch</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="82"/>
        <source>Save the new plan as</source>
        <translation>Lưu quy hoạch mới thành</translation>
    </message>
    <message>
        <location filename="../new_plan_wizard.cpp" line="83"/>
        <source>covplan projects (*.covplan.gpkg)</source>
        <translation>Dự án covplan (*.covplan.gpkg)</translation>
    </message>
</context>
<context>
    <name>covplan::app::PlanDocument</name>
    <message>
        <location filename="../plan_document.cpp" line="289"/>
        <source>%1 was changed by another program (a covplan command?) since it was opened here; saving would overwrite that change. Save the plan under another name, or reopen the file.</source>
        <translation>%1 đã bị chương trình khác (một lệnh covplan?) thay đổi sau khi mở ở đây; lưu lúc này sẽ ghi đè thay đổi đó. Hãy lưu quy hoạch với tên khác, hoặc mở lại tệp.</translation>
    </message>
</context>
<context>
    <name>covplan::app::ProfileTool</name>
    <message>
        <location filename="../profile_tool.cpp" line="51"/>
        <location filename="../profile_tool.cpp" line="119"/>
        <source>Path profile</source>
        <translation>Mặt cắt tuyến</translation>
    </message>
    <message>
        <location filename="../profile_tool.cpp" line="89"/>
        <source>The points cannot be placed in WGS 84.</source>
        <translation>Không thể chuyển các điểm sang WGS 84.</translation>
    </message>
    <message>
        <location filename="../profile_tool.cpp" line="96"/>
        <source>No profile to export.</source>
        <translation>Chưa có mặt cắt để xuất.</translation>
    </message>
    <message>
        <location filename="../profile_tool.cpp" line="106"/>
        <source>Path profile %1 → %2</source>
        <translation>Mặt cắt tuyến %1 → %2</translation>
    </message>
    <message>
        <location filename="../profile_tool.cpp" line="112"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../profile_tool.cpp" line="116"/>
        <source>Export the profile (profile.csv, profile.json, profile.png)</source>
        <translation>Xuất mặt cắt (profile.csv, profile.json, profile.png)</translation>
    </message>
</context>
<context>
    <name>covplan::app::SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.cpp" line="49"/>
        <source>not entered</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="51"/>
        <location filename="../settings_dialog.cpp" line="53"/>
        <source>no target</source>
        <translation>không đặt mục tiêu</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="90"/>
        <source>2024 mean download speed (baseline, doubled by 2030)</source>
        <translation>Tốc độ tải xuống trung bình năm 2024 (mốc, gấp đôi vào 2030)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="91"/>
        <source>Target share of shared towers</source>
        <translation>Mục tiêu tỷ lệ cột dùng chung</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="92"/>
        <source>Target share of underground fiber</source>
        <translation>Mục tiêu tỷ lệ cáp quang đi ngầm</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="31"/>
        <source>Plan settings</source>
        <translation>Thiết lập quy hoạch</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="171"/>
        <source>Change plan settings</source>
        <translation>Thay đổi thiết lập quy hoạch</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="64"/>
        <source>4G RSRP threshold</source>
        <translation>Ngưỡng RSRP 4G</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="65"/>
        <source>5G RSRP threshold</source>
        <translation>Ngưỡng RSRP 5G</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="66"/>
        <source>SINR floor</source>
        <translation>Ngưỡng SINR tối thiểu</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="67"/>
        <source>Fiber drop reach</source>
        <translation>Khoảng cách kéo cáp quang</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="68"/>
        <source>Grid resolution</source>
        <translation>Độ phân giải lưới</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="69"/>
        <source>Propagation model</source>
        <translation>Mô hình truyền sóng</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="70"/>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="82"/>
        <source>ITM radio climate</source>
        <translation>Vùng khí hậu vô tuyến ITM</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="83"/>
        <source>ITM surface refractivity N0</source>
        <translation>Chiết suất bề mặt N0 (ITM)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="84"/>
        <source>ITM ground permittivity ε</source>
        <translation>Hằng số điện môi đất ε (ITM)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="85"/>
        <source>ITM ground conductivity σ</source>
        <translation>Độ dẫn điện đất σ (ITM)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="86"/>
        <source>Target 5G / 4G sites</source>
        <translation>Mục tiêu trạm 5G / 4G</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="87"/>
        <location filename="../settings_dialog.cpp" line="89"/>
        <source>… by year</source>
        <translation>… đến năm</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="88"/>
        <source>Target 5G population share</source>
        <translation>Mục tiêu tỷ lệ dân số có 5G</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="98"/>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="122"/>
        <source>Radio templates</source>
        <translation>Mẫu cấu hình vô tuyến</translation>
    </message>
    <message>
        <location filename="../settings_dialog.cpp" line="123"/>
        <source>5G template for new and upgraded sites</source>
        <translation>Mẫu 5G cho trạm mới và trạm nâng cấp</translation>
    </message>
</context>
<context>
    <name>covplan::app::SitePanel</name>
    <message>
        <location filename="../site_panel.cpp" line="85"/>
        <source>Operator</source>
        <translation>Nhà mạng</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="86"/>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="87"/>
        <source>Band</source>
        <translation>Băng tần</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="88"/>
        <source>Frequency (MHz)</source>
        <translation>Tần số (MHz)</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="89"/>
        <source>Antenna height (m)</source>
        <translation>Độ cao anten (m)</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="90"/>
        <source>Azimuths (°)</source>
        <translation>Hướng phát (°)</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="91"/>
        <source>Mechanical tilt (°)</source>
        <translation>Tilt cơ (°)</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="92"/>
        <source>Electrical tilt (°)</source>
        <translation>Tilt điện (°)</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="93"/>
        <source>Power (dBm)</source>
        <translation>Công suất (dBm)</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="94"/>
        <source>Antenna</source>
        <translation>Anten</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="98"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="100"/>
        <source>Existing towers within %1 m (co-location)</source>
        <translation>Cột hiện có trong bán kính %1 m (dùng chung hạ tầng)</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="101"/>
        <source>Move the proposal onto this tower</source>
        <translation>Chuyển trạm đề xuất lên cột này</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="172"/>
        <source>Select a site on the map.</source>
        <translation>Chọn một trạm trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="180"/>
        <source>proposed</source>
        <translation>đề xuất</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="180"/>
        <source>existing (read only)</source>
        <translation>hiện hữu (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="201"/>
        <source>Azimuths must be bearings in 0–360°, e.g. 0;120;240</source>
        <translation>Hướng phát phải trong 0–360°, ví dụ 0;120;240</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="145"/>
        <location filename="../site_panel.cpp" line="254"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="121"/>
        <location filename="../site_panel.cpp" line="225"/>
        <source>Evaluating the towers within %1 m…</source>
        <translation>Đang đánh giá các cột trong bán kính %1 m…</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="132"/>
        <location filename="../site_panel.cpp" line="236"/>
        <source>no fiber</source>
        <translation>không có cáp quang</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="133"/>
        <location filename="../site_panel.cpp" line="237"/>
        <source>fiber %1 m</source>
        <translation>cáp quang %1 m</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="238"/>
        <source>5G residents %1%2</source>
        <translation>dân có 5G %1%2</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="250"/>
        <source>Ward residents with 5G: %1 with the proposal where drawn, %2 on this tower</source>
        <translation>Dân trong phường có 5G: %1 nếu đặt trạm như đề xuất, %2 nếu đặt trên cột này</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="117"/>
        <source>priority place without 5G</source>
        <translation>điểm ưu tiên chưa có 5G</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="118"/>
        <source>Existing towers within 2 km that could carry 5G for it</source>
        <translation>Cột hiện có trong bán kính 2 km có thể lắp 5G phục vụ điểm này</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="119"/>
        <source>Propose 5G on this tower</source>
        <translation>Đề xuất lắp 5G trên cột này</translation>
    </message>
    <message>
        <location filename="../site_panel.cpp" line="135"/>
        <source>%1 — %3 — %2 m
covers %5 % of the place, +%6 residents with 5G, %4</source>
        <translation>%1 — %3 — %2 m
phủ %5 % địa điểm, thêm %6 dân có 5G, %4</translation>
    </message>
</context>
</TS>
