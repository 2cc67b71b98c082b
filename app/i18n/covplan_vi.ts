<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>covplan::app::MainWindow</name>
    <message>
        <source>Remove layer…</source>
        <translation>Xóa lớp dữ liệu…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Xóa lớp dữ liệu</translation>
    </message>
    <message>
        <source>Layer to remove</source>
        <translation>Lớp cần xóa</translation>
    </message>
    <message>
        <source>%1: %2 feature(s)</source>
        <translation>%1: %2 đối tượng</translation>
    </message>
    <message>
        <source>Remove layer %1</source>
        <translation>Xóa lớp %1</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>Xuất báo cáo (PDF)…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Chưa ghi được báo cáo</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Đã ghi báo cáo: %1 (%n trang)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import layer</source>
        <translation>Nhập lớp dữ liệu</translation>
    </message>
    <message>
        <source>GIS layers (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.csv *.xlsx);;All files (*)</source>
        <translation>Lớp GIS (*.shp *.gpkg *.geojson *.json *.kml *.kmz *.csv *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import layer…</source>
        <translation>Nhập lớp dữ liệu…</translation>
    </message>
    <message>
        <source>Plan settings…</source>
        <translation>Thiết lập quy hoạch…</translation>
    </message>
    <message>
        <source>Distance: %1 m</source>
        <translation>Khoảng cách: %1 m</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Lưu quy hoạch thành</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Đo khoảng cách</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Quy hoạch gần đây</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Đã tự động lưu</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Tự động lưu thất bại: %1</translation>
    </message>
    <message>
        <source>Recover plan</source>
        <translation>Khôi phục quy hoạch</translation>
    </message>
    <message>
        <source>An autosave newer than %1 exists (the last session ended without saving). Recover it?</source>
        <translation>Có bản tự động lưu mới hơn %1 (phiên trước kết thúc mà chưa lưu). Khôi phục?</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Coverage not updated: %1</source>
        <translation>Chưa cập nhật vùng phủ: %1</translation>
    </message>
    <message>
        <source>Coverage updated in %1 s</source>
        <translation>Đã cập nhật vùng phủ trong %1 giây</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Mở quy hoạch</translation>
    </message>
    <message>
        <source>covplan projects (*.covplan.gpkg)</source>
        <translation>Dự án covplan (*.covplan.gpkg)</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Lưu quy hoạch</translation>
    </message>
    <message>
        <source>covplan — 4G/5G coverage planning</source>
        <translation>covplan — quy hoạch vùng phủ 4G/5G</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lớp dữ liệu</translation>
    </message>
    <message>
        <source>Plan indicators</source>
        <translation>Chỉ tiêu quy hoạch</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Pan / move site</source>
        <translation>Di chuyển bản đồ / trạm</translation>
    </message>
    <message>
        <source>Add 5G site</source>
        <translation>Thêm trạm 5G</translation>
    </message>
    <message>
        <source>Zoom to ward</source>
        <translation>Thu phóng về phường</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>Hệ tọa độ: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them?</source>
        <translation>Quy hoạch có thay đổi chưa lưu. Lưu lại?</translation>
    </message>
    <message>
        <source>%1: nothing to zoom to</source>
        <translation>%1: không có gì để phóng tới</translation>
    </message>
    <message numerus="yes">
        <source>%n tower upgrade(s) ranked</source>
        <translation>
            <numerusform>Đã xếp hạng %n cột nâng cấp</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected: click a site first</source>
        <translation>Chưa chọn gì: hãy bấm vào một trạm trước</translation>
    </message>
    <message>
        <source>Add basemap raster</source>
        <translation>Thêm bản đồ nền raster</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system; assign one with covplan add-raster --assign-crs</source>
        <translation>%1 không có hệ tọa độ; gán hệ tọa độ bằng covplan add-raster --assign-crs</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.jp2 *.png *.jpg *.vrt);;All files (*)</source>
        <translation>Ảnh raster (*.tif *.tiff *.jp2 *.png *.jpg *.vrt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Add basemap %1</source>
        <translation>Thêm bản đồ nền %1</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Phóng tới đối tượng chọn</translation>
    </message>
    <message>
        <source>Add basemap raster…</source>
        <translation>Thêm bản đồ nền raster…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Đã xuất: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Export GIS files to folder</source>
        <translation>Xuất tệp GIS vào thư mục</translation>
    </message>
    <message>
        <source>Export map (PNG)…</source>
        <translation>Xuất bản đồ (PNG)…</translation>
    </message>
    <message>
        <source>Export for Google Earth (KMZ)…</source>
        <translation>Xuất cho Google Earth (KMZ)…</translation>
    </message>
    <message>
        <source>Export GIS files (GeoPackage, CSV, GeoTIFF)…</source>
        <translation>Xuất tệp GIS (GeoPackage, CSV, GeoTIFF)…</translation>
    </message>
</context>
<context>
    <name>covplan::app::KpiPanel</name>
    <message>
        <source>no target set</source>
        <translation>chưa đặt mục tiêu</translation>
    </message>
    <message>
        <source>%1 of %2 towers</source>
        <translation>%1 / %2 cột</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>Đang phát sóng</translation>
    </message>
    <message>
        <source>With proposals</source>
        <translation>Có trạm đề xuất</translation>
    </message>
    <message>
        <source>5G on air</source>
        <translation>5G đang phát sóng</translation>
    </message>
    <message>
        <source>5G with proposals</source>
        <translation>5G có trạm đề xuất</translation>
    </message>
    <message>
        <source>%1 of %2 stations</source>
        <translation>%1 / %2 trạm</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 / %2 người</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>%1 / %2 hộ</translation>
    </message>
    <message>
        <source>%1 of %2 places</source>
        <translation>%1 / %2 điểm</translation>
    </message>
    <message>
        <source>%1 of %2 km</source>
        <translation>%1 / %2 km</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>không có số liệu</translation>
    </message>
    <message>
        <source>Priority place without 5G</source>
        <translation>Điểm ưu tiên chưa có 5G</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Residents within 500 m</source>
        <translation>Dân trong bán kính 500 m</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <source>4G</source>
        <translation>4G</translation>
    </message>
    <message>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation>còn thiếu %1</translation>
    </message>
    <message>
        <source>Priority places with 5G: %1</source>
        <translation>Điểm ưu tiên có 5G: %1</translation>
    </message>
    <message>
        <source>school</source>
        <translation>trường học</translation>
    </message>
    <message>
        <source>health facility</source>
        <translation>cơ sở y tế</translation>
    </message>
    <message>
        <source>public office</source>
        <translation>cơ quan hành chính</translation>
    </message>
    <message>
        <source>market</source>
        <translation>chợ</translation>
    </message>
    <message>
        <source>transport hub</source>
        <translation>bến xe, bến tàu</translation>
    </message>
    <message>
        <source>industrial zone</source>
        <translation>khu, cụm công nghiệp</translation>
    </message>
    <message>
        <source>high-tech zone</source>
        <translation>khu công nghệ cao</translation>
    </message>
    <message>
        <source>culture / tourism</source>
        <translation>văn hóa, du lịch</translation>
    </message>
    <message>
        <source>residential area</source>
        <translation>khu dân cư</translation>
    </message>
    <message>
        <source>road</source>
        <translation>đường giao thông</translation>
    </message>
    <message>
        <source>waterway</source>
        <translation>sông, kênh</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
</context>
<context>
    <name>SiteCommands</name>
    <message>
        <source>Mark %1 as decommissioned</source>
        <translation>Đánh dấu trạm %1 đã ngừng hoạt động</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Sửa trạm %1</translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation>Thêm trạm %1</translation>
    </message>
    <message>
        <source>Delete site %1</source>
        <translation>Xóa trạm %1</translation>
    </message>
    <message>
        <source>Move site %1</source>
        <translation>Di chuyển trạm %1</translation>
    </message>
</context>
<context>
    <name>covplan::app::SitePanel</name>
    <message>
        <source>Operator</source>
        <translation>Nhà mạng</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Băng tần</translation>
    </message>
    <message>
        <source>Frequency (MHz)</source>
        <translation>Tần số (MHz)</translation>
    </message>
    <message>
        <source>Antenna height (m)</source>
        <translation>Độ cao anten (m)</translation>
    </message>
    <message>
        <source>Azimuths (°)</source>
        <translation>Hướng phát (°)</translation>
    </message>
    <message>
        <source>Mechanical tilt (°)</source>
        <translation>Tilt cơ (°)</translation>
    </message>
    <message>
        <source>Electrical tilt (°)</source>
        <translation>Tilt điện (°)</translation>
    </message>
    <message>
        <source>Power (dBm)</source>
        <translation>Công suất (dBm)</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Anten</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Existing towers within %1 m (co-location)</source>
        <translation>Cột hiện có trong bán kính %1 m (dùng chung hạ tầng)</translation>
    </message>
    <message>
        <source>Move the proposal onto this tower</source>
        <translation>Chuyển trạm đề xuất lên cột này</translation>
    </message>
    <message>
        <source>Select a site on the map.</source>
        <translation>Chọn một trạm trên bản đồ.</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>đề xuất</translation>
    </message>
    <message>
        <source>existing (read only)</source>
        <translation>hiện hữu (chỉ xem)</translation>
    </message>
    <message>
        <source>Azimuths must be bearings in 0–360°, e.g. 0;120;240</source>
        <translation>Hướng phát phải trong 0–360°, ví dụ 0;120;240</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Evaluating the towers within %1 m…</source>
        <translation>Đang đánh giá các cột trong bán kính %1 m…</translation>
    </message>
    <message>
        <source>no fiber</source>
        <translation>không có cáp quang</translation>
    </message>
    <message>
        <source>fiber %1 m</source>
        <translation>cáp quang %1 m</translation>
    </message>
    <message>
        <source>5G residents %1%2</source>
        <translation>dân có 5G %1%2</translation>
    </message>
    <message>
        <source>Ward residents with 5G: %1 with the proposal where drawn, %2 on this tower</source>
        <translation>Dân trong phường có 5G: %1 nếu đặt trạm như đề xuất, %2 nếu đặt trên cột này</translation>
    </message>
    <message>
        <source>priority place without 5G</source>
        <translation>điểm ưu tiên chưa có 5G</translation>
    </message>
    <message>
        <source>Existing towers within 2 km that could carry 5G for it</source>
        <translation>Cột hiện có trong bán kính 2 km có thể lắp 5G phục vụ điểm này</translation>
    </message>
    <message>
        <source>Propose 5G on this tower</source>
        <translation>Đề xuất lắp 5G trên cột này</translation>
    </message>
    <message>
        <source>%1 — %3 — %2 m
covers %5 % of the place, +%6 residents with 5G, %4</source>
        <translation>%1 — %3 — %2 m
phủ %5 % địa điểm, thêm %6 dân có 5G, %4</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <source>Point (working CRS):</source>
        <translation>Điểm (hệ tọa độ làm việc):</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>không có sóng</translation>
    </message>
    <message>
        <source>best server</source>
        <translation>cell phục vụ</translation>
    </message>
    <message>
        <source>Outside the coverage grid.</source>
        <translation>Ngoài lưới tính vùng phủ.</translation>
    </message>
    <message>
        <source>Hamlet:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>dân</translation>
    </message>
    <message>
        <source>Nearest site:</source>
        <translation>Trạm gần nhất:</translation>
    </message>
    <message>
        <source>Priority place:</source>
        <translation>Điểm ưu tiên:</translation>
    </message>
    <message>
        <source>Road:</source>
        <translation>Đường:</translation>
    </message>
    <message>
        <source>Waterway:</source>
        <translation>Sông, kênh:</translation>
    </message>
    <message>
        <source>Cells at this pixel:</source>
        <translation>Các cell tại điểm ảnh này:</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>cell</translation>
    </message>
    <message>
        <source>model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <source>distance m</source>
        <translation>khoảng cách m</translation>
    </message>
    <message>
        <source>loss dB</source>
        <translation>suy hao dB</translation>
    </message>
    <message>
        <source>gain dBi</source>
        <translation>độ lợi dBi</translation>
    </message>
    <message>
        <source>RSRP dBm</source>
        <translation>RSRP dBm</translation>
    </message>
    <message>
        <source>… and %1 more (covplan point lists all)</source>
        <translation>… và %1 cell khác (covplan point liệt kê đủ)</translation>
    </message>
</context>
<context>
    <name>covplan::app::ImportDialog</name>
    <message>
        <source>Import layer</source>
        <translation>Nhập lớp dữ liệu</translation>
    </message>
    <message>
        <source>as declared by the file, e.g. vn2000-tm3:cantho (EPSG:5897) if it has none</source>
        <translation>theo khai báo của tệp, ví dụ vn2000-tm3:cantho (EPSG:5897) nếu tệp không có</translation>
    </message>
    <message>
        <source>as declared, e.g. CP1258 for legacy files</source>
        <translation>theo khai báo, ví dụ CP1258 cho tệp cũ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Assign CRS</source>
        <translation>Gán hệ tọa độ</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Bảng mã văn bản</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>This layer declares no coordinate reference system: assign one.</source>
        <translation>Lớp này không khai báo hệ tọa độ: hãy gán một hệ.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <source>Sites without a status are proposals</source>
        <translation>Trạm không ghi trạng thái là trạm đề xuất</translation>
    </message>
    <message>
        <source>Refuse (the layer is new)</source>
        <translation>Không nhập (lớp phải là lớp mới)</translation>
    </message>
    <message>
        <source>Add to its features (another operator's list)</source>
        <translation>Thêm vào các đối tượng đã có (danh sách của nhà mạng khác)</translation>
    </message>
    <message>
        <source>Replace its features</source>
        <translation>Thay thế các đối tượng đã có</translation>
    </message>
    <message>
        <source>Update: merge by id or name, show the changes</source>
        <translation>Cập nhật: ghép theo mã hoặc tên, hiện các thay đổi</translation>
    </message>
    <message>
        <source>If the role has features</source>
        <translation>Nếu vai trò đã có đối tượng</translation>
    </message>
    <message>
        <source>Keep features farther than 20 km from the ward</source>
        <translation>Giữ các đối tượng cách phường hơn 20 km</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 thêm mới, %2 thay đổi, %3 bỏ đi, %4 không đổi</translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %n problem(s), errors first.</source>
        <translation>
            <numerusform>Chưa nhập: %n vấn đề, lỗi xếp trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>covplan::app::AttributeLabels</name>
    <message>
        <source>Ward boundary</source>
        <translation>Ranh giới phường</translation>
    </message>
    <message>
        <source>Hamlets (khu vực)</source>
        <translation>Khu vực / ấp</translation>
    </message>
    <message>
        <source>BTS sites</source>
        <translation>Trạm BTS</translation>
    </message>
    <message>
        <source>Fiber routes</source>
        <translation>Tuyến cáp quang</translation>
    </message>
    <message>
        <source>Priority places</source>
        <translation>Điểm ưu tiên</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Đường giao thông</translation>
    </message>
    <message>
        <source>Waterways</source>
        <translation>Sông, kênh</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <source>Tower id</source>
        <translation>Mã cột</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Nhà mạng</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Băng tần</translation>
    </message>
    <message>
        <source>Frequency (MHz)</source>
        <translation>Tần số (MHz)</translation>
    </message>
    <message>
        <source>Bandwidth (MHz)</source>
        <translation>Băng thông (MHz)</translation>
    </message>
    <message>
        <source>Antenna height (m)</source>
        <translation>Độ cao anten (m)</translation>
    </message>
    <message>
        <source>Azimuths (°)</source>
        <translation>Hướng phát (°)</translation>
    </message>
    <message>
        <source>Mechanical tilt (°)</source>
        <translation>Góc nghiêng cơ (°)</translation>
    </message>
    <message>
        <source>Electrical tilt (°)</source>
        <translation>Góc nghiêng điện (°)</translation>
    </message>
    <message>
        <source>Power (dBm)</source>
        <translation>Công suất (dBm)</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Công suất (W)</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Anten</translation>
    </message>
    <message>
        <source>Feeder loss (dB)</source>
        <translation>Suy hao feeder (dB)</translation>
    </message>
    <message>
        <source>Propagation model</source>
        <translation>Mô hình truyền sóng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Longitude / easting</source>
        <translation>Kinh độ / tọa độ Y (đông)</translation>
    </message>
    <message>
        <source>Latitude / northing</source>
        <translation>Vĩ độ / tọa độ X (bắc)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Hình thức lắp đặt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Category as written</source>
        <translation>Loại như trong tệp</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Cấp / loại</translation>
    </message>
</context>
<context>
    <name>covplan::app::SettingsDialog</name>
    <message>
        <source>not entered</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>không đặt mục tiêu</translation>
    </message>
    <message>
        <source>2024 mean download speed (baseline, doubled by 2030)</source>
        <translation>Tốc độ tải xuống trung bình năm 2024 (mốc, gấp đôi vào 2030)</translation>
    </message>
    <message>
        <source>Target share of shared towers</source>
        <translation>Mục tiêu tỷ lệ cột dùng chung</translation>
    </message>
    <message>
        <source>Target share of underground fiber</source>
        <translation>Mục tiêu tỷ lệ cáp quang đi ngầm</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>Thiết lập quy hoạch</translation>
    </message>
    <message>
        <source>Change plan settings</source>
        <translation>Thay đổi thiết lập quy hoạch</translation>
    </message>
    <message>
        <source>4G RSRP threshold</source>
        <translation>Ngưỡng RSRP 4G</translation>
    </message>
    <message>
        <source>5G RSRP threshold</source>
        <translation>Ngưỡng RSRP 5G</translation>
    </message>
    <message>
        <source>SINR floor</source>
        <translation>Ngưỡng SINR tối thiểu</translation>
    </message>
    <message>
        <source>Fiber drop reach</source>
        <translation>Khoảng cách kéo cáp quang</translation>
    </message>
    <message>
        <source>Grid resolution</source>
        <translation>Độ phân giải lưới</translation>
    </message>
    <message>
        <source>Propagation model</source>
        <translation>Mô hình truyền sóng</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Target 5G / 4G sites</source>
        <translation>Mục tiêu trạm 5G / 4G</translation>
    </message>
    <message>
        <source>… by year</source>
        <translation>… đến năm</translation>
    </message>
    <message>
        <source>Target 5G population share</source>
        <translation>Mục tiêu tỷ lệ dân số có 5G</translation>
    </message>
    <message>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Radio templates</source>
        <translation>Mẫu cấu hình vô tuyến</translation>
    </message>
    <message>
        <source>5G template for new and upgraded sites</source>
        <translation>Mẫu 5G cho trạm mới và trạm nâng cấp</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Đồng ý</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>canceled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>unknown export</source>
        <translation>kiểu xuất không xác định</translation>
    </message>
</context>
<context>
    <name>covplan::app::LayersPanel</name>
    <message>
        <source>4G site (existing)</source>
        <translation>Trạm 4G (hiện hữu)</translation>
    </message>
    <message>
        <source>5G site (existing)</source>
        <translation>Trạm 5G (hiện hữu)</translation>
    </message>
    <message>
        <source>Proposed site</source>
        <translation>Trạm đề xuất</translation>
    </message>
    <message>
        <source>National / provincial road</source>
        <translation>Quốc lộ, đường tỉnh</translation>
    </message>
    <message>
        <source>Other road</source>
        <translation>Đường khác</translation>
    </message>
    <message>
        <source>Ward boundary</source>
        <translation>Ranh giới phường</translation>
    </message>
    <message>
        <source>Hamlets</source>
        <translation>Khu vực, ấp</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Đường giao thông</translation>
    </message>
    <message>
        <source>Waterways</source>
        <translation>Sông, kênh</translation>
    </message>
    <message>
        <source>Fiber routes</source>
        <translation>Tuyến cáp quang</translation>
    </message>
    <message>
        <source>Priority places</source>
        <translation>Địa điểm ưu tiên</translation>
    </message>
    <message>
        <source>Priority places without 5G</source>
        <translation>Địa điểm ưu tiên chưa có 5G</translation>
    </message>
    <message>
        <source>BTS sites</source>
        <translation>Trạm BTS</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Phóng tới lớp</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Kiểu hiển thị…</translation>
    </message>
    <message>
        <source>No coverage</source>
        <translation>Không hiển thị vùng phủ</translation>
    </message>
    <message>
        <source>4G RSRP</source>
        <translation>RSRP 4G</translation>
    </message>
    <message>
        <source>5G RSRP</source>
        <translation>RSRP 5G</translation>
    </message>
    <message>
        <source>5G best server</source>
        <translation>Trạm phục vụ 5G</translation>
    </message>
    <message>
        <source>Coverage opacity</source>
        <translation>Độ đậm vùng phủ</translation>
    </message>
    <message>
        <source>Move the layer up (drawn later)</source>
        <translation>Đưa lớp lên trên</translation>
    </message>
    <message>
        <source>Move the layer down</source>
        <translation>Đưa lớp xuống dưới</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Hiện %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Ẩn %1</translation>
    </message>
    <message>
        <source>Move layer %1</source>
        <translation>Đổi thứ tự lớp %1</translation>
    </message>
    <message>
        <source>Style of %1</source>
        <translation>Kiểu hiển thị của %1</translation>
    </message>
    <message numerus="yes">
        <source>Local basemaps (%n raster(s))</source>
        <translation>
            <numerusform>Bản đồ nền cục bộ (%n ảnh raster)</numerusform>
        </translation>
    </message>
    <message>
        <source>Colours: the serving 5G cell (where RSRP reaches the threshold)</source>
        <translation>Màu: cell 5G phục vụ (nơi RSRP đạt ngưỡng)</translation>
    </message>
    <message>
        <source>Threshold %1 dBm</source>
        <translation>Ngưỡng %1 dBm</translation>
    </message>
    <message>
        <source>4G SINR</source>
        <translation>SINR 4G</translation>
    </message>
    <message>
        <source>5G SINR</source>
        <translation>SINR 5G</translation>
    </message>
    <message>
        <source>Downlink throughput (best of 4G/5G)</source>
        <translation>Tốc độ tải xuống (tốt nhất của 4G/5G)</translation>
    </message>
    <message>
        <source>SINR of the serving cell</source>
        <translation>SINR của cell phục vụ</translation>
    </message>
    <message>
        <source>Estimated downlink (3GPP TR 36.942 A.2), best of 4G and 5G</source>
        <translation>Tốc độ tải xuống ước tính (3GPP TR 36.942 A.2), tốt nhất của 4G và 5G</translation>
    </message>
    <message>
        <source>5G upgrade candidates</source>
        <translation>Cột nên nâng cấp 5G</translation>
    </message>
    <message>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (trực tuyến)</translation>
    </message>
    <message>
        <source>OpenStreetMap basemap, downloaded as you pan (needs the network)</source>
        <translation>Bản đồ nền OpenStreetMap, tải khi di chuyển bản đồ (cần mạng)</translation>
    </message>
    <message>
        <source>Existing towers without 5G, ranked by the residents a 5G upgrade would reach (computed in the background)</source>
        <translation>Các cột hiện có chưa có 5G, xếp hạng theo số dân được phủ thêm nếu nâng cấp 5G (tính ở chế độ nền)</translation>
    </message>
</context>
<context>
    <name>covplan::app::LayerStyleDialog</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Site ID</source>
        <translation>Mã trạm</translation>
    </message>
    <message>
        <source>Tower ID</source>
        <translation>Mã cột</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Nhà mạng</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Các nhà mạng</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Băng tần</translation>
    </message>
    <message>
        <source>Antenna height</source>
        <translation>Độ cao ăng-ten</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Cách lắp đặt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Thứ hạng</translation>
    </message>
    <message>
        <source>Residents gaining 5G</source>
        <translation>Dân có thêm 5G</translation>
    </message>
    <message>
        <source>Layer style — %1</source>
        <translation>Kiểu hiển thị lớp — %1</translation>
    </message>
    <message>
        <source>Layer colour</source>
        <translation>Màu của lớp</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>(không nhãn)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Độ rộng nét</translation>
    </message>
    <message>
        <source>Symbol size</source>
        <translation>Cỡ ký hiệu</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
</context>
<context>
    <name>covplan::app::MapExportDialog</name>
    <message>
        <source>Export map (PNG)</source>
        <translation>Xuất bản đồ (PNG)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 ngang</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 dọc</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 ngang</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Legend, CRS and sources beside the map</source>
        <translation>Chú giải, hệ tọa độ và nguồn bên cạnh bản đồ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Chiều rộng</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Chiều cao</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Độ phân giải</translation>
    </message>
</context>
<context>
    <name>covplan::app::MapCanvas</name>
    <message>
        <source>Mark as decommissioned</source>
        <translation>Đánh dấu ngừng hoạt động</translation>
    </message>
    <message>
        <source>%1 is an existing site of %2 on air. Mark it as decommissioned and remove it from the plan? (Undo brings it back.)</source>
        <translation>%1 là trạm đang phát sóng của %2. Đánh dấu trạm đã ngừng hoạt động và bỏ khỏi quy hoạch? (Hoàn tác để khôi phục.)</translation>
    </message>
</context>
<context>
    <name>covplan::app::PlanDocument</name>
    <message>
        <source>%1 was changed by another program (a covplan command?) since it was opened here; saving would overwrite that change. Save the plan under another name, or reopen the file.</source>
        <translation>%1 đã bị chương trình khác (một lệnh covplan?) thay đổi sau khi mở ở đây; lưu lúc này sẽ ghi đè thay đổi đó. Hãy lưu quy hoạch với tên khác, hoặc mở lại tệp.</translation>
    </message>
</context>
</TS>
