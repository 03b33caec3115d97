#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes year.csv: a made-up headache diary of one year (1 March 2025 to 28 February 2026), one
row a day plus a second attack on some days, as a phone app or a spreadsheet might export it:
day/month/year dates, times as 07:30 or 2:15 pm, answers as yes/no, y/n or 1/0, triggers
separated by ';' or '|', decimal commas for sleep. Deterministic: run it again and the file is the
same. The diary tests and the CLI test import it; the fuzzer starts from it."""
import csv
import datetime
import io
import random
import sys

random.seed(20260302)
HEADER = ["Date", "Start", "End", "Intensity", "Location", "Aura", "Nausea", "Light", "Sound",
          "Medication", "Dose", "Medication time", "Helped", "Triggers", "Menstruation", "Sleep",
          "Stress", "What helped", "Missed"]
TRIGGERS = ["stress", "Weather", "red wine", "poor sleep", "Skipped meals", "screens"]
rows = []
day = datetime.date(2025, 3, 1)
headache_rows = 0
while day <= datetime.date(2026, 2, 28):
    date = day.strftime("%d/%m/%Y")
    period = "y" if (day.toordinal() % 28) < 5 else "n"
    sleep = random.choice(["6", "6,5", "7", "7.5", "8", ""])
    stress = random.choice(["1", "2", "3", "5", "7", ""])
    if random.random() < 0.25:
        headache_rows += 1
        start = random.choice(["07:30", "9:15", "2:15 pm", "18:00", "22:45"])
        end = random.choice(["", "11:00", "4 pm", "23:30", "03:00"])
        medication, dose, taken, helped = "", "", "", ""
        if random.random() < 0.5:
            medication, dose, taken, helped = "Sumatriptan", "50 mg", "10:00", random.choice(["yes", "no"])
        elif random.random() < 0.3:
            medication, dose, taken, helped = "Ibuprofen; Paracetamol", "400 mg; 1 g", "", "y; n"
        triggers = random.choice(["", TRIGGERS[0], "; ".join(random.sample(TRIGGERS, 2)),
                                  "|".join(random.sample(TRIGGERS, 2))])
        rows.append([date, start, end, str(random.randint(3, 9)), random.choice(["One side", "temples", "left eye"]),
                     random.choice(["no", "yes", ""]), random.choice(["1", "0"]), "yes", random.choice(["no", "yes"]),
                     medication, dose, taken, helped, triggers, period, sleep, stress,
                     random.choice(["", "Dark room, cold pack", "Sleep"]), random.choice(["0", "0", "1"])])
        if random.random() < 0.08:
            headache_rows += 1
            rows.append([date, "23:50", "", "5", "", "", "", "", "", "", "", "", "", "", period, "",
                         "", "", ""])
    else:
        rows.append([date, "", "", "0", "", "", "", "", "", "", "", "", "", "", period, sleep, stress,
                     "", ""])
    day += datetime.timedelta(days=1)

out = io.StringIO()
writer = csv.writer(out, lineterminator="\r\n")
writer.writerow(HEADER)
writer.writerows(rows)
with open("year.csv", "w", encoding="utf-8", newline="") as f:
    f.write(out.getvalue())
print(f"{len(rows)} rows, {headache_rows} headache rows", file=sys.stderr)
