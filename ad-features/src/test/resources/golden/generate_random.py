#!/usr/bin/env python3
"""Writes the randomized golden-fixture input: raw JSON Lines in two files plus hourly weather.

Deterministic (fixed seed); standard library only. Exercises DATA-CONTRACT section 3: several
apartments and buildings over several weeks, counter resets, silences longer than the staleness
limit, rooms without setpoints, timestamps with UTC offsets, duplicates across files, lines out
of order, unknown sensor types, quarantined lines, and weather gaps (a building-day with no
weather, a day under 18 hours, missing temperatures).

  generate_random.py OUT_DIR
"""
import json, os, random, sys
from datetime import datetime, timedelta, timezone

SEED = 20241027
START = datetime(2024, 1, 1, tzinfo=timezone.utc)
DAYS = 24


def fmt(t, offset_h):
    local = t.astimezone(timezone(timedelta(hours=offset_h)))
    s = local.strftime("%Y-%m-%dT%H:%M:%S")
    if t.microsecond:
        s += ".%03d" % (t.microsecond // 1000)
    return s + ("Z" if offset_h == 0 and random.random() < 0.7 else local.strftime("%z")[:3] + ":" + local.strftime("%z")[3:])


def main(out):
    global random
    random = random.Random(SEED)
    os.makedirs(os.path.join(out, "raw", "late"), exist_ok=True)
    buildings = ["b1", "b2", "b3"]
    lines = []
    for a in range(8):
        apt, bldg = "apt_%02d" % a, buildings[a % 3]
        rooms = ["living", "bed", "kitchen"][: 1 + a % 3]
        no_setpoint = rooms[-1] if len(rooms) > 1 else None
        energy, water = random.uniform(1000, 20000), random.uniform(10000, 90000)
        first = START + timedelta(hours=random.uniform(0, 30))
        last = START + timedelta(days=DAYS - random.uniform(0, 3))
        silence = None
        if a % 4 == 1:
            s0 = START + timedelta(days=random.uniform(5, 12))
            silence = (s0, s0 + timedelta(hours=random.uniform(30, 90)))
        temp = {r: random.uniform(18, 22) for r in rooms}
        setp = {r: random.choice([19.0, 20.0, 21.0, 22.0]) for r in rooms}
        t = first
        while t < last:
            t += timedelta(minutes=random.choice([7, 15, 20, 30, 45, 60, 90]), seconds=random.choice([0, 0, 0, 17]))
            if silence and silence[0] <= t <= silence[1]:
                continue
            readings = []
            if random.random() < 0.8:
                if random.random() < 0.004:
                    energy = random.uniform(0, 5)  # meter replaced
                else:
                    energy += random.uniform(0, 1.2)
                readings.append({"sensor_type": "heating_energy_kwh", "value": round(energy, 3)})
            if a != 5 and random.random() < 0.5:
                water += random.uniform(0, 30)
                readings.append({"sensor_type": "hot_water_litres", "value": round(water, 2)})
            for r in rooms:
                if random.random() < 0.4:
                    temp[r] = round(temp[r] + random.uniform(-0.6, 0.6), 2)
                    reading = {"sensor_type": "room_temp_c", "value": temp[r]}
                    if r != "living" or random.random() < 0.5:
                        reading["room_name"] = r
                    readings.append(reading)
                if r != no_setpoint and random.random() < 0.05:
                    setp[r] = random.choice([19.0, 20.0, 21.0, 22.0])
                    reading = {"sensor_type": "setpoint_temp_c", "value": setp[r]}
                    if r != "living" or random.random() < 0.5:
                        reading["room_name"] = r
                    readings.append(reading)
            if random.random() < 0.02:
                readings.append({"sensor_type": "valve_position_pct", "value": random.randint(0, 100)})
            if not readings:
                continue
            line = {"timestamp_str": fmt(t, random.choice([0, 0, 0, 1, -5])), "building_id": bldg,
                    "apartment_id": apt, "readings": readings}
            lines.append(json.dumps(line))
            if random.random() < 0.01:  # a duplicate with a corrected value, which wins (later line)
                dup = dict(line, readings=[dict(readings[0], value=readings[0]["value"] + 0.5)])
                lines.append(json.dumps(dup))
    bad = ['{"timestamp_str": "2024-01-05 10:00:00Z", "building_id": "b1", "apartment_id": "apt_00", "readings": []}',
           '{"timestamp_str": "2024-01-05T10:00:00", "building_id": "b1", "apartment_id": "apt_00", "readings": []}',
           '{"timestamp_str": "2024-01-05T10:00:00Z", "building_id": "b1", "apartment_id": "apt_00", "readings": [{"sensor_type": "room_temp_c", "value": "21"}]}',
           '{"timestamp_str": "2024-01-05T10:00:00Z", "building_id": "", "apartment_id": "apt_00", "readings": []}',
           'not json at all']
    for b in bad:
        lines.insert(random.randrange(len(lines)), b)
    # shuffle a few blocks (late, out-of-order lines) and split across two files
    late = [l for i, l in enumerate(lines) if i % 17 == 3]
    main_lines = [l for i, l in enumerate(lines) if i % 17 != 3]
    random.shuffle(late)
    with open(os.path.join(out, "raw", "a.jsonl"), "w") as f:
        f.write("\n".join(main_lines) + "\n")
    with open(os.path.join(out, "raw", "late", "b.jsonl"), "w") as f:
        f.write("\n".join(late) + "\n")
    with open(os.path.join(out, "weather.csv"), "w") as f:
        f.write("building_id,timestamp_hour,temperature_c,humidity,solar_irradiance_ghi,is_holiday_flag\n")
        for bldg in buildings:
            base = random.uniform(-5, 8)
            for h in range(-24, (DAYS + 2) * 24):
                ts = START + timedelta(hours=h)
                day = h // 24
                if bldg == "b2" and day == 9:
                    continue  # a building-day without weather
                if bldg == "b3" and day == 13 and h % 24 >= 17:
                    continue  # 17 hours only
                temp = "" if random.random() < 0.03 else "%.2f" % (base + 4 * random.uniform(-1, 1) - 0.1 * day)
                f.write("%s,%s,%s,%.0f,%.0f,0\n" % (bldg, ts.strftime("%Y-%m-%dT%H:%M:%SZ"), temp,
                                                    random.uniform(50, 90), random.uniform(0, 300)))


if __name__ == "__main__":
    main(sys.argv[1])
