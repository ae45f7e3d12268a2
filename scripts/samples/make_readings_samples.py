#!/usr/bin/env python3
"""Writes the synthetic gauge and chart-recorder logs in samples/inbox/readings/, byte for byte.

Each log belongs to the job of one sample JSA (samples/inbox/jsa/) and is in Pushback's readings
layout (docs/readings.md). The readings are invented; the wells are the JSAs' real ones. They
carry what real logs carry: gauge noise, a logger outage, fault codes in the value column, a
stretch written in kPa, naive timestamps with a separate UTC offset, and a chart recorder whose
clock was never set back from daylight saving time.

    python3 scripts/samples/make_readings_samples.py
"""
import datetime as dt
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "samples", "inbox", "readings")
KPA_PER_PSI = 6.894757293168


def iso(moment, offset_hours):
    zone = dt.timezone(dt.timedelta(hours=offset_hours))
    return moment.replace(tzinfo=zone).isoformat()


def mabee_140a_4404(rng):
    """MABEE 140A #4404 (42-003-46118), 2026-11-20, CST: the wellhead valve job of jsa-01.

    The JSA says the casing was bled to 0 psi at 08:10 and writes SICP 350 psi at 08:25. The
    logger shows the bleed-down stalling near 60 psig and the casing back above 300 psig by
    08:20: the claim is contradicted. Timestamps are ISO 8601 with the offset; the logger's
    modem dropped out from 09:35 to 10:20; two rows hold its fault code; from 11:00 the
    replacement transmitter reports in kPa — its 11:00 rows still tagged psig (a unit mix-up).
    """
    rows = []
    start = dt.datetime(2026, 11, 20, 6, 0)
    for step in range(0, 6 * 12 + 1):  # every 5 min, 06:00 to 12:00
        moment = start + dt.timedelta(minutes=5 * step)
        minutes = (moment - start).total_seconds() / 60
        if dt.datetime(2026, 11, 20, 9, 35) <= moment < dt.datetime(2026, 11, 20, 10, 20):
            continue  # modem outage: no rows at all
        tubing = 452 + rng.gauss(0, 1.5)
        if minutes < 120:  # before 08:00: shut in
            casing = 352 + rng.gauss(0, 1.5)
        elif minutes <= 130:  # 08:00-08:10: bleed-down that stalls
            casing = 352 - (minutes - 120) / 10 * 290 + rng.gauss(0, 2)
        else:  # pressure returns
            casing = min(355, 62 + (minutes - 130) * 28) + rng.gauss(0, 2)
        unit = "psig"
        if moment >= dt.datetime(2026, 11, 20, 11, 0):
            # The replacement transmitter reports kPa; its first rows still carry the old unit tag.
            unit = "kPa" if moment > dt.datetime(2026, 11, 20, 11, 0) else "psig"
            tubing *= KPA_PER_PSI
            casing *= KPA_PER_PSI
        stamp = iso(moment, -6)
        tubing_text = "ERR" if moment == dt.datetime(2026, 11, 20, 7, 15) else f"{tubing:.1f}"
        casing_text = "ERR" if moment == dt.datetime(2026, 11, 20, 10, 40) else f"{casing:.1f}"
        rows.append(f"{stamp},42-003-46118,tubing,{tubing_text},{unit},RTU-4404 PT-1")
        rows.append(f"{stamp},42-003-46118,csg,{casing_text},{unit},RTU-4404 PT-2")
    header = "timestamp,api,point,value,unit,gauge"
    return "mabee-140a-4404-rtu-2026-11-20.csv", header, rows


def mabee_140a_4404_history(day):
    """MABEE 140A #4404 (42-003-46118): an earlier monthly bleed-down test, CDT, on `day`.

    The casing, shut in near 300 psig, is bled to about 20 psig at 08:00-08:10 and watched until
    it is back, at 14:00: it builds back about 1 psi a minute (60 psi/h) — sustained casing
    pressure already, but slowly. On 2026-11-20 (the RTU log of
    jsa-01's job) it builds back about 500 psi/h: the history that makes the later build-up
    inconsistent with the well's own.
    """
    def make(rng):
        rows = []
        start = dt.datetime(day.year, day.month, day.day, 6, 0)
        for step in range(0, 8 * 12 + 1):  # every 5 min, 06:00 to 14:00
            moment = start + dt.timedelta(minutes=5 * step)
            minutes = (moment - start).total_seconds() / 60
            tubing = 455 + rng.gauss(0, 1.5)
            if minutes < 120:
                casing = 301 + rng.gauss(0, 1.5)
            elif minutes <= 130:  # 08:00-08:10: bled to ~20 psig
                casing = 301 - (minutes - 120) / 10 * 281 + rng.gauss(0, 1)
            else:  # builds back ~1 psi a minute
                casing = min(301, 20 + (minutes - 130) * 1.0) + rng.gauss(0, 1)
            stamp = iso(moment, -5)
            rows.append(f"{stamp},42-003-46118,tubing,{tubing:.1f},psig,RTU-4404 PT-1")
            rows.append(f"{stamp},42-003-46118,csg,{casing:.1f},psig,RTU-4404 PT-2")
        return f"mabee-140a-4404-rtu-{day.isoformat()}.csv", "timestamp,api,point,value,unit,gauge", rows
    make.__name__ = f"mabee_140a_4404_history_{day.isoformat()}"
    return make


def rohn_pc_ld_16_96hn(rng):
    """Rohn PC LD #16-96HN (05-123-33023), 2026-11-17, MST: the casing test of jsa-12.

    A chart recorder read once a minute. Its clock was left on MDT after daylight saving ended,
    while its export writes naive timestamps with November's offset (UTC-07:00) in a column of
    its own: every reading is stamped an hour late. The JSA's SICP 40 psi at 07:40 finds its
    match at the recorder's 08:40. The test starts at 1,500 psi and loses 90 psi in 30 minutes.
    """
    rows = []
    start = dt.datetime(2026, 11, 17, 8, 30)  # recorder clock (true 07:30 MST)
    for minute in range(0, 150):
        moment = start + dt.timedelta(minutes=minute)
        true_minutes = minute  # minutes after 07:30 MST
        if true_minutes < 25:  # shut in, ~40 psi
            casing = 40 + rng.gauss(0, 0.6)
        elif true_minutes < 30:  # bleed to 0 at 07:55
            casing = max(0.0, 40 - (true_minutes - 25) * 9 + rng.gauss(0, 0.5))
        elif true_minutes < 85:  # open while the packer is set
            casing = abs(rng.gauss(0, 0.4))
        elif true_minutes < 90:  # pressure up to 1500 by 09:00
            casing = (true_minutes - 85) / 5 * 1500
        elif true_minutes <= 120:  # the test: 1500 -> 1410 over 30 minutes
            casing = 1500 - (true_minutes - 90) * 3 + rng.gauss(0, 0.8)
        else:  # bled off after the test
            casing = max(0.0, 1410 - (true_minutes - 120) * 120)
        stamp = moment.strftime("%m/%d/%Y %I:%M:%S %p").lstrip("0")
        rows.append(f'{stamp},-07:00,05-123-33023,casing,{casing:.1f},psi,"Barton 202A, chart 17-96"')
    header = "timestamp,utc_offset,api,point,value,unit,gauge"
    return "rohn-pc-ld-16-96hn-chart-2026-11-17.csv", header, rows


def mabee_240a_2005(rng):
    """MABEE 240A #2005 (42-003-42706), 2026-10-30, CDT: the rod job of jsa-15.

    Casing bled from 60 psi to 0 at 07:45 and stays there: the log agrees with the JSA.
    """
    rows = []
    start = dt.datetime(2026, 10, 30, 6, 30)
    for step in range(0, 4 * 6 + 1):  # every 10 min, 06:30 to 10:30
        moment = start + dt.timedelta(minutes=10 * step)
        minutes = (moment - start).total_seconds() / 60
        tubing = 60 + rng.gauss(0, 0.8) if minutes < 85 else abs(rng.gauss(0, 0.5))
        casing = 60 + rng.gauss(0, 0.8) if minutes < 70 else abs(rng.gauss(0, 0.6))
        stamp = iso(moment, -5)
        rows.append(f"{stamp},4200342706,tbg,{tubing:.1f},psig,")
        rows.append(f"{stamp},4200342706,casing,{casing:.1f},psig,")
    header = "timestamp,api,point,value,unit,gauge"
    return "mabee-240a-2005-gauges-2026-10-30.csv", header, rows


def main():
    os.makedirs(OUT, exist_ok=True)
    history = [mabee_140a_4404_history(dt.date(2026, 9, 18)), mabee_140a_4404_history(dt.date(2026, 10, 16))]
    for make in [mabee_140a_4404, *history, rohn_pc_ld_16_96hn, mabee_240a_2005]:
        rng = random.Random(make.__name__)
        name, header, rows = make(rng)
        with open(os.path.join(OUT, name), "w", newline="") as out:
            out.write(header + "\r\n" + "\r\n".join(rows) + "\r\n")
        print(f"wrote {name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
