#!/usr/bin/env python3
"""Peer implementations for Pushback's geospatial benchmark (proximity join + point-in-polygon).

Runs well-known tools on the data written by ../shared/bench/gen_synthetic.py so that Pushback's own
Swift join and point-in-polygon can be compared on the same data and machine:

    python3 scripts/bench/peers.py DATADIR [--distance 975.36] [--repeat 3] [--peers ...]
                                   [--postgis [DSN]] [--crosscheck]

DATADIR holds wells.csv (well_id,lat,lon), schools.csv (school_id,lat,lon) and municipalities.csv
(muni_id,name,n_vertices,wkt). One JSON object per line goes to stdout:

    {"task": "join"|"pip", "peer": ..., "seconds": <median of --repeat>, "pairs"|"inside": <count>,
     "metric": "sphere"|"wgs84"|"planar-lonlat", "note": ..., ...extra fields}

Timing rules: CSV parsing and interpreter start-up are excluded; everything after the coordinates
are in NumPy arrays (or, for PostGIS, in tables) is included, index building too, unless the note
or a separate field (e.g. "index_seconds") says otherwise. "seconds" is the median of the
repeats; "runs" lists them all. Each Python peer runs in a forked child, so "peak_rss_mb"
(resource.getrusage ru_maxrss of that child) is the peak of a process that holds the parsed input
plus what the peer allocated; "base_rss_mb" is the parent's RSS with just the input loaded.
"other_cpu_seconds" is the CPU time the rest of the machine used while the peer ran (all repeats;
for PostGIS: machine-wide busy time minus the server's and this script's) -- anything much above
zero means the figure was taken on a contended machine and should be re-measured.

Distances: "sphere" = great circle on a sphere of radius 6,371,008.8 m (chord test on unit-sphere
xyz); "wgs84" = exact WGS84 geodesic (Karney's algorithm via pyproj.Geod.inv, i.e. PROJ's
geodesic.c, the C port of GeographicLib); pairs with distance <= d are kept (ST_DWithin is also
inclusive). Exact peers first gather candidates with a slightly enlarged radius and then keep
the exact pairs. Point-in-polygon is planar in lon/lat (as in shapely and PostGIS geometry).

PostGIS (--postgis) expects a server started by scripts/bench/postgis.sh; the DSN comes from the
flag's value, else $PUSHBACK_BENCH_PG, else postgresql://postgres@127.0.0.1:55432/bench. It
(re)creates its own tables in that database: the points in two layouts (CSV order, and geohash
order = the "spatial-order trick"), GiST indexes on geography (join) and geometry (pip), each
build timed and reported as index_seconds; then each query variant is timed (query only) with
the plan it ran under. Queries slower than --pg-slow seconds are run once; --timeout is the
statement_timeout. --pg-keep/--pg-reuse skip the ~2 min reload between runs on the big set.

Example (the figures in docs/benchmarks.md):
    python3 ../shared/bench/gen_synthetic.py /tmp/bench-big          # run from /work/main
    dsn=$(scripts/bench/postgis.sh start /tmp/pushback-pg)
    python3 scripts/bench/peers.py /tmp/bench-big --crosscheck --postgis "$dsn" > peers-big.jsonl
    scripts/bench/postgis.sh stop /tmp/pushback-pg
"""
import argparse
import json
import math
import os
import resource
import select
import signal
import statistics
import sys
import time

import numpy as np

R_SPHERE = 6371008.8  # mean Earth radius (IUGG R1), as in the README
# Candidate radius factor for exact-geodesic peers that search on the sphere: a WGS84 geodesic of
# length d subtends at most d / (b^2/a) = d / 6,335,439 m of "geodetic-lat/lon sphere" angle,
# i.e. at most 1.0056 x d/R; 1.01 leaves margin.
ENLARGE_SPHERE = 1.01
# Same for EPSG:5070 (Conus Albers): over the CONUS box its planar distances are within
# 0.988-1.012 x the geodesic ones (measured on the big set); 1.03 leaves margin.
ENLARGE_5070 = 1.03

PEERS_JOIN = [
    "ckdtree-sphere", "ckdtree-wgs84",
    "grid-sphere", "grid-wgs84",
    "strtree-dwithin-wgs84", "strtree-buffer-wgs84",
]
PEERS_PIP = ["pip-strtree-polygons", "pip-strtree-points"]
ALL_PEERS = PEERS_JOIN + PEERS_PIP


def now():
    return time.perf_counter()


def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# ----------------------------------------------------------------------------- input (untimed)

def load_points(path):
    a = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float64, ndmin=2)
    return np.ascontiguousarray(a[:, 1]), np.ascontiguousarray(a[:, 2])


def load_polygon_wkt(path):
    import csv
    csv.field_size_limit(1 << 30)
    with open(path, newline="") as f:
        r = csv.reader(f)
        header = next(r)
        col = header.index("wkt")
        return [row[col] for row in r]


class Data:
    def __init__(self, ddir, need_polys):
        t = now()
        self.wlat, self.wlon = load_points(os.path.join(ddir, "wells.csv"))
        self.slat, self.slon = load_points(os.path.join(ddir, "schools.csv"))
        self.polys = None
        if need_polys:
            import shapely
            self.polys = shapely.from_wkt(load_polygon_wkt(os.path.join(ddir, "municipalities.csv")))
        self.parse_seconds = now() - t


# ----------------------------------------------------------------------------- helpers

def unit_xyz(lat, lon):
    la = np.radians(lat)
    lo = np.radians(lon)
    c = np.cos(la)
    return np.column_stack([c * np.cos(lo), c * np.sin(lo), np.sin(la)])


def chord(theta):
    return 2.0 * math.sin(theta / 2.0)


_GEOD = None


def geod():
    global _GEOD
    if _GEOD is None:
        from pyproj import Geod
        _GEOD = Geod(ellps="WGS84")
    return _GEOD


def geodesic_dist(d, wi, si):
    """WGS84 geodesic distances (m) of candidate pairs (well index wi, school index si)."""
    _, _, dist = geod().inv(d.wlon[wi], d.wlat[wi], d.slon[si], d.slat[si])
    return np.asarray(dist)


def ragged_to_pairs(res):
    """query_ball_point's object array of lists -> (owner index, member index) arrays."""
    lens = np.fromiter((len(x) for x in res), dtype=np.int64, count=len(res))
    members = np.fromiter((j for x in res for j in x), dtype=np.int64, count=int(lens.sum()))
    owners = np.repeat(np.arange(len(res), dtype=np.int64), lens)
    return owners, members


# ----------------------------------------------------------------------------- join peers
# Each returns (count, parts, extra): parts = dict of timed sub-steps (seconds), extra = untimed info.

def join_ckdtree(d, dist, exact):
    from scipy.spatial import cKDTree
    t0 = now()
    W = unit_xyz(d.wlat, d.wlon)
    S = unit_xyz(d.slat, d.slon)
    theta = dist / R_SPHERE * (ENLARGE_SPHERE if exact else 1.0)
    t1 = now()
    # sliding-midpoint tree (balanced_tree=False) builds ~2x faster than the median split here
    tree = cKDTree(W, leafsize=16, balanced_tree=False, compact_nodes=False)
    t2 = now()
    res = tree.query_ball_point(S, chord(theta), workers=2, return_sorted=False)
    si, wi = ragged_to_pairs(res)
    t3 = now()
    parts = {"xyz": t1 - t0, "build": t2 - t1, "query": t3 - t2}
    extra = {"candidates": int(len(si))}
    if exact:
        keep = geodesic_dist(d, wi, si) <= dist
        t4 = now()
        parts["geodesic"] = t4 - t3
        si, wi = si[keep], wi[keep]
    extra["schools_with_well"] = int(len(np.unique(si)))
    return int(len(si)), parts, extra, (wi, si)


def join_grid(d, dist, exact):
    """Equirectangular cell hash: cells of h x h/cos(max|lat|) degrees, wells sorted by cell key,
    each school scans the 3 x 3 neighbouring cells (3 contiguous key ranges), chord test on unit xyz,
    optional exact geodesic check. Single-threaded NumPy; assumes no antimeridian crossing."""
    t0 = now()
    theta = dist / R_SPHERE * (ENLARGE_SPHERE if exact else 1.0)
    h = math.degrees(theta) * (1 + 1e-9)
    maxlat = max(np.abs(d.wlat).max(), np.abs(d.slat).max()) + h
    if maxlat >= 89.0:
        raise RuntimeError("grid peer: data too close to a pole")
    w = h / math.cos(math.radians(maxlat))
    lat0 = min(d.wlat.min(), d.slat.min())
    lon0 = min(d.wlon.min(), d.slon.min())
    wr = np.floor((d.wlat - lat0) / h).astype(np.int64)
    wc = np.floor((d.wlon - lon0) / w).astype(np.int64)
    sr = np.floor((d.slat - lat0) / h).astype(np.int64)
    sc = np.floor((d.slon - lon0) / w).astype(np.int64)
    ncols = int(max(wc.max(), sc.max())) + 3
    wkey = wr * ncols + wc + 1
    order = np.argsort(wkey)
    keys = wkey[order]
    wlat_o, wlon_o = d.wlat[order], d.wlon[order]
    W = unit_xyz(wlat_o, wlon_o)
    wx, wy, wz = (np.ascontiguousarray(W[:, i]) for i in range(3))
    S = unit_xyz(d.slat, d.slon)
    t1 = now()
    ns = len(sr)
    starts, lens = [], []
    for dr in (-1, 0, 1):
        base = (sr + dr) * ncols + sc + 1
        lo = np.searchsorted(keys, base - 1, side="left")
        hi = np.searchsorted(keys, base + 1, side="right")
        starts.append(lo)
        lens.append(hi - lo)
    starts = np.concatenate(starts)
    lens = np.concatenate(lens)
    owner = np.tile(np.arange(ns, dtype=np.int64), 3)
    total = int(lens.sum())
    si = np.repeat(owner, lens)
    wi = np.repeat(starts - (np.cumsum(lens) - lens), lens) + np.arange(total, dtype=np.int64)
    dx = wx[wi] - S[si, 0]
    dy = wy[wi] - S[si, 1]
    dz = wz[wi] - S[si, 2]
    c = chord(theta)
    keep = dx * dx + dy * dy + dz * dz <= c * c
    si, wi = si[keep], wi[keep]
    t2 = now()
    parts = {"build": t1 - t0, "query": t2 - t1}
    extra = {"cell_candidates": total}
    wi = order[wi]  # back to input well indices
    if exact:
        extra["candidates"] = int(len(si))
        keep = geodesic_dist(d, wi, si) <= dist
        parts["geodesic"] = now() - t2
        si, wi = si[keep], wi[keep]
    extra["schools_with_well"] = int(len(np.unique(si)))
    return int(len(si)), parts, extra, (wi, si)


_TR5070 = None


def transformer_5070():
    global _TR5070
    if _TR5070 is None:
        from pyproj import Transformer
        _TR5070 = Transformer.from_crs("EPSG:4326", "EPSG:5070", always_xy=True)
    return _TR5070


def _project_5070(d):
    tr = transformer_5070()
    wx, wy = tr.transform(d.wlon, d.wlat)
    sx, sy = tr.transform(d.slon, d.slat)
    return np.asarray(wx), np.asarray(wy), np.asarray(sx), np.asarray(sy)


def join_strtree(d, dist, mode):
    """shapely 2 STRtree over projected (EPSG:5070) well points; schools query it with
    predicate='dwithin' (GEOS distance) or with buffer polygons + predicate='intersects';
    candidates radius dist x ENLARGE_5070, then exact WGS84 geodesic check."""
    import shapely
    t0 = now()
    wx, wy, sx, sy = _project_5070(d)
    t1 = now()
    wp = shapely.points(wx, wy)
    sp = shapely.points(sx, sy)
    t2 = now()
    tree = shapely.STRtree(wp)
    t3 = now()
    r = dist * ENLARGE_5070
    if mode == "dwithin":
        si, wi = tree.query(sp, predicate="dwithin", distance=r)
    else:
        si, wi = tree.query(shapely.buffer(sp, r, quad_segs=16), predicate="intersects")
    t4 = now()
    keep = geodesic_dist(d, wi, si) <= dist
    t5 = now()
    extra = {"candidates": int(len(si))}
    si, wi = si[keep], wi[keep]
    extra["schools_with_well"] = int(len(np.unique(si)))
    parts = {"project": t1 - t0, "points": t2 - t1, "build": t3 - t2, "query": t4 - t3,
             "geodesic": t5 - t4}
    return int(len(si)), parts, extra, (wi, si)


# ----------------------------------------------------------------------------- pip peers

def pip_strtree_polygons(d):
    """STRtree over the 2,000 polygons; all well points query it with predicate='within'."""
    import shapely
    t0 = now()
    pts = shapely.points(d.wlon, d.wlat)
    t1 = now()
    tree = shapely.STRtree(d.polys)
    t2 = now()
    pi, _ = tree.query(pts, predicate="within")
    n = int(len(np.unique(pi)))
    t3 = now()
    return n, {"points": t1 - t0, "build": t2 - t1, "query": t3 - t2}, {"matches": int(len(pi))}, None


def pip_strtree_points(d):
    """STRtree over the well points; each polygon queries it with predicate='contains'."""
    import shapely
    t0 = now()
    pts = shapely.points(d.wlon, d.wlat)
    t1 = now()
    tree = shapely.STRtree(pts)
    t2 = now()
    _, pi = tree.query(d.polys, predicate="contains")
    n = int(len(np.unique(pi)))
    t3 = now()
    return n, {"points": t1 - t0, "build": t2 - t1, "query": t3 - t2}, {"matches": int(len(pi))}, None


# ----------------------------------------------------------------------------- running

def peer_table(dist):
    return {
        "ckdtree-sphere": ("join", "sphere", lambda d: join_ckdtree(d, dist, False),
                           "scipy cKDTree on unit-sphere xyz (wells tree, schools query, workers=2), "
                           "chord threshold 2 sin(d/2R)"),
        "ckdtree-wgs84": ("join", "wgs84", lambda d: join_ckdtree(d, dist, True),
                          "scipy cKDTree as above with chord radius for %.2f x d/R, then pyproj "
                          "Geod.inv on the candidates" % ENLARGE_SPHERE),
        "grid-sphere": ("join", "sphere", lambda d: join_grid(d, dist, False),
                        "NumPy grid hash (sorted cell keys + searchsorted, 3x3 cells), chord test; "
                        "1 thread"),
        "grid-wgs84": ("join", "wgs84", lambda d: join_grid(d, dist, True),
                       "NumPy grid hash with %.2f x d/R cells, then pyproj Geod.inv; 1 thread"
                       % ENLARGE_SPHERE),
        "strtree-dwithin-wgs84": ("join", "wgs84", lambda d: join_strtree(d, dist, "dwithin"),
                                  "pyproj to EPSG:5070 + shapely STRtree(wells) query(schools, "
                                  "predicate='dwithin', distance=%.2f x d) + pyproj Geod.inv; "
                                  "includes projection and point creation" % ENLARGE_5070),
        "strtree-buffer-wgs84": ("join", "wgs84", lambda d: join_strtree(d, dist, "buffer"),
                                 "pyproj to EPSG:5070 + shapely STRtree(wells) query(school buffers "
                                 "r=%.2f x d, predicate='intersects') + pyproj Geod.inv; includes "
                                 "projection, point and buffer creation" % ENLARGE_5070),
        "pip-strtree-polygons": ("pip", "planar-lonlat", pip_strtree_polygons,
                                 "shapely STRtree(2,000 polygons).query(well points, "
                                 "predicate='within'); seconds = points + tree + query"),
        "pip-strtree-points": ("pip", "planar-lonlat", pip_strtree_points,
                               "shapely STRtree(well points).query(polygons, predicate='contains'); "
                               "seconds = points + tree + query"),
    }


def run_child(fn, data, repeat, wfd, crosscheck_dist):
    runs = []
    count = None
    try:
        for _ in range(repeat):
            t = now()
            c, parts, extra, pairs = fn(data)
            total = now() - t
            if count is not None and c != count:
                extra["warning"] = "count differs between repeats: %s vs %s" % (count, c)
            count = c
            runs.append((total, parts, extra))
        if crosscheck_dist is not None and pairs is not None:
            extra["geographiclib_crosscheck"] = crosscheck(data, crosscheck_dist)
        med = sorted(runs, key=lambda r: r[0])[(len(runs) - 1) // 2]
        out = {"count": count, "runs": [r[0] for r in runs], "parts": med[1], "extra": runs[-1][2],
               "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    except Exception as e:  # report, don't crash the whole benchmark
        out = {"error": "%s: %s" % (type(e).__name__, e)}
    os.write(wfd, json.dumps(out).encode())
    os.close(wfd)


def crosscheck(d, dist, band=1.0):
    """Untimed: re-decide with the pure-Python geographiclib every sphere-search candidate whose
    pyproj distance is within `band` metres of the threshold; returns agreement stats."""
    from geographiclib.geodesic import Geodesic
    from scipy.spatial import cKDTree
    W = unit_xyz(d.wlat, d.wlon)
    S = unit_xyz(d.slat, d.slon)
    tree = cKDTree(W, balanced_tree=False, compact_nodes=False)
    si, wi = ragged_to_pairs(tree.query_ball_point(S, chord(dist / R_SPHERE * ENLARGE_SPHERE),
                                                   workers=2))
    pd = geodesic_dist(d, wi, si)
    near = np.nonzero(np.abs(pd - dist) <= band)[0]
    g = Geodesic.WGS84
    mism = 0
    maxdiff = 0.0
    for k in near:
        s12 = g.Inverse(d.wlat[wi[k]], d.wlon[wi[k]], d.slat[si[k]], d.slon[si[k]],
                        Geodesic.DISTANCE)["s12"]
        maxdiff = max(maxdiff, abs(s12 - pd[k]))
        mism += (s12 <= dist) != (pd[k] <= dist)
    return {"candidates_within_%gm_of_threshold" % band: int(len(near)), "decision_mismatches": int(mism),
            "max_abs_diff_m": maxdiff}


def run_forked(fn, data, repeat, timeout, crosscheck_dist=None):
    rfd, wfd = os.pipe()
    busy0 = cpu_busy_seconds()
    t_start = now()
    pid = os.fork()
    if pid == 0:
        os.close(rfd)
        code = 0
        try:
            run_child(fn, data, repeat, wfd, crosscheck_dist)
        except BaseException:
            code = 1
        os._exit(code)
    os.close(wfd)
    buf = b""
    deadline = now() + timeout
    timed_out = False
    while True:
        left = deadline - now()
        if left <= 0:
            timed_out = True
            break
        r, _, _ = select.select([rfd], [], [], left)
        if r:
            chunk = os.read(rfd, 1 << 16)
            if not chunk:
                break
            buf += chunk
    os.close(rfd)
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    _, _, ru = os.wait4(pid, 0)
    busy1 = cpu_busy_seconds()
    if timed_out:
        return {"error": "timed out after %d s (killed)" % timeout}
    if not buf:
        return {"error": "child died without a result"}
    out = json.loads(buf)
    # CPU time the rest of the machine used while this peer ran (contention indicator)
    out["other_cpu_seconds"] = max(0.0, (busy1 - busy0) - (ru.ru_utime + ru.ru_stime))
    out["wall_seconds"] = now() - t_start
    return out


def cpu_busy_seconds():
    """Machine-wide non-idle CPU time from /proc/stat (all cores), in seconds."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return 0.0
    idle = v[3] + (v[4] if len(v) > 4 else 0)
    return (sum(v[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def emit(obj):
    print(json.dumps(obj), flush=True)


def rounded(x):
    if isinstance(x, float):
        return round(x, 4)
    if isinstance(x, dict):
        return {k: rounded(v) for k, v in x.items()}
    if isinstance(x, list):
        return [rounded(v) for v in x]
    return x


def warm_up():
    """Imports and object set-up that count as process start-up, done before forking/timing."""
    import scipy.spatial  # noqa: F401
    import shapely
    import geographiclib.geodesic  # noqa: F401
    geod()
    transformer_5070()
    shapely.STRtree(shapely.points(np.zeros(2), np.zeros(2)))


def python_peers(args, data):
    table = peer_table(args.distance)
    warm_up()
    base = rss_mb()
    for name in args.peers:
        task, metric, fn, note = table[name]
        cross = args.distance if (args.crosscheck and name == "ckdtree-wgs84") else None
        load = os.getloadavg()[0]
        res = run_forked(fn, data, args.repeat, args.timeout, cross)
        out = {"task": task, "peer": name}
        if "error" in res:
            out.update({"seconds": None, "error": res["error"], "note": note})
            emit(out)
            continue
        out["seconds"] = round(statistics.median(res["runs"]), 4)
        out["pairs" if task == "join" else "inside"] = res["count"]
        out["metric"] = metric
        out["note"] = note
        if task == "pip":
            p = res["parts"]
            out["query_seconds"] = round(p["query"], 4)
            out["build_seconds"] = round(p["points"] + p["build"], 4)
        out["parts"] = rounded(res["parts"])
        out.update(rounded(res["extra"]))
        out["runs"] = rounded(res["runs"])
        out["peak_rss_mb"] = round(res["maxrss_kb"] / 1024, 1)
        out["base_rss_mb"] = round(base, 1)
        out["loadavg_1m_before"] = round(load, 2)
        out["other_cpu_seconds"] = round(res["other_cpu_seconds"], 2)
        out["peer_wall_seconds"] = round(res["wall_seconds"], 2)
        emit(out)


# ----------------------------------------------------------------------------- PostGIS

PG_TABLES = ("wells", "schools", "wells_fo", "schools_fo", "munis", "wells_raw", "schools_raw", "munis_raw")
# Settings under which the planner picks "outer = the small table, probe the big table's GiST",
# run in parallel: it otherwise prefers a parallel seq scan of the 3M wells probing the small index.
PG_PROBE_SETTINGS = ("SET parallel_setup_cost = 0", "SET min_parallel_table_scan_size = 0",
                     "SET enable_hashjoin = off", "SET enable_mergejoin = off")


def postgis_peers(args, ddir):
    import psycopg
    dsn = args.postgis
    conn = psycopg.connect(dsn, autocommit=True)
    cur = conn.cursor()
    cur.execute("SELECT postgis_lib_version(), current_setting('server_version'), "
                "current_setting('max_parallel_workers_per_gather'), current_setting('jit'), "
                "current_setting('shared_buffers'), current_setting('work_mem')")
    pgis_ver, pg_ver, par, jit, sb, wm = cur.fetchone()
    server = ("PostgreSQL %s, PostGIS %s, max_parallel_workers_per_gather=%s, jit=%s, shared_buffers=%s, "
              "work_mem=%s" % (pg_ver.split()[0], pgis_ver, par, jit, sb, wm))
    cur.execute("SET statement_timeout = %d" % int(args.timeout * 1000))
    timings = {}

    def timed(label, sql):
        t = now()
        cur.execute(sql)
        timings[label] = round(now() - t, 3)

    def copy_csv(table, path):
        with open(path, "rb") as f, \
                cur.copy("COPY %s FROM STDIN WITH (FORMAT csv, HEADER true)" % table) as cp:
            while True:
                b = f.read(1 << 20)
                if not b:
                    break
                cp.write(b)

    ddir_abs = os.path.abspath(ddir)
    reused = False
    if args.pg_reuse:
        cur.execute("SELECT to_regclass('bench_meta') IS NOT NULL")
        if cur.fetchone()[0]:
            cur.execute("SELECT k, v FROM bench_meta WHERE datadir = %s", (ddir_abs,))
            rows = cur.fetchall()
            if rows:
                timings.update({k: v for k, v in rows})
                reused = True
    if not reused:
        load_tables(cur, ddir, timings, timed, copy_csv)
        cur.execute("DROP TABLE IF EXISTS bench_meta")
        cur.execute("CREATE TABLE bench_meta (datadir text, k text, v float8)")
        for k, v in timings.items():
            cur.execute("INSERT INTO bench_meta VALUES (%s, %s, %s)", (ddir_abs, k, v))
    cur.execute("SELECT relname, pg_relation_size(oid) FROM pg_class WHERE relname LIKE '%%_gix'")
    sizes = {k: round(v / 2**20, 1) for k, v in cur.fetchall()}
    common = {"server": server}
    emit({"task": "postgis-setup", "copy_seconds": timings["copy"],
          "make_tables_seconds": timings["make_tables"],
          "index_seconds": {k: v for k, v in timings.items() if "." in k},
          "index_mb": sizes, "server": server, "reused_tables": reused,
          "note": "COPY of the three CSVs and CREATE TABLE AS (points, geohash order) are not part of "
                  "any figure; each peer's index_seconds sums the GiST builds it uses"})
    postgis_queries(args, cur, psycopg, timings, common)
    if not args.pg_keep:
        for tname in PG_TABLES + ("bench_meta",):
            cur.execute("DROP TABLE IF EXISTS %s" % tname)
    conn.close()


def load_tables(cur, ddir, timings, timed, copy_csv):
    """COPY the CSVs, build point tables in two layouts, build the GiST indexes (timed)."""
    for tname in PG_TABLES:
        cur.execute("DROP TABLE IF EXISTS %s" % tname)
    t = now()
    cur.execute("CREATE TABLE wells_raw (id int, lat float8, lon float8)")
    cur.execute("CREATE TABLE schools_raw (id int, lat float8, lon float8)")
    cur.execute("CREATE TABLE munis_raw (muni_id int, name text, n_vertices int, wkt text)")
    copy_csv("wells_raw", os.path.join(ddir, "wells.csv"))
    copy_csv("schools_raw", os.path.join(ddir, "schools.csv"))
    copy_csv("munis_raw", os.path.join(ddir, "municipalities.csv"))
    timings["copy"] = round(now() - t, 3)
    pt = "ST_SetSRID(ST_MakePoint(lon, lat), 4326)"
    t = now()
    for src, dst in (("wells_raw", "wells"), ("schools_raw", "schools")):
        # spatial layout: rows in geohash order (the "spatial-order trick")
        cur.execute("CREATE TABLE %s AS SELECT id, %s::geography AS g, %s AS geom FROM %s "
                    "ORDER BY ST_GeoHash(%s, 12)" % (dst, pt, pt, src, pt))
        # naive layout: rows in CSV order (the data generator shuffles them)
        cur.execute("CREATE TABLE %s_fo AS SELECT id, %s::geography AS g FROM %s ORDER BY id"
                    % (dst, pt, src))
    cur.execute("CREATE TABLE munis AS SELECT muni_id, name, ST_GeomFromText(wkt, 4326) AS geom "
                "FROM munis_raw ORDER BY muni_id")
    timings["make_tables"] = round(now() - t, 3)
    for tname in ("wells_raw", "schools_raw", "munis_raw"):
        cur.execute("DROP TABLE %s" % tname)
    cur.execute("VACUUM (FREEZE, ANALYZE)")

    # ---- GiST indexes (timed separately; a GiST on geography is built by insertion, so the
    # heap order matters for its quality; geometry 2D GiST uses PG15's sorted build)
    timed("wells.g", "CREATE INDEX wells_g_gix ON wells USING gist (g)")
    timed("schools.g", "CREATE INDEX schools_g_gix ON schools USING gist (g)")
    timed("wells_fo.g", "CREATE INDEX wells_fo_g_gix ON wells_fo USING gist (g)")
    timed("schools_fo.g", "CREATE INDEX schools_fo_g_gix ON schools_fo USING gist (g)")
    timed("wells.geom", "CREATE INDEX wells_geom_gix ON wells USING gist (geom)")
    timed("munis.geom", "CREATE INDEX munis_geom_gix ON munis USING gist (geom)")
    cur.execute("VACUUM ANALYZE")


def pg_cpu_seconds(cur_pid):
    """CPU seconds used so far by the server: the postmaster (incl. reaped children such as
    parallel workers), its live children (backends, workers, background processes)."""
    tck = os.sysconf("SC_CLK_TCK")

    def stat(pid):
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()

    try:
        pm = int(stat(cur_pid)[1])  # ppid of our backend = postmaster
        f = stat(pm)
        total = sum(int(x) for x in f[11:15])  # utime stime cutime cstime
        for name in os.listdir("/proc"):
            if name.isdigit():
                try:
                    g = stat(int(name))
                except OSError:
                    continue
                if int(g[1]) == pm:
                    total += int(g[11]) + int(g[12])
        return total / tck
    except (OSError, ValueError, IndexError):
        return None


def postgis_queries(args, cur, psycopg, timings, common):
    dist = args.distance
    cur.execute("SELECT pg_backend_pid()")
    backend = cur.fetchone()[0]

    def plan_summary(sql):
        cur.execute("EXPLAIN " + sql)
        nodes = []
        for (ln,) in cur.fetchall():
            s = ln.strip()
            if s.startswith("->"):
                s = s[2:].strip()
            if "(cost=" in s:
                nodes.append(s.split("  (cost=")[0])
        return " / ".join(nodes)

    def bench_query(sql, setup):
        for s in setup:
            cur.execute(s)
        plan = plan_summary(sql)
        runs, count, err = [], None, None
        other = 0.0
        for _ in range(args.repeat):
            busy0, pg0, self0 = cpu_busy_seconds(), pg_cpu_seconds(backend), time.process_time()
            t = now()
            try:
                cur.execute(sql)
                count = int(cur.fetchone()[0])
            except psycopg.errors.QueryCanceled:
                err = "cancelled by statement_timeout (%d s)" % args.timeout
                break
            dt = now() - t
            time.sleep(0.05)  # let the postmaster reap the parallel workers
            busy1, pg1, self1 = cpu_busy_seconds(), pg_cpu_seconds(backend), time.process_time()
            if pg0 is not None and pg1 is not None:
                other += max(0.0, (busy1 - busy0) - (pg1 - pg0) - (self1 - self0))
            runs.append(dt)
            if dt > args.pg_slow:  # don't repeat very slow plans (caps the peer's total time)
                break
        cur.execute("RESET ALL")
        cur.execute("SET statement_timeout = %d" % int(args.timeout * 1000))
        return runs, count, plan, err, other

    d = repr(float(dist))
    T = timings
    jit_off = ("SET jit = off",)
    join_sql = "SELECT count(*) FROM %s w JOIN %s s ON ST_DWithin(w.g, s.g, " + d + ")"
    variants = [
        # (task, peer, index seconds, sql, settings, note)
        ("join", "postgis-dwithin-default-csvorder", T["wells_fo.g"] + T["schools_fo.g"],
         join_sql % ("wells_fo", "schools_fo"), (),
         "geography ST_DWithin (use_spheroid default true), tables in CSV order, default settings "
         "(planner's plan, jit on)"),
        ("join", "postgis-dwithin-default-spatialorder", T["wells.g"] + T["schools.g"],
         join_sql % ("wells", "schools"), (),
         "geography ST_DWithin, tables in geohash order, default settings (planner's plan, jit on)"),
        ("join", "postgis-dwithin-probe-wells-csvorder", T["wells_fo.g"] + T["schools_fo.g"],
         join_sql % ("wells_fo", "schools_fo"), PG_PROBE_SETTINGS + jit_off,
         "geography ST_DWithin, tables in CSV order, schools (parallel seq scan) probe the wells "
         "GiST; parallel_setup_cost=0, min_parallel_table_scan_size=0, hash/merge join off, jit off"),
        ("join", "postgis-dwithin-probe-wells-spatialorder", T["wells.g"] + T["schools.g"],
         join_sql % ("wells", "schools"), PG_PROBE_SETTINGS + jit_off,
         "geography ST_DWithin, tables in geohash order, schools (parallel seq scan) probe the wells "
         "GiST; parallel_setup_cost=0, min_parallel_table_scan_size=0, hash/merge join off, jit off"),
        ("join", "postgis-dwithin-probe-wells-spatialorder-jit", T["wells.g"] + T["schools.g"],
         join_sql % ("wells", "schools"), PG_PROBE_SETTINGS,
         "as postgis-dwithin-probe-wells-spatialorder but jit left on (default)"),
        ("pip", "postgis-contains-default", T["wells.geom"] + T["munis.geom"],
         "SELECT count(*) FROM munis m JOIN wells w ON ST_Contains(m.geom, w.geom)", (),
         "geometry ST_Contains join, default settings (planner's plan, jit on); polygons don't "
         "overlap, so joined rows = wells inside"),
        ("pip", "postgis-within-default", T["wells.geom"] + T["munis.geom"],
         "SELECT count(*) FROM wells w JOIN munis m ON ST_Within(w.geom, m.geom)", (),
         "geometry ST_Within join, default settings (planner's plan, jit on)"),
        ("pip", "postgis-contains-probe-wells", T["wells.geom"] + T["munis.geom"],
         "SELECT count(*) FROM munis m JOIN wells w ON ST_Contains(m.geom, w.geom)",
         PG_PROBE_SETTINGS + jit_off,
         "geometry ST_Contains, polygons (parallel seq scan) probe the wells GiST, wells in geohash "
         "order; parallel_setup_cost=0, min_parallel_table_scan_size=0, hash/merge join off, jit off"),
    ]
    selected = set(v for v in args.pg_variants.split(",") if v) if args.pg_variants else None
    known = {v[1] for v in variants}
    for v in sorted((selected or set()) - known - {"none"}):
        print("peers.py: unknown PostGIS variant %r (known: %s)" % (v, ", ".join(sorted(known))),
              file=sys.stderr)
    for task, name, idx_s, sql, setup, note in variants:
        if selected is not None and name not in selected:
            continue
        load = os.getloadavg()[0]
        runs, count, plan, err, other = bench_query(sql, setup)
        out = {"task": task, "peer": name,
               "seconds": round(statistics.median(runs), 4) if runs else None,
               ("pairs" if task == "join" else "inside"): count,
               "metric": "wgs84" if task == "join" else "planar-lonlat",
               "index_seconds": round(idx_s, 3),
               "note": note + "; seconds = query only (median), index_seconds = the GiST builds used",
               "plan": plan, "runs": rounded(runs), "loadavg_1m_before": round(load, 2),
               "other_cpu_seconds": round(other, 2)}
        if err:
            out["error"] = err
        out.update(common)
        emit(out)


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("datadir")
    ap.add_argument("--distance", type=float, default=975.36, help="metres (default 975.36 = 3,200 ft)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per peer; the median is reported")
    ap.add_argument("--peers", default=",".join(ALL_PEERS),
                    help="comma-separated Python peers to run (default all: %s); '' for none"
                    % ",".join(ALL_PEERS))
    ap.add_argument("--postgis", nargs="?", const="", default=None, metavar="DSN",
                    help="also run the PostGIS peers against a server from scripts/bench/postgis.sh "
                         "(DSN default: $PUSHBACK_BENCH_PG or postgresql://postgres@127.0.0.1:55432/bench)")
    ap.add_argument("--pg-variants", default="",
                    help="comma-separated subset of PostGIS query variants (default all; 'none' "
                         "only loads/indexes, e.g. with --pg-keep)")
    ap.add_argument("--pg-slow", type=float, default=60.0,
                    help="a PostGIS query slower than this many seconds is not repeated (default 60)")
    ap.add_argument("--pg-keep", action="store_true", help="keep the PostGIS tables afterwards")
    ap.add_argument("--pg-reuse", action="store_true",
                    help="reuse tables/indexes (and their recorded build times) kept by an earlier "
                         "--pg-keep run on the same DATADIR instead of loading again")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="cap per peer (Python: whole peer incl. repeats; PostGIS: per statement), s")
    ap.add_argument("--crosscheck", action="store_true",
                    help="untimed: re-check borderline geodesic decisions with pure-Python geographiclib")
    args = ap.parse_args()
    args.peers = [p for p in args.peers.split(",") if p]
    for p in args.peers:
        if p not in ALL_PEERS:
            ap.error("unknown peer %r (known: %s)" % (p, ", ".join(ALL_PEERS)))
    if args.postgis is not None and not args.postgis:
        args.postgis = os.environ.get("PUSHBACK_BENCH_PG") or "postgresql://postgres@127.0.0.1:55432/bench"

    need_polys = any(p.startswith("pip-") for p in args.peers)
    data = Data(args.datadir, need_polys)
    emit({"task": "info", "datadir": os.path.abspath(args.datadir), "wells": len(data.wlat),
          "schools": len(data.slat), "polygons": None if data.polys is None else len(data.polys),
          "distance_m": args.distance, "repeat": args.repeat, "cpus": os.cpu_count(),
          "parse_seconds_untimed": round(data.parse_seconds, 3), "versions": versions()})
    python_peers(args, data)
    if args.postgis is not None:
        postgis_peers(args, args.datadir)


def versions():
    out = {"python": sys.version.split()[0], "numpy": np.__version__}
    for mod in ("scipy", "shapely", "pyproj", "geographiclib", "psycopg"):
        try:
            m = __import__(mod)
            out[mod] = getattr(m, "__version__", "?")
        except ImportError:
            pass
    try:
        import shapely
        out["geos"] = shapely.geos_version_string
        import pyproj
        out["proj"] = pyproj.proj_version_str
    except ImportError:
        pass
    return out


if __name__ == "__main__":
    main()
