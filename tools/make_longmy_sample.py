#!/usr/bin/python3
"""Generates the embedded Long My sample (data/longmy/).

The layout is ILLUSTRATIVE: a plausible planning scenario placed on the real ward
(phuong Long My, TP Can Tho, code 31471), built from the facts cited in
data/longmy/README.md. Nothing here is survey data.

Usage: tools/make_longmy_sample.py BUILD/cli/covplan
Writes the source layers under data/longmy/sources/ (several formats and CRSs, on
purpose), the DEM and land-use rasters, and assembles data/longmy/longmy.covplan.gpkg
with covplan's own `import` and `add-raster` commands.

Deterministic: a fixed random seed, so re-running gives the same files.
Needs Debian's python3-gdal (run with /usr/bin/python3).
"""

import csv
import math
import os
import random
import struct
import subprocess
import sys

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "longmy")
SRC = os.path.join(OUT, "sources")
rng = random.Random(31471)  # the ward's code

WARD_POPULATION = 35865  # sapnhap.bando.com.vn via source A (see README)
PERSONS_PER_HOUSEHOLD = 3.5  # GSO, 2019 Population and Housing Census, national average

# Ward outline: a hand-simplified trace (about 35 vertices, ~100 m) of the 2025
# boundary's published shape; the source polygon itself is not copied.
WARD_OUTLINE = [
    (105.620, 9.727), (105.616, 9.725), (105.610, 9.726), (105.607, 9.722), (105.614, 9.716),
    (105.613, 9.710), (105.606, 9.711), (105.596, 9.713), (105.593, 9.707), (105.600, 9.704),
    (105.603, 9.699), (105.601, 9.695), (105.594, 9.692), (105.593, 9.684), (105.588, 9.682),
    (105.581, 9.690), (105.577, 9.688), (105.570, 9.680), (105.565, 9.684), (105.556, 9.688),
    (105.552, 9.683), (105.547, 9.677), (105.547, 9.671), (105.553, 9.669), (105.559, 9.667),
    (105.560, 9.657), (105.577, 9.663), (105.581, 9.651), (105.605, 9.656), (105.615, 9.659),
    (105.636, 9.672), (105.660, 9.698), (105.665, 9.705), (105.645, 9.714), (105.623, 9.725),
    (105.620, 9.727),
]

ADMIN_CENTRE = (105.609, 9.6862)  # "Thi uy Long My", source A

# Hamlet seeds: (lon, lat, former unit, relative population weight). The town core
# (former phuong Thuan An) around the admin centre is the densest.
HAMLET_SEEDS = [
    (105.6050, 9.6890, "Phường Thuận An", 3.2),
    (105.6120, 9.6840, "Phường Thuận An", 3.0),
    (105.5990, 9.6840, "Phường Thuận An", 2.6),
    (105.6080, 9.6960, "Phường Thuận An", 2.4),
    (105.6170, 9.6920, "Phường Thuận An", 1.8),
    (105.5960, 9.6760, "Phường Thuận An", 1.4),
    (105.6070, 9.7170, "Xã Long Trị", 1.0),
    (105.6230, 9.7150, "Xã Long Trị", 0.9),
    (105.6250, 9.7020, "Xã Long Trị", 1.1),
    (105.6420, 9.7050, "Xã Long Trị", 0.8),
    (105.6300, 9.6870, "Xã Long Trị A", 0.9),
    (105.6450, 9.6920, "Xã Long Trị A", 0.7),
    (105.6170, 9.6700, "Xã Long Trị A", 1.0),
    (105.5930, 9.6620, "Xã Long Trị A", 0.8),
    (105.5700, 9.6720, "Phường Thuận An", 0.7),
    (105.5550, 9.6770, "Phường Thuận An", 0.6),
]

OPERATORS = ["Viettel", "VNPT", "MobiFone"]

# Roads: QL61B follows the straight sketch from source A through the ward; the rest
# are illustrative local roads linking the khu vuc.
ROADS = [
    ("Quốc lộ 61B", "national", [(105.5757, 9.7374), (105.6022, 9.6900), (105.6240, 9.6510)]),
    ("Đường nội ô Long Mỹ", "urban", [(105.5930, 9.6870), (105.6020, 9.6890), (105.6100, 9.6865), (105.6200, 9.6880)]),
    ("Đường Long Trị", "commune", [(105.6020, 9.6900), (105.6080, 9.7000), (105.6150, 9.7120), (105.6190, 9.7240)]),
    ("Đường Long Trị A", "commune", [(105.6200, 9.6880), (105.6350, 9.6900), (105.6500, 9.6990), (105.6620, 9.7040)]),
    ("Đường Thuận An – Long Trị A", "commune", [(105.6060, 9.6860), (105.6100, 9.6750), (105.6050, 9.6600)]),
    ("Đường ven kênh phía Tây", "rural", [(105.5950, 9.6830), (105.5800, 9.6770), (105.5650, 9.6740), (105.5500, 9.6740)]),
]

WATERWAYS = [
    ("Kênh trục Long Mỹ (minh họa)", "canal", [(105.5450, 9.6800), (105.5700, 9.6830), (105.5950, 9.6880), (105.6150, 9.6950), (105.6400, 9.7000), (105.6680, 9.7060)]),
    ("Kênh Long Trị (minh họa)", "canal", [(105.6000, 9.7300), (105.6130, 9.7100), (105.6200, 9.6950)]),
    ("Kênh Long Trị A (minh họa)", "canal", [(105.6250, 9.6950), (105.6280, 9.6800), (105.6320, 9.6600)]),
    ("Rạch Thuận An (minh họa)", "creek", [(105.5980, 9.6500), (105.6000, 9.6650), (105.5990, 9.6800)]),
]

# Field canals (kenh noi dong): the delta's regular grid, roughly every 1.2 km.
for i, lon in enumerate([105.556, 105.568, 105.580, 105.628, 105.640, 105.652]):
    WATERWAYS.append((f"Kênh nội đồng số {i + 1} (minh họa)", "field canal",
                      [(lon - 0.004, 9.730), (lon + 0.006, 9.650)]))

# (name, category value as a planner would type it, lon, lat)
POI_POINTS = [
    ("Thị ủy Long Mỹ", "Cơ quan hành chính", 105.6090, 9.6862),
    ("UBND phường Long Mỹ", "Cơ quan hành chính", 105.6070, 9.6875),
    ("Trường THCS Thuận An", "Trường học", 105.6035, 9.6905),
    ("Trường THCS Long Trị", "Trường học", 105.6140, 9.7110),
    ("Trường THCS Long Trị A", "Trường học", 105.6320, 9.6880),
    ("Trường Tiểu học Thuận An", "Trường học", 105.6110, 9.6825),
    ("Trường Mầm non Long Trị", "Trường học", 105.6240, 9.7040),
    ("Trạm Y tế Long Trị", "Y tế", 105.6160, 9.7080),
    ("Trạm Y tế Long Trị A", "Y tế", 105.6360, 9.6900),
    ("Trạm Y tế Thuận An", "Y tế", 105.6000, 9.6860),
    ("Chợ Long Trị", "Chợ", 105.6180, 9.7150),
    ("Chợ Long Trị A", "Chợ", 105.6400, 9.6950),
    ("Bến xe Long Mỹ", "Bến xe", 105.5990, 9.6930),
    ("Bến đò Long Trị", "Bến đò", 105.6130, 9.6960),
    ("Nhà văn hóa phường Long Mỹ", "Văn hóa", 105.6085, 9.6845),
    ("Đình Long Trị (minh họa)", "Di tích", 105.6210, 9.7185),
    ("Khu dân cư Thuận An", "Khu dân cư", 105.6030, 9.6820),
]

# Polygons: the town market and an industrial cluster (illustrative).
POI_AREAS = [
    ("Chợ Long Mỹ", "Chợ", [(105.6055, 9.6880), (105.6075, 9.6880), (105.6075, 9.6895), (105.6055, 9.6895), (105.6055, 9.6880)]),
    ("Cụm công nghiệp Long Mỹ (minh họa)", "Cụm công nghiệp",
     [(105.6150, 9.6620), (105.6250, 9.6640), (105.6230, 9.6710), (105.6130, 9.6690), (105.6150, 9.6620)]),
]

# value, name, colour, clutter loss (dB) on top of the suburban model, illustrative:
# open fields and water none, tree-lined orchards and low-rise houses a few dB.
# Last: relative density of residents, for spreading hamlet populations (houses stand
# on raised plots in settlements and along orchards; few live in paddies, none on water).
LANDUSE_CLASSES = [
    (1, "Lúa (rice paddy)", "#d9ef8b", 0, 0.02),
    (2, "Cây ăn quả (orchard)", "#1a9850", 4, 0.3),
    (3, "Dân cư (settlement)", "#d73027", 7, 1.0),
    (4, "Mặt nước (water)", "#4575b4", 0, 0.0),
]


def srs(code):
    s = osr.SpatialReference()
    s.ImportFromEPSG(code)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


WGS84 = srs(4326)
UTM48 = srs(32648)
TM3_CANTHO = srs(9210)  # VN-2000 / TM-3 105-45


def line(coords):
    g = ogr.Geometry(ogr.wkbLineString)
    for x, y in coords:
        g.AddPoint_2D(x, y)
    return g


def polygon(coords):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in coords:
        ring.AddPoint_2D(x, y)
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(ring)
    return p


def to_utm(g):
    g = g.Clone()
    g.Transform(osr.CoordinateTransformation(WGS84, UTM48))
    return g


def ward_geometry():
    return polygon(WARD_OUTLINE)


def hamlet_polygons(ward):
    """Voronoi cells of the seeds, clipped to the ward, computed in UTM metres."""
    ward_m = to_utm(ward)
    seeds = []
    for lon, lat, unit, w in HAMLET_SEEDS:
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(lon, lat)
        p = to_utm(p)
        seeds.append((p.GetX(), p.GetY()))
    minx, maxx, miny, maxy = ward_m.GetEnvelope()
    big = 50000.0
    cells = []
    for i, (xi, yi) in enumerate(seeds):
        cell = polygon([(minx - big, miny - big), (maxx + big, miny - big), (maxx + big, maxy + big),
                        (minx - big, maxy + big), (minx - big, miny - big)])
        for j, (xj, yj) in enumerate(seeds):
            if i == j:
                continue
            # Half-plane closer to i than to j, as a large polygon.
            mx, my = (xi + xj) / 2, (yi + yj) / 2
            dx, dy = xj - xi, yj - yi
            n = math.hypot(dx, dy)
            ux, uy = dx / n, dy / n  # towards j
            px, py = -uy, ux  # along the bisector
            far = 1e6
            half = polygon([
                (mx + px * far, my + py * far),
                (mx - px * far, my - py * far),
                (mx - px * far - ux * far, my - py * far - uy * far),
                (mx + px * far - ux * far, my + py * far - uy * far),
                (mx + px * far, my + py * far),
            ])
            cell = cell.Intersection(half)
        cells.append(cell.Intersection(ward_m))
    back = osr.CoordinateTransformation(UTM48, WGS84)
    out = []
    for c in cells:
        c = c.Clone()
        c.Transform(back)
        out.append(c)
    return out


def split_population(total, weights, areas):
    raw = [w * a for w, a in zip(weights, areas)]
    s = sum(raw)
    pops = [int(total * r / s) for r in raw]
    # Largest remainders, so the hamlets add up to the ward exactly.
    rem = sorted(range(len(raw)), key=lambda i: -(total * raw[i] / s - pops[i]))
    for i in rem[: total - sum(pops)]:
        pops[i] += 1
    return pops


def write_layer(path, driver, layer_name, geom_type, srs_, fields, rows, options=None):
    drv = ogr.GetDriverByName(driver)
    if os.path.exists(path) and driver != "GPKG":
        drv.DeleteDataSource(path)
    ds = drv.Open(path, 1) if (driver == "GPKG" and os.path.exists(path)) else drv.CreateDataSource(path)
    lyr = ds.CreateLayer(layer_name, srs_, geom_type, options=options or [])
    for name, t in fields:
        fd = ogr.FieldDefn(name, t)
        if t == ogr.OFTString:
            fd.SetWidth(120)
        lyr.CreateField(fd)
    for geom, values in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        for (name, _), v in zip(fields, values):
            f.SetField(name, v)
        f.SetGeometry(geom)
        lyr.CreateFeature(f)
    ds = None


def place_sites(ward, hamlets):
    """Existing sites: denser in the town core, spread over the rural khu vuc."""
    ward_m = to_utm(ward)
    sites = []
    towers = []
    # Tower positions: one or two per khu vuc, more where population is higher.
    for h_idx, (lon, lat, unit, w) in enumerate(HAMLET_SEEDS):
        n = 2 if w >= 2.0 else 1
        for k in range(n):
            for _ in range(200):
                dlon = rng.uniform(-0.004, 0.004)
                dlat = rng.uniform(-0.004, 0.004)
                p = ogr.Geometry(ogr.wkbPoint)
                p.AddPoint_2D(lon + dlon, lat + dlat)
                if to_utm(p).Within(ward_m):
                    break
            towers.append((p.GetX(), p.GetY(), h_idx))
    # Operators: each tower carries one operator's 4G; a few towers are shared
    # (co-location) and a few 4G sites already have a 5G n78 carrier.
    op_cycle = ["Viettel", "VNPT", "MobiFone", "Viettel", "VNPT", "Viettel", "MobiFone"]
    shared_towers = {0, 3, 7}
    five_g = {0, 1, 4, 5}  # towers whose first operator already added n78
    counters = {op: 0 for op in OPERATORS}
    prefix = {"Viettel": "VTL", "VNPT": "VNP", "MobiFone": "MBF"}
    for t_idx, (lon, lat, h_idx) in enumerate(towers):
        tower_id = f"CT-LMY-T{t_idx + 1:02d}"
        ops = [op_cycle[t_idx % len(op_cycle)]]
        if t_idx in shared_towers:
            ops.append("MobiFone" if ops[0] != "MobiFone" else "VNPT")
        for op in ops:
            counters[op] += 1
            base = f"{prefix[op]}-LMY-{counters[op]:03d}"
            height = rng.choice([30, 33, 36, 40, 42, 45])
            rot = rng.choice([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110])
            az = f"{rot};{rot + 120};{rot + 240}"
            band = "B3" if (counters[op] % 3) else "B1"
            freq = 1842.5 if band == "B3" else 2140.0
            sites.append(dict(site_id=base, tower_id=tower_id, name=f"{op} Long Mỹ {counters[op]}",
                              operator=op, tech="4G LTE", band=band, freq=freq, bw=20, height=height,
                              az=az, mtilt=rng.choice([0, 1, 2]), etilt=rng.choice([2, 3, 4]),
                              power=46, antenna="panel", status="Hiện hữu", lon=lon, lat=lat))
            if t_idx in five_g and op == ops[0]:
                sites.append(dict(site_id=base + "-5G", tower_id=tower_id, name=f"{op} Long Mỹ {counters[op]} 5G",
                                  operator=op, tech="5G NR", band="n78", freq=3550.0, bw=100, height=height,
                                  az=az, mtilt=0, etilt=3, power=53, antenna="aau", status="Hiện hữu",
                                  lon=lon, lat=lat))
    return sites


def make_rasters(ward, hamlets):
    """DEM (WGS 84 geographic, 1 arc-second like SRTM) and land use (UTM 48N, 10 m)."""
    minx, maxx, miny, maxy = ward.GetEnvelope()
    margin = 0.015
    minx, maxx, miny, maxy = minx - margin, maxx + margin, miny - margin, maxy + margin

    # Land use: rice everywhere, orchards and houses along canals and roads (the
    # delta's ribbon settlement), the town core built up, water on canals.
    u_ring = to_utm(polygon([(minx, miny), (maxx, miny), (maxx, maxy), (minx, maxy), (minx, miny)]))
    ux0, ux1, uy0, uy1 = u_ring.GetEnvelope()
    px = 10.0
    ux0, uy1 = math.floor(ux0 / px) * px, math.ceil(uy1 / px) * px
    cols, rows = int(math.ceil((ux1 - ux0) / px)), int(math.ceil((uy1 - uy0) / px))
    mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    mem.SetGeoTransform((ux0, px, 0, uy1, 0, -px))
    mem.SetProjection(UTM48.ExportToWkt())
    mem.GetRasterBand(1).Fill(1)

    def burn(geoms, value):
        tmp = ogr.GetDriverByName("Memory").CreateDataSource("")
        lyr = tmp.CreateLayer("b", UTM48, ogr.wkbUnknown)
        for g in geoms:
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetGeometry(g)
            lyr.CreateFeature(f)
        gdal.RasterizeLayer(mem, [1], lyr, burn_values=[value], options=["ALL_TOUCHED=TRUE"])

    canals = [to_utm(line(c)) for _, _, c in WATERWAYS]
    roads = [to_utm(line(c)) for _, _, c in ROADS]

    def blobs_along(lines, spacing_m, offset_m, radius_m, keep):
        """Round patches at random gaps along lines: gardens and house clusters."""
        out = []
        for ln in lines:
            length = ln.Length()
            d = rng.uniform(0, spacing_m)
            while d < length:
                if rng.random() < keep:
                    x, y = ln.Value(d).GetX(), ln.Value(d).GetY()
                    p = ogr.Geometry(ogr.wkbPoint)
                    p.AddPoint_2D(x + rng.uniform(-offset_m, offset_m), y + rng.uniform(-offset_m, offset_m))
                    out.append(p.Buffer(rng.uniform(*radius_m), 8))
                d += spacing_m * rng.uniform(0.5, 1.5)
        return out

    # Orchards (vuon) line the canals and roads; houses sit on raised plots along them.
    burn(blobs_along(canals + roads, 90, 110, (60, 180), 0.8), 2)
    burn(blobs_along(canals + roads, 45, 35, (20, 55), 0.75), 3)
    core = ogr.Geometry(ogr.wkbPoint)
    core.AddPoint_2D(*ADMIN_CENTRE)
    core_m = to_utm(core)
    town = []
    for _ in range(40):
        p = ogr.Geometry(ogr.wkbPoint)
        a, r = rng.uniform(0, 2 * math.pi), rng.uniform(0, 900)
        p.AddPoint_2D(core_m.GetX() + r * math.cos(a), core_m.GetY() + r * math.sin(a) * 0.7)
        town.append(p.Buffer(rng.uniform(120, 320), 8))
    burn(town, 3)
    burn([c.Buffer(12) for c in canals[:1]] + [c.Buffer(7) for c in canals[1:]], 4)
    tif = os.path.join(OUT, "landuse_10m.tif")
    ct = gdal.ColorTable()
    for v, _, col, _, _ in LANDUSE_CLASSES:
        ct.SetColorEntry(v, tuple(int(col[i:i + 2], 16) for i in (1, 3, 5)) + (255,))
    band = mem.GetRasterBand(1)
    band.SetColorTable(ct)
    band.SetNoDataValue(0)
    band.SetCategoryNames([""] + [n for _, n, _, _, _ in LANDUSE_CLASSES])
    gdal.Translate(tif, mem, creationOptions=["COMPRESS=DEFLATE", "TILED=YES"])
    lu_utm = (mem, ux0, uy1, px, cols, rows)

    # DEM: the delta is flat, 0.5-1.5 m, with raised house plots and road embankments
    # (+1 m) and canal beds near 0 m; small noise. Quantised to 0.1 m like a survey DEM.
    step = 1.0 / 3600.0
    gx0, gy1 = math.floor(minx / step) * step, math.ceil(maxy / step) * step
    gcols, grows = int(math.ceil((maxx - gx0) / step)), int(math.ceil((gy1 - miny) / step))
    to_utm_ct = osr.CoordinateTransformation(WGS84, UTM48)
    lu_band = mem.GetRasterBand(1)
    lu_data = lu_band.ReadRaster(0, 0, cols, rows)
    values = []
    for r in range(grows):
        lat = gy1 - (r + 0.5) * step
        row = []
        for c in range(gcols):
            lon = gx0 + (c + 0.5) * step
            x, y, _ = to_utm_ct.TransformPoint(lon, lat)
            ci, ri = int((x - ux0) / px), int((uy1 - y) / px)
            cls = lu_data[ri * cols + ci] if 0 <= ci < cols and 0 <= ri < rows else 1
            base = 0.9 + 0.25 * math.sin(lon * 140.0) * math.cos(lat * 110.0) + 1.5 * (lat - 9.69)
            bump = {1: 0.0, 2: 0.6, 3: 1.1, 4: -0.9}[cls]
            z = max(0.0, min(3.0, base + bump + rng.uniform(-0.1, 0.1)))
            row.append(round(z, 1))
        values.append(row)
    dem = gdal.GetDriverByName("MEM").Create("", gcols, grows, 1, gdal.GDT_Float32)
    dem.SetGeoTransform((gx0, step, 0, gy1, 0, -step))
    dem.SetProjection(WGS84.ExportToWkt())
    flat = [v for row in values for v in row]
    dem.GetRasterBand(1).WriteRaster(0, 0, gcols, grows, struct.pack(f"{len(flat)}f", *flat))
    dem.GetRasterBand(1).SetNoDataValue(-9999)
    gdal.Translate(os.path.join(OUT, "dem_1arcsec.tif"), dem,
                   creationOptions=["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES"])
    return lu_utm


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    covplan = os.path.abspath(sys.argv[1])
    os.makedirs(SRC, exist_ok=True)

    ward = ward_geometry()
    write_layer(os.path.join(SRC, "ward.geojson"), "GeoJSON", "ranh_gioi_phuong", ogr.wkbPolygon, WGS84,
                [("ma_xa", ogr.OFTString), ("ten", ogr.OFTString), ("dan_so", ogr.OFTInteger)],
                [(ward, ["31471", "Phường Long Mỹ", WARD_POPULATION])])

    hamlets = hamlet_polygons(ward)
    areas = [to_utm(h).GetArea() for h in hamlets]
    pops = split_population(WARD_POPULATION, [s[3] for s in HAMLET_SEEDS], areas)
    rows = []
    for i, (h, pop) in enumerate(zip(hamlets, pops)):
        h_tm3 = h.Clone()
        h_tm3.Transform(osr.CoordinateTransformation(WGS84, TM3_CANTHO))
        rows.append((h_tm3, [f"Khu vực {i + 1}", f"KV{i + 1:02d}", pop, int(round(pop / PERSONS_PER_HOUSEHOLD)),
                             HAMLET_SEEDS[i][2]]))
    # Shapefile in VN-2000 / TM-3 Can Tho with Vietnamese field names, UTF-8 .cpg.
    write_layer(os.path.join(SRC, "khu_vuc.shp"), "ESRI Shapefile", "khu_vuc", ogr.wkbPolygon, TM3_CANTHO,
                [("Ten_KV", ogr.OFTString), ("Ma_KV", ogr.OFTString), ("Dan_so", ogr.OFTInteger),
                 ("So_ho", ogr.OFTInteger), ("Truoc_SN", ogr.OFTString)],
                rows, options=["ENCODING=UTF-8"])

    sites = place_sites(ward, hamlets)
    with open(os.path.join(SRC, "tram_bts_hien_huu.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Mã trạm", "Mã cột", "Tên trạm", "Nhà mạng", "Công nghệ", "Băng tần", "Tần số (MHz)",
                    "Băng thông (MHz)", "Độ cao anten (m)", "Hướng phát", "Tilt cơ", "Tilt điện",
                    "Công suất (dBm)", "Anten", "Trạng thái", "Kinh độ", "Vĩ độ"])
        for s in sites:
            w.writerow([s["site_id"], s["tower_id"], s["name"], s["operator"], s["tech"], s["band"], s["freq"],
                        s["bw"], s["height"], s["az"], s["mtilt"], s["etilt"], s["power"], s["antenna"], s["status"],
                        f"{s['lon']:.6f}", f"{s['lat']:.6f}"])

    net = os.path.join(SRC, "mang_luoi.gpkg")
    if os.path.exists(net):
        os.remove(net)
    write_layer(net, "GPKG", "giao_thong", ogr.wkbLineString, WGS84,
                [("ten", ogr.OFTString), ("cap", ogr.OFTString)],
                [(line(c), [n, k]) for n, k, c in ROADS])
    write_layer(net, "GPKG", "song_kenh", ogr.wkbLineString, WGS84,
                [("ten", ogr.OFTString), ("loai", ogr.OFTString)],
                [(line(c), [n, k]) for n, k, c in WATERWAYS])
    # Fiber along the main roads: underground in the town core, aerial elsewhere.
    fiber_rows = []
    for op in ("Viettel", "VNPT"):
        for name, cls, coords in ROADS[:4]:
            placement = "Cáp ngầm" if cls in ("national", "urban") and op == "VNPT" or cls == "urban" else "Cáp treo"
            off = 0.0002 if op == "Viettel" else -0.0002
            fiber_rows.append((line([(x + off, y + off) for x, y in coords]),
                               [f"Tuyến cáp {op} – {name}", op, placement]))
    write_layer(net, "GPKG", "cap_quang", ogr.wkbLineString, WGS84,
                [("ten", ogr.OFTString), ("doanh_nghiep", ogr.OFTString), ("hinh_thuc", ogr.OFTString)],
                fiber_rows)

    poi_rows = []
    for n, c, lon, lat in POI_POINTS:
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(lon, lat)
        poi_rows.append((g, [n, c]))
    write_layer(os.path.join(SRC, "diem_uu_tien.kml"), "LIBKML", "diem_uu_tien", ogr.wkbPoint, WGS84,
                [("Name", ogr.OFTString), ("loai", ogr.OFTString)], poi_rows)
    write_layer(os.path.join(SRC, "khu_uu_tien.geojson"), "GeoJSON", "khu_uu_tien", ogr.wkbPolygon, WGS84,
                [("ten", ogr.OFTString), ("loai", ogr.OFTString)],
                [(polygon(c), [n, k]) for n, k, c in POI_AREAS])

    make_rasters(ward, hamlets)

    project = os.path.join(OUT, "longmy.covplan.gpkg")
    if os.path.exists(project):
        os.remove(project)

    def run(*args):
        print("+ covplan", " ".join(args))
        subprocess.run([covplan, *args], check=True)

    rel = lambda p: os.path.relpath(p, OUT)
    os.chdir(OUT)
    run("import", rel(project), rel(os.path.join(SRC, "ward.geojson")), "--role", "ward",
        "--title", "Phường Long Mỹ – quy hoạch hạ tầng số 2025–2030 (minh họa)")
    run("import", rel(project), rel(os.path.join(SRC, "khu_vuc.shp")), "--role", "hamlets")
    run("import", rel(project), rel(os.path.join(SRC, "tram_bts_hien_huu.csv")), "--role", "sites",
        "--assign-crs", "EPSG:4326")
    run("import", rel(project), rel(net), "--layer", "giao_thong", "--role", "roads")
    run("import", rel(project), rel(net), "--layer", "song_kenh", "--role", "waterways")
    run("import", rel(project), rel(net), "--layer", "cap_quang", "--role", "fiber")
    run("import", rel(project), rel(os.path.join(SRC, "diem_uu_tien.kml")), "--role", "poi")
    run("import", rel(project), rel(os.path.join(SRC, "khu_uu_tien.geojson")), "--role", "poi",
        "--append")
    run("add-raster", rel(project), "--dem", "dem_1arcsec.tif")
    run("add-raster", rel(project), "--landuse", "landuse_10m.tif",
        *[a for v, n, c, loss, w in LANDUSE_CLASSES for a in ("--class", f"{v}:{n}:{c}:{loss}:{w}")])
    # The delta's relief (0-3 m) is below its clutter: the DEM serves line of sight and
    # mast heights, knife-edge diffraction stays off.
    run("settings", rel(project), "terrain_diffraction=false", "environment=suburban")
    run("info", rel(project))


if __name__ == "__main__":
    main()
