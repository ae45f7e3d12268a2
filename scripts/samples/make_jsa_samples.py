#!/usr/bin/env python3
"""Writes the sample Job Safety Analyses (JSAs) in samples/inbox/jsa/ -- 15 oilfield JSAs in five layouts
(Word table form, Excel permit checklist, foreman's narrative, scanned page, table-layout PDF) and
six formats (.docx, .xlsx, .txt, .md, text-layer .pdf, image-only .pdf).

Everything in the documents is FICTIONAL (companies, people, phone numbers in the 555-01xx range,
readings, events) EXCEPT the well identifiers: API numbers, lease / well names, PLSS calls and
coordinates are copied from public registry records so the documents can be linked to them:
  * Texas RRC well records for 42-003-46118 (MABEE 140A #4404) and 42-003-42706 (MABEE 240A #2005),
    Tests/Fixtures/real/documents/tx_rrc/ (W-2 and W-3A forms);
  * CalGEM Orphan Well Screening Prioritization list, samples/inbox/ca_calgem_orphan_wells_kern.csv;
  * ECMC (Colorado) well records, Tests/Fixtures/real/registries/co_weld_ecmc_selected_wells.csv.
The planted problems and the expected extraction of every file are in
Tests/Fixtures/jsa/expected/<file>.yaml (hand-written; see samples/jsa.md).

Requirements (what was used to produce the committed files):
    python3 -m venv /tmp/venv-jsa
    /tmp/venv-jsa/bin/pip install python-docx==1.2.0 openpyxl==3.1.5 reportlab==5.1.0 Pillow==13.0.0
    apt-get install -y poppler-utils fonts-dejavu-core     # pdftoppm (scan rendering) + DejaVu TTFs
    /tmp/venv-jsa/bin/python scripts/samples/make_jsa_samples.py

Determinism: DOCX/XLSX core properties carry a fixed created/modified time and every zip entry a
fixed timestamp; reportlab runs with invariant=1; the scans use fixed random seeds and Pillow is
given fixed PDF dates. Rerunning the script with the same library versions reproduces the files
byte for byte (checked by running it twice and comparing sha256 sums).
"""
import datetime as dt
import io
import random
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Inches
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "samples" / "inbox" / "jsa"
FIXED = dt.datetime(2026, 11, 1, 12, 0, 0)
FIXED_ZIP = (2026, 11, 1, 12, 0, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

CHECKED, UNCHECKED = "\u2612", "\u2610"  # ☒ ☐


# --------------------------------------------------------------------------------------------------
# Sample content.  Table-layout specs are shared by the DOCX, reportlab-PDF and scan writers.
# --------------------------------------------------------------------------------------------------

T1 = {  # DOCX, header as "Label: value" paragraphs, glyph checkboxes in a paragraph
    "file": "jsa-01-workover-mabee-140a-4404.docx",
    "title": "JOB SAFETY ANALYSIS (JSA)",
    "header_style": "paragraphs",
    "header": [
        [("Company", "Red Draw Well Service, LLC")],
        [("Operator", "COG Operating LLC")],
        [("Job/Task", "Pull tubing and replace wellhead valve")],
        [("Date", "11/20/2026"), ("Start time", "07:00")],
        [("Location", "15.7 miles NW of Midland, TX")],
        [("Lease/Well name", "MABEE 140A"), ("Well No.", "4404")],
        [("API No.", "42-003-46118")],
        [("County / Field", "Andrews / Spraberry (Trend Area)"), ("Rig", "Pulling unit #7")],
        [("Supervisor/Person in charge", "R. Salazar")],
        [("Emergency contact", "Andrews County EMS 911; Field office (432) 555-0142")],
        [("Muster point", "Lease road entrance, upwind of rig"), ("Wind direction", "SW 10-15 mph")],
    ],
    "steps": [
        ("Move in and rig up pulling unit",
         ["Struck-by rig traffic", "Overhead power lines"],
         ["Spotter for all backing", "Check clearance to lines before raising derrick"]),
        ("Bleed down casing and tubing to tank",
         ["Trapped pressure", "Gas release"],
         ["Bled csg to 0 psi @ 08:10", "Personal H2S monitors on, stand upwind"]),
        ("Nipple down wellhead, nipple up BOP",
         ["Pinch points", "Dropped objects"],
         ["Hands-free tools and tag lines", "Function tested BOP OK"]),
        ("Pull tubing and lay down on racks",
         ["Swinging pipe", "Slips and trips on wet floor"],
         ["Keep clear of pipe path", "Clean rig floor each connection"]),
        ("Replace wellhead valve (2-9/16\" 5M gate)",
         ["Stored energy at wellhead", "Heavy lift"],
         ["LOTO on pumping unit", "Use rig winch, no manual lifting over 50 lb"]),
        ("Run tubing back in, nipple down BOP, nipple up wellhead",
         ["Pinch points"],
         ["Good communication between operator and floorhands"]),
        ("Rig down and clean location",
         ["Struck-by equipment", "Spills"],
         ["Spotter for rig down", "Spill kit on location"]),
    ],
    "ppe": [("Hard hat", True), ("Safety glasses", True), ("FRC", True), ("Steel-toe boots", True),
            ("Gloves", True), ("H2S monitor", True), ("SCBA", False), ("Fall protection", False),
            ("Hearing protection", True), ("Face shield", False)],
    "permits": [("Hot work", False), ("Confined space", False), ("Cold work", True), ("LOTO", True)],
    "gas": [("06:50", "0", "0", "20.9", "0"), ("08:15", "2", "0", "20.9", "0")],
    "readings_title": "Pressure readings",
    "readings": ["SITP 450 psig @ 07:40", "SICP 350 psi @ 08:25"],
    "swa": "STOP WORK AUTHORITY: Every person on this location has Stop Work Authority (SWA) and is "
           "expected to use it.",
    "signoff_cols": ["Name", "Signature/Initials", "Time"],
    "signoffs": [("R. Salazar", "RS", "06:55"), ("J. Ortega", "JO", "06:55"),
                 ("D. Whitfield", "DW", "06:56"), ("K. Tso", "KT", "06:56")],
}

T2 = {  # DOCX, header as a 4-column grid table, checkboxes in table cells, sign-off with position
    "file": "jsa-02-hot-work-flowline-kcl-d67.docx",
    "title": "JSA / HOT WORK - FLOWLINE REPAIR",
    "header_style": "grid",
    "header": [
        [("Company", "Tejon Ridge Welding & Pipeline Inc."), ("Date", "2026-11-05")],
        [("Job/Task", "Flowline repair - cut out leak and weld in new 3\" spool (hot work)"),
         ("Start time", "07:00")],
        [("Operator of record", "Griffin Resources, LLC"), ("Field", "Fruitvale")],
        [("Lease/Well name", "K.C.L."), ("Well No.", "D67")],
        [("API No.", "04-029-08251"), ("Location", "35.35692, -119.06213 (NAD83)")],
        [("Person in charge", "G. Villanueva"), ("Hot work permit no.", "HW-1105-02")],
        [("Emergency contact", "Kern County Fire/EMS 911; Tejon Ridge dispatch (661) 555-0178")],
        [("Muster point", "Gate on north side of pad"), ("Wind", "NW 5 mph")],
        [("Nearby", "Wayne Van Horn Elementary approx. 380 ft WSW of well - notify school office "
                    "before hot work")],
    ],
    "steps": [
        ("Isolate and bleed flowline",
         ["Trapped pressure", "Oil spray / spill"],
         ["Wing valve and header valve closed, blind installed at header",
          "Flowline bled to 0 psi @ 07:05"]),
        ("Expose flowline at leak",
         ["Cave-in", "Underground utilities"],
         ["811 ticket B26-1104-0231 verified", "Hand dig within 24 in of marks"]),
        ("Gas test work area",
         ["Flammable atmosphere"],
         ["Gas test OK for hot work", "Continuous LEL monitor at excavation"]),
        ("Cut out leaking section",
         ["Residual oil ignition", "Sharp edges"],
         ["20 lb ABC extinguisher at hand", "Cut-resistant gloves"]),
        ("Weld in new spool",
         ["Burns / arc flash", "Fire"],
         ["Welding hood and FR leathers", "Fire watch posted during and 30 min after welding"]),
        ("Pressure test flowline",
         ["Line failure under pressure"],
         ["Pressure test passed 150 psi 30 min"]),
        ("Backfill and clean up",
         ["Struck-by equipment"],
         ["Spotter for backhoe"]),
    ],
    "ppe": [("Hard hat", True), ("Safety glasses", True), ("FRC", True), ("Steel-toe boots", True),
            ("Gloves", True), ("Face shield / welding hood", True), ("Hearing protection", True),
            ("H2S monitor", False), ("SCBA", False), ("Fall protection", False)],
    "permits": [("Hot work", True), ("Confined space", False), ("Cold work", False), ("LOTO", False)],
    "gas": [("07:15", "0", "12", "20.8", "3"), ("09:10", "0", "4", "20.9", "2")],
    "swa": "Stop Work Authority (SWA): any worker may stop the job if conditions change.",
    "signoff_cols": ["Name", "Position", "Signature/Initials", "Time"],
    "signoffs": [("G. Villanueva", "Foreman / Person in charge", "GV", "06:45"),
                 ("R. Mendoza", "Welder", "RM", "06:46"),
                 ("S. Chavez", "Welder helper", "SC", "06:46"),
                 ("T. Nguyen", "Fire watch", "TN", "06:47"),
                 ("B. Lowry", "Backhoe operator", "BL", "06:48")],
}

T3 = {  # DOCX, grid header, PPE/permits as Word checkbox content controls (w14:checkbox in w:sdt)
    "file": "jsa-03-pa-cement-plug-state-8-60-16-1h.docx",
    "title": "JOB SAFETY ANALYSIS - PLUG & ABANDON",
    "header_style": "grid",
    "checkbox_style": "sdt",
    "header": [
        [("Company", "Pawnee Grass Plugging & Abandonment Co."), ("Operator", "Noble Energy Inc")],
        [("Job/Task", "Plug and abandon - set balanced cement plug"), ("Date", "Oct 28 2026")],
        [("Lease/Well name", "State 8-60"), ("Well No.", "16-1H")],
        [("API No.", "05-123-32812"), ("Start time", "07:00")],
        [("Location", "NWNE Sec 16 T8N R60W 6th PM, 600' FNL 1980' FEL")],
        [("County", "Weld County, CO"), ("Person in charge", "T. Lindqvist")],
        [("Emergency contact", "Weld County 911; Pawnee Grass office (970) 555-0131")],
        [("Muster point", "SE corner of location"), ("Wind", "W 15 mph")],
    ],
    "steps": [
        ("Move in and rig up workover rig",
         ["Overhead power lines", "Struck-by during rig up"],
         ["Spotter and power line check before raising mast", "Exclusion zone around guy wires"]),
        ("Check well pressures",
         ["Trapped pressure"],
         ["SITP 0 psi @ 07:20", "SICP 0 psi @ 07:20", "Bradenhead 0 psi @ 07:20"]),
        ("Nipple up and function test BOP",
         ["Pinch points", "Hydraulic hose failure"],
         ["Function tested BOP OK @ 08:05", "Hoses whip-checked"]),
        ("RIH with tubing to 6,250'",
         ["Dropped pipe", "Hand injuries"],
         ["Elevators latched and checked each joint", "Tag lines on all lifts"]),
        ("Pressure test casing",
         ["Casing or line failure"],
         ["Pressure test passed 1000 psi 30 min, 1000/990 psi"]),
        ("Mix and pump 25 sx cement balanced plug",
         ["Chemical burns from cement", "High-pressure lines"],
         ["Chemical goggles and gloves at mixing tub", "Nobody steps over pressured lines"]),
        ("POOH, WOC and tag plug",
         ["Swinging pipe", "Fatigue"],
         ["Clear communication with derrickhand", "Rotate crew on breaks"]),
        ("Rig down and move out",
         ["Struck-by traffic"],
         ["Spotter for all backing"]),
    ],
    "ppe": [("Hard hat", True), ("Safety glasses", True), ("FRC", True), ("Steel-toe boots", True),
            ("Gloves", True), ("H2S monitor", True), ("Hearing protection", True),
            ("Chemical goggles", True), ("SCBA", False), ("Fall protection", False),
            ("Face shield", False)],
    "permits": [("Cold work", True), ("Hot work", False), ("Confined space", False), ("LOTO", False)],
    "gas": [("06:45", "0", "0", "20.9", "0")],
    "swa": "All personnel have Stop Work Authority (SWA). Use it.",
    "signoff_cols": ["Name", "Signature/Initials", "Time"],
    "signoffs": [("T. Lindqvist", "TL", "06:40"), ("M. Brandt", "MB", "06:41"),
                 ("E. Sandoval", "ES", "06:41"), ("J. Whitehorse", "JW", "06:42")],
}

T4 = {  # DOCX, header as tab-separated paragraphs, 12-hour start time, PIC row unsigned
    "file": "jsa-04-wellhead-valve-caldwell-13.docx",
    "title": "JOB SAFETY ANALYSIS",
    "header_style": "paragraphs",
    "header": [
        [("Company", "Kettleman Bluff Field Services Inc.")],
        [("Operator of record", "Arthur McAdams"), ("Field", "Round Mountain")],
        [("Job/Task", "Replace master valve on water disposal wellhead")],
        [("Date", "20-Nov-26"), ("Start time", "6:30 AM")],
        [("Lease/Well name", "Caldwell"), ("Well No.", "13"), ("API No.", "0402976603")],
        [("Location", "35\u00b030'19.4\"N 118\u00b053'16.6\"W")],
        [("Person in charge", "M. Okafor")],
        [("Emergency contact", "Kern County 911; KBFS field supervisor (661) 555-0163")],
        [("Muster point", "Truck parking at lease entrance"), ("Wind", "light from N")],
    ],
    "steps": [
        ("Shut in injection and LOTO injection pump",
         ["Unexpected pump start", "Stored electrical energy"],
         ["LOTO applied to injection pump panel, lock #14", "Try-start verified"]),
        ("Bleed tubing to tank",
         ["Trapped pressure", "Produced water spray"],
         ["Bled tbg to 0 psi @ 07:20", "Open valves slowly, stand to the side"]),
        ("Check annulus pressure",
         ["Annular pressure"],
         ["Annulus 0 psi @ 07:25"]),
        ("Remove old master valve",
         ["Heavy lift (valve approx. 180 lb)", "Pinch points"],
         ["Boom truck and tag lines", "Hands clear of flange"]),
        ("Install new 2-1/16\" 3M master valve",
         ["Leaks from improper make-up"],
         ["New ring gasket, torque studs in star pattern", "New master valve checked OK"]),
        ("Return well to injection",
         ["Line pressure surge"],
         ["Remove LOTO only after all personnel clear", "Open valves slowly"]),
    ],
    "ppe": [("Hard hat", True), ("Safety glasses", True), ("FRC", True), ("Steel-toe boots", True),
            ("Gloves", True), ("Face shield", True), ("H2S monitor", False), ("SCBA", False),
            ("Hearing protection", False), ("Fall protection", False)],
    "permits": [("Hot work", False), ("Confined space", False), ("Cold work", True), ("LOTO", True)],
    "gas": [("06:25", "0", "0", "20.9", "0")],
    "swa": "Everyone has Stop Work Authority (SWA) - stop the job if anything looks wrong.",
    "signoff_cols": ["Name", "Signature/Initials", "Time"],
    "signoffs": [("M. Okafor (Person in charge)", "", ""), ("L. Pham", "LP", "06:20"),
                 ("C. Ibarra", "CI", "06:21")],
}

S1 = {  # table layout rendered to an image-only PDF
    "file": "jsa-11-scan-hot-work-afana-10.pdf",
    "title": "JOB SAFETY ANALYSIS - HOT WORK",
    "header": [
        [("Company", "Bluff Road Welding LLC"), ("Date", "11/09/2026")],
        [("Job/Task", "Weld repair on flowline header at tank battery (hot work)"),
         ("Start time", "08:00")],
        [("Operator of record", "Zynergy, LLC"), ("Field", "Kern Bluff")],
        [("Lease/Well name", "Afana"), ("Well No.", "10")],
        [("API No.", "04-029-51203"), ("Person in charge", "J. Estrada")],
        [("Location", "from the tank battery walk east about 200 paces")],
        [("Emergency contact", "Kern County Fire/EMS 911; Bluff Road shop (661) 555-0149")],
        [("Muster point", "Lease gate"), ("Wind", "NE 5 mph")],
    ],
    "steps": [
        ("Isolate and bleed flowline header",
         ["Trapped pressure", "Oil spill"],
         ["Header valves closed and blinded", "Flowline bled to 0 psi @ 07:50"]),
        ("Set up welding machine and fire equipment",
         ["Ignition sources", "Electrical shock"],
         ["Welder grounded to pipe", "Two 20 lb extinguishers at work area"]),
        ("Weld repair on header",
         ["Fire / explosion", "Burns"],
         ["Hot work permit HW-1109-01 posted", "Fire watch during welding"]),
        ("Inspect weld and return to service",
         ["Leaks under pressure"],
         ["Open valves slowly, check for leaks"]),
        ("Clean up",
         ["Smoldering material"],
         ["Fire watch 30 min after welding"]),
    ],
    "ppe": [("Hard hat", True), ("Safety glasses", True), ("FRC", True), ("Steel-toe boots", True),
            ("Gloves", True), ("Face shield", True), ("H2S monitor", False), ("SCBA", False),
            ("Hearing protection", False), ("Fall protection", False)],
    "permits": [("Hot work", True), ("Confined space", False), ("Cold work", False), ("LOTO", False)],
    "gas": [("08:05", "0", "", "20.9", "0")],
    "swa": "Stop Work Authority (SWA): anyone can stop the job.",
    "signoff_cols": ["Name", "Signature/Initials", "Time"],
    "signoffs": [("J. Estrada", "JE", "07:40"), ("O. Rangel", "OR", "07:41"),
                 ("W. Pike", "WP", "07:42")],
}

P1 = {  # reportlab table-layout PDF with a text layer (clean)
    "file": "jsa-13-table-swab-timbro-federal-ld08-62hn.pdf",
    "title": "JOB SAFETY ANALYSIS (JSA)",
    "header": [
        [("Company", "Chalk Bluff Well Service LLC"), ("Date", "2026-11-16")],
        [("Job/Task", "Rig up swab unit and swab tubing (cold work)"), ("Start time", "07:00")],
        [("Operator", "Noble Energy Inc"), ("County", "Weld County, CO")],
        [("Lease/Well name", "Timbro Federal"), ("Well No.", "LD08-62HN")],
        [("API No.", "05-123-33067"), ("Person in charge", "N. Eriksen")],
        [("Location", "SESE Sec 8 T9N R58W 6th PM, 501' FSL 501' FEL")],
        [("Emergency contact", "Weld County 911; Chalk Bluff office (970) 555-0124")],
        [("Muster point", "North edge of pad by the lease road"), ("Wind", "NW 10 mph")],
    ],
    "steps": [
        ("Move in and rig up swab unit",
         ["Overhead lines", "Struck-by"],
         ["Line clearance checked before raising mast", "Spotter for backing"]),
        ("Check pressures and bleed down",
         ["Trapped pressure", "Gas release"],
         ["SITP 180 psi @ 07:25", "Bled tbg to 0 psi @ 07:40 through choke to flowback tank"]),
        ("Nipple up wireline BOP and lubricator",
         ["Pinch points", "Pressure release"],
         ["Function tested BOP OK @ 07:55", "Hands clear when making up unions"]),
        ("Swab tubing",
         ["Swab line parting", "Fluid and gas release at surface", "H2S"],
         ["Inspect sandline daily", "Swab to flowback tank, stand upwind",
          "Personal H2S monitors worn"]),
        ("Rig down swab unit",
         ["Dropped objects"],
         ["Lower mast with spotter and tag lines"]),
    ],
    "ppe": [("Hard hat", True), ("Safety glasses", True), ("FRC", True), ("Steel-toe boots", True),
            ("Gloves", True), ("H2S monitor", True), ("Hearing protection", False), ("SCBA", False),
            ("Fall protection", False), ("Face shield", False)],
    "permits": [("Cold work", True), ("Hot work", False), ("Confined space", False), ("LOTO", False)],
    "gas": [("06:50", "0", "0", "20.9", "0"), ("10:30", "0", "1", "20.9", "0")],
    "readings_title": "Readings",
    "readings": ["SICP 220 psi @ 07:25 (annulus left shut in)"],
    "swa": "Every person on location has Stop Work Authority (SWA).",
    "signoff_cols": ["Name", "Signature/Initials", "Time"],
    "signoffs": [("N. Eriksen", "NE", "06:45"), ("G. Lambert", "GL", "06:46"),
                 ("R. Vigil", "RV", "06:46")],
}

P2 = {  # reportlab table-layout PDF: JSA dated the day after the job, one sign-off without time
    "file": "jsa-14-table-rig-down-mabee-240a-2005.pdf",
    "title": "JOB SAFETY ANALYSIS (JSA)",
    "header": [
        [("Company", "Seminole Draw Well Service LLC"), ("JSA date", "11/21/2026")],
        [("Job/Task", "Rig down pulling unit and move to next well"), ("Job date", "11/20/2026")],
        [("Operator", "Reliance Energy, Inc."), ("Start time", "13:00")],
        [("Lease/Well name", "MABEE 240A"), ("Well No.", "2005")],
        [("API No.", "42-003-42706"), ("Person in charge", "B. Kowalski")],
        [("Location", "16.2 miles SE of Andrews, TX")],
        [("Emergency contact", "Andrews County EMS 911; Seminole Draw office (432) 555-0166")],
        [("Muster point", "Lease road at cattle guard"), ("Wind", "S 20 mph")],
    ],
    "steps": [
        ("Secure well and cap wellhead",
         ["Trapped pressure"],
         ["SICP 0 psi @ 12:45", "Wellhead valves closed and capped"]),
        ("Lay down derrick",
         ["Dropped objects", "Struck-by"],
         ["Clear area and use spotter", "Tag lines on traveling block"]),
        ("Rig down pump and tank",
         ["Fluid spills", "Pinch points"],
         ["Drain lines to tank", "Gloves and hands-free tools"]),
        ("Move rig to next location",
         ["Rig traffic", "Overhead power lines"],
         ["Escort vehicle", "Derrick down and pinned"]),
    ],
    "ppe": [("Hard hat", True), ("Safety glasses", True), ("FRC", True), ("Steel-toe boots", True),
            ("Gloves", True), ("H2S monitor", True), ("SCBA", False), ("Fall protection", False),
            ("Hearing protection", False), ("Face shield", False)],
    "permits": [("Hot work", False), ("Confined space", False), ("Cold work", False), ("LOTO", False)],
    "gas": [("12:40", "0", "0", "20.9", "0")],
    "swa": "Stop Work Authority (SWA) applies to everyone on location.",
    "signoff_cols": ["Name", "Signature/Initials", "Time"],
    "signoffs": [("B. Kowalski", "BK", "12:50"), ("T. Arnett", "TA", ""),
                 ("V. Morales", "VM", "12:51")],
}

# ---- narratives -----------------------------------------------------------------------------------

N1_TXT = """\
RED DRAW WELL SERVICE, LLC
TAILGATE MEETING / JSA - RIG 7 (PULLING UNIT)

Date: Nov 19 2026          Start: 07:00
Customer: COG Operating LLC
Lease: MABEE 140A   Well #4404   API# 42-003-4611
Location: 15.7 miles NW of Midland, TX (Andrews Co.)
Job: Pull tubing, run packer and test casing
Foreman / person in charge: W. Harlan

Held JSA w/ crew @ 0645 at the doghouse. Wind out of the S ~10 mph, muster pt is the
cattle guard on the lease rd (upwind). Talked SWA - anybody can shut the job down, no
questions asked.

PPE: hard hats, safety glasses, FRC, steel toes, gloves, personal H2S monitors on
everybody. Ear plugs on the floor when the motor is running.

Gas check @ 06:50: H2S 0 ppm, LEL 0%, O2 20.9%.
SITP 450 psig, SICP 120 psig @ 07:05.
Function tested BOP OK @ 07:15.
Bled csg to 0 psi 07:30, tbg to 0 psi 07:40, both stayed dead.

Steps:
1) RU pump & lines
2) POOH w/ 2-3/8" tbg, LD bad jts
3) PU pkr, RIH, set @ 7,950'
4) Test csg
5) RD pump, SDFN

Hazards: pinch pts on tongs & elevators; slick floor; trapped pressure; overhead loads
Controls: hands off pipe while it's moving; clean floor & mats every stand; bleed down & verify w/ gauge; tag lines, nobody under the load

Pressure test passed 1500 psi 15 min, no bleed off. Released pkr 11:40.

Emergency: Andrews Co. EMS 911 / Permian Regional Medical Center, Andrews; Red Draw office (432) 555-0142

Crew signed:
W. Harlan (rig supv) 06:55
J. Ortega 06:56
D. Whitfield 06:56
K. Tso 06:57
"""

N2_MD = """\
# Tailgate JSA - P&A cement plug, Jameson Trust 10

**Company:** Sunset Valley Plugging Co.  
**Job:** P&A cement plug  
**Date:** 2026-10-22  
**Start time:** 06:45  
**Well:** Jameson Trust 10  
**API:** 0402948575  
**Field / County:** Midway-Sunset, Kern County, CA  
**Location:** by the old pump jack past the cattle guard  
**Person in charge:** D. Arreola  
**Emergency:** Kern County Fire/EMS 911; Sunset Valley yard (661) 555-0117

## Tailgate notes

Held JSA w/ crew @ 0630 next to the rig. Conley Elementary is ~800 ft W of the well - no
venting to atmosphere, keep trucks off Rose Ave during drop-off (07:30-08:10). Wind light
from the NW, muster at the cattle guard. Reminded everyone of SWA - anybody can stop the job.

SITP 2400 kPa @ 06:50 - below our 300 psi max for bleeding to the open-top tank, OK to bleed.
Bled tbg to 0 psi @ 07:25. SICP 0 psi.

Gas @ 06:40: H2S 0 ppm / LEL 0 % / O2 20.9 % / CO 0 ppm

PPE: hard hat, safety glasses, FRC, steel-toe boots, gloves, chemical goggles, H2S monitor.
Permits: cold work permit #CW-1022 issued.

## Job steps

1. MIRU cement unit & pump lines
2. Bleed tbg to open-top tank
3. RIH open-ended to 2,150'
4. Pump 30 sx Class G balanced plug 2,150'-1,900'
5. POOH, WOC 4 hrs
6. Tag TOC & pressure test plug
7. RDMO

**Hazards:** trapped pressure; cement burns; high-pressure pump lines; pinch points; school nearby  
**Controls:** bleed slow through choke; goggles & gloves at the tub; nobody steps over lines; hands clear of slips; no venting, trucks stay off Rose Ave

## Results

Tagged TOC @ 1,905'. Pressure test passed 500 psi 30 min (500/495 psi).

## Sign-off

| Name | Initials | Time |
|---|---|---|
| D. Arreola (person in charge) | DA | 06:35 |
| H. Castaneda | HC | 06:36 |
| R. Yazzie | RY | 06:10 |
| F. Montoya | FM | 06:37 |
"""

N3_LINES = [  # narrative PDF with a text layer (clean)
    ("h", "BUTTONWILLOW RIG MOVING CO. - JSA / TAILGATE MEETING"),
    ("p", "Date: 11/03/2026 &nbsp;&nbsp;&nbsp; Start time: 09:30"),
    ("p", "Well: Miami 1 &nbsp;&nbsp; API 04-029-08510 &nbsp;&nbsp; Field: Fruitvale, Kern Co."),
    ("p", "Location: 35.38555, -119.08036 (NAD27)"),
    ("p", "Job: Rig move - move workover rig onto Miami 1 and rig up"),
    ("p", "Person in charge: A. Figueroa"),
    ("p", "Emergency: Kern County Fire/EMS 911; Buttonwillow dispatch (661) 555-0105"),
    ("s", ""),
    ("p", "Held JSA @ 09:15 w/ rig crew and truck drivers at the staging area. Walked the route "
          "first: one overhead line crossing on the lease road (~28 ft clearance) - derrick stays "
          "down &amp; pinned, flagger at the crossing. Vista West Continuation High is ~900 ft SSW; "
          "10 mph on the lease, no moves on Rosedale Hwy during school release (14:30-15:15). "
          "Wind W 5-10 mph, muster point at the lease gate. SWA covered - everybody has it and "
          "should use it."),
    ("p", "PPE: hard hats, safety glasses, FRC, steel toes, gloves, hi-vis vests, hearing "
          "protection around the winch trucks."),
    ("p", "Steps: 1) Lower derrick &amp; secure 2) Load out w/ winch trucks 3) Escort along lease "
          "road 4) Spot rig on Miami 1 5) Level, raise derrick &amp; guy out"),
    ("p", "Hazards: overhead power lines; struck-by / caught-between; load shift; soft ground at "
          "the pad"),
    ("p", "Controls: flagger and line clearance check; spotter on every backing move, nobody "
          "between truck and load; chains &amp; binders checked before leaving; mats under the "
          "rig at the pad"),
    ("p", "Gas check @ wellhead 10:20: H2S 0 ppm, LEL 0 %, O2 20.9 %."),
    ("p", "SITP 0 psi @ 10:25, SICP 0 psi @ 10:25 - checked w/ gauge before spotting rig."),
    ("p", "Sign-off: A. Figueroa (PIC) 09:25; M. Reyes 09:25; J. Colvin 09:26; S. Park 09:26"),
]

S2_TXT = """\
HIGH PLAINS WELL TESTING LLC -- JSA / TAILGATE
Date: 11/17/2026      Start time: 07:30
Operator: Noble Energy Inc
Well: Rohn PC LD #16-96HN     API No. 05-123-33023
Location: SWSW 9-9N-58W, 250 FSL & 250 FWL, Weld Co.
Job: Pressure test of casing before return to production
Person in charge: K. Haugen

Held JSA w/ crew @ 07:10. Wind NW 20 mph, muster at the
lease road turnout. SWA reviewed - anyone can stop the job.

PPE: hard hats, glasses, FRC, steel toes, gloves, H2S monitors.

Gas @ 07:15: H2S 0 ppm, LEL 0 %, O2 20.9 %, CO 0 ppm.
SICP 40 psi @ 07:40. Bled csg to 0 psi @ 07:55.

Steps:
1) RU test pump & chart recorder
2) Fill csg w/ fresh water
3) Pressure up to 1500 psi
4) Hold 30 min on chart
5) Bleed off & RD

Hazards: high pressure lines; hose whip; cold stress
Controls: exclusion zone, nobody near lines while
  pressured; whip checks on all connections; warm-up
  breaks in the truck

Csg test started 1500 psi @ 09:00, 1410 psi @ 09:30 - test passed.

Emergency: Weld County 911; High Plains office (970) 555-0188

Crew: K. Haugen (PIC) 07:20, B. Schafer 07:21, L. Ortiz 07:21
"""

N4_TXT = """\
PECOS FLATS WORKOVER LLC - JSA / TAILGATE
10/30/2026   Start: 06:45
Cust: OXY USA Inc.
Lease: MABEE 140A #4404   API 42-003-42706
Where: about three cigarettes east of the battery (Andrews Co.)
Job: RU workover rig, unseat pump & pull rods
Supv: C. Dunaway

Started RU 06:45. Held JSA w/ crew @ 07:15 (late, crew truck broke down).
Wind NE 10 mph, muster at the battery. SWA - everybody has it, use it.
PPE: hard hat, glasses, FRC, steel toes, gloves, H2S monitors, harness for the derrickhand.
Gas @ 07:20: H2S 0 ppm, LEL 0 %, O2 20.9 %.
SITP 60 psi @ 07:25, SICP 60 psi @ 07:25. Bled csg to 0 psi @ 07:45.
LOTO on pumping unit brake & prime mover.

Steps: 1) RU rig 2) Unseat pump 3) POOH w/ rods, LD on trailer 4) SDFN
Hazards: rod whip; pinch pts; falling from rod basket; H2S
Controls: keep clear of rod string; gloves & hands-free; fall protection in the basket; monitors on, stay upwind

Emergency: Andrews Co EMS 911; Pecos Flats yard (432) 555-0173
Crew: C. Dunaway 07:20, A. Quintana 07:21, S. Becenti 07:21
"""

# ---- spreadsheets ---------------------------------------------------------------------------------

X1 = {  # confined-space tank entry checklist, real cell types
    "file": "jsa-05-tank-entry-checklist-mabee-240a.xlsx",
    "title": "JSA / CONFINED SPACE ENTRY CHECKLIST - TANK CLEANING",
    "typed": True,
    "shared_strings": True,
    "date_format": "mm/dd/yyyy",
    "header": [
        ("Company", "Sand Hills Tank & Vessel LLC"),
        ("Operator", "Reliance Energy, Inc."),
        ("Job / Task", "Tank cleaning - 500 bbl produced water tank entry (confined space)"),
        ("Date", dt.date(2026, 11, 12)),
        ("Start time", dt.time(7, 0)),
        ("Location", "16.2 miles SE of Andrews, TX"),
        ("Lease", "MABEE 240A"),
        ("Well No.", 2005),
        ("API No.", "42-003-42706"),
        ("Person in charge", "L. Marquez"),
        ("Emergency contact", "Andrews County EMS 911; Sand Hills dispatch (432) 555-0190"),
        ("Stop work authority", "Yes - all personnel"),
        ("Muster point", "Upwind at lease gate"),
        ("Wind direction", "S 10 mph"),
        ("Entry time", dt.time(7, 35)),
    ],
    "checklist": [
        ("Confined space entry permit issued", "Y"),
        ("Attendant assigned at manway", "N"),
        ("Tank isolated - inlet/outlet valves closed & LOTO applied", "Y"),
        ("Blinds installed on fill and equalizer lines", "Y"),
        ("Tank bled to 0 psi / vented", "Y"),
        ("Forced-air ventilation running", "Y"),
        ("H2S monitor bump tested", "Y"),
        ("Retrieval tripod and rescue plan on site", "Y"),
        ("Hot work permit issued", "NA"),
    ],
    "ppe": [("Hard hat", "Y"), ("Safety glasses", "Y"), ("FR clothing", "Y"),
            ("Steel-toe boots", "Y"), ("Gloves", "Y"), ("Personal H2S monitor", "Y"),
            ("Full-body harness w/ retrieval line", "Y"), ("Respirator (APR)", "Y"),
            ("SCBA", "N"), ("Chemical goggles", "N")],
    "gas": [(dt.time(7, 20), 0, 2, 19.0, 4), (dt.time(8, 30), 0, 1, 19.2, 3)],
    "steps": [
        ("Isolate and LOTO tank lines", "Unexpected fluid or pressure", "LOTO applied, blinds installed"),
        ("Vent and vacuum out tank", "H2S / hydrocarbon vapors", "Vac truck grounded, monitor continuously"),
        ("Open manway and ventilate", "Oxygen-deficient atmosphere", "Blower running 30 min before entry"),
        ("Enter tank and clean sludge", "Engulfment and heat stress", "Rotate entrants every 30 min"),
        ("Exit, close tank, remove LOTO", "Pinch points", "Two-person lift on manway cover"),
    ],
    "crew_cols": ["Name", "Role", "Initials", "Time"],
    "crew": [("L. Marquez", "Person in charge", "LM", dt.time(6, 50)),
             ("A. Benally", "Entrant", "AB", dt.time(6, 52)),
             ("C. Duarte", "Entrant", "CD", dt.time(6, 52)),
             ("P. Haskins", "Vac truck operator", "PH", dt.time(6, 53))],
}

X2 = {  # H2S-area gauging, every cell is text, two sheets, openpyxl's inline strings kept
    "file": "jsa-06-h2s-gauging-checklist-rohn-pc-ld.xlsx",
    "title": "FIELD JSA - TANK GAUGING / WELL CHECK",
    "typed": False,
    "header": [
        ("Company", "Igo Creek Pumping Services LLC"),
        ("Operator", "Noble Energy Inc"),
        ("Job / Task", "Gauge tanks and check shut-in wellhead pressures"),
        ("Date", "Nov 18 2026"),
        ("Start time", "0600"),
        ("Lease", "Rohn PC LD"),
        ("Well No.", "16-96HN"),
        ("API No.", "05-123-33023"),
        ("Location", "SWSW Sec 9 T9N R58W 6th PM, 250' FSL 250' FWL"),
        ("Person in charge", "S. Whitman"),
        ("Emergency contact", "Weld County 911; Igo Creek dispatch (970) 555-0152"),
        ("Stop work authority", "Yes"),
        ("Site hazards", "Sour field - H2S history on this battery (sign at gate)"),
        ("Wind direction", "S 15 mph"),
        ("Muster point", "Lease gate"),
    ],
    "checklist": [
        ("Wind sock visible", "Y"),
        ("H2S monitor bump tested", "NA"),
        ("Second person on site", "Y"),
        ("Thief hatch gasket inspected", "Y"),
        ("Hot work permit issued", "NA"),
        ("LOTO applied", "NA"),
        ("Vehicle parked upwind", "Y"),
    ],
    "ppe": [("Hard hat", "Y"), ("Safety glasses", "Y"), ("FR clothing", "Y"),
            ("Steel-toe boots", "Y"), ("Gloves", "Y"), ("Personal H2S monitor", "N"),
            ("SCBA / escape pack", "N")],
    "gas": [("0615", "", "0", "20.9", "0")],
    "readings": [("0630", "SITP 220 psi"), ("0632", "SICP 310 psi"), ("0635", "Bradenhead 0 psi")],
    "steps": [
        ("Drive to location, check wind sock", "H2S release downwind", "Park upwind of tanks"),
        ("Climb tank stairs to gauge hatch", "Slips and falls on stairs", "Three points of contact"),
        ("Open thief hatch and gauge tank", "H2S and hydrocarbon vapors", "Stand upwind, open hatch slowly"),
        ("Record wellhead pressures", "Trapped pressure", "Read gauges only, no bleeding"),
        ("Close hatch and leave location", "Driving", "Check out with dispatch"),
    ],
    "crew_sheet": "Sign-in",
    "crew_cols": ["Name", "Company", "Initials", "Time in", "Time out"],
    "crew": [("S. Whitman", "Igo Creek Pumping Services LLC", "SW", "0555", "0710"),
             ("D. Kessler", "Igo Creek Pumping Services LLC", "DK", "0555", "0710")],
}

X3 = {  # casing pressure test checklist, real cell types (clean)
    "file": "jsa-07-csg-test-checklist-state-16-11-9-60h.xlsx",
    "title": "JSA / PRESSURE TEST CHECKLIST",
    "typed": True,
    "shared_strings": True,
    "date_format": "d-mmm-yy",
    "header": [
        ("Company", "Two Buttes Pressure Testing Inc."),
        ("Operator", "Verdad Resources LLC"),
        ("Job / Task", "Casing pressure test (MIT)"),
        ("Date", dt.date(2026, 10, 14)),
        ("Start time", dt.time(7, 0)),
        ("Lease", "State"),
        ("Well No.", "16-11-9-60H"),
        ("API No.", "05-123-31642"),
        ("Location", "NWNW Sec 16 T9N R60W 6th PM, 700' FNL 700' FWL"),
        ("Person in charge", "A. Kowal"),
        ("Emergency contact", "Weld County 911; Two Buttes office (970) 555-0147"),
        ("Stop work authority", "Yes"),
        ("Wind direction", "W 10 mph"),
        ("Muster point", "Northwest corner of pad"),
    ],
    "checklist": [
        ("LOTO applied (pumping unit / prime mover)", "Y"),
        ("Cold work permit issued", "Y"),
        ("Hot work permit issued", "NA"),
        ("H2S monitor bump tested", "Y"),
        ("Chart recorder calibrated", "Y"),
        ("Test pump relief valve set at 1650 psi", "Y"),
        ("Exclusion zone barricaded", "Y"),
    ],
    "ppe": [("Hard hat", "Y"), ("Safety glasses", "Y"), ("FR clothing", "Y"),
            ("Steel-toe boots", "Y"), ("Gloves", "Y"), ("Personal H2S monitor", "Y"),
            ("Hearing protection", "Y"), ("Face shield", "N")],
    "gas": [(dt.time(6, 40), 0, 0, 20.9, 0)],
    "readings": [(dt.time(7, 30), "SICP 0 psi"), (dt.time(8, 0), "Test start 1500 psi"),
                 (dt.time(8, 30), "Test end 1490 psi")],
    "test": [("Test pressure (psi)", 1500), ("Duration (min)", 30), ("Pressure at end (psi)", 1490),
             ("Result", "Passed"), ("Remarks", "Pressure test passed 1500 psi 30 min")],
    "steps": [
        ("Rig up test pump and chart recorder", "High-pressure lines", "Whip checks on all connections"),
        ("Fill casing with fresh water", "Spills", "Return line to tank"),
        ("Pressure up casing to 1500 psi", "Casing or wellhead failure", "Exclusion zone, nobody near wellhead"),
        ("Hold 30 min on chart", "Stored energy", "Monitor from outside barricade"),
        ("Bleed off and rig down", "Trapped pressure", "Bleed to tank through needle valve"),
    ],
    "crew_cols": ["Name", "Role", "Initials", "Time"],
    "crew": [("A. Kowal", "Person in charge", "AK", dt.time(6, 45)),
             ("F. Dietz", "Pump operator", "FD", dt.time(6, 46)),
             ("H. Yoder", "Helper", "HY", dt.time(6, 46))],
}


# --------------------------------------------------------------------------------------------------
# Zip normalisation (DOCX / XLSX)
# --------------------------------------------------------------------------------------------------

def normalize_ooxml(path: Path) -> None:
    """Rewrites an OOXML package with fixed entry timestamps and fixed core-property dates."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------------------------------
# DOCX writer
# --------------------------------------------------------------------------------------------------

def _shade(cell, hex_fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hex_fill}"/>'))


def _cell_lines(cell, lines, bold=False, size=9):
    """One paragraph per line (what a person pressing Enter inside a Word cell produces)."""
    cell.text = ""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def _sdt_checkbox(checked: bool):
    glyph = CHECKED if checked else UNCHECKED
    return parse_xml(
        f'<w:sdt {nsdecls("w")} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
        f'<w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def _checkbox_paragraph(doc_or_cell, label, items, style):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(f"{label}: ")
    r.bold = True
    r.font.size = Pt(9)
    for name, checked in items:
        if style == "sdt":
            p._p.append(_sdt_checkbox(checked))
            r = p.add_run(f" {name}    ")
        else:
            r = p.add_run(f"{CHECKED if checked else UNCHECKED} {name}    ")
        r.font.size = Pt(9)
    return p


def write_docx(spec, path: Path):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.7)
    sec.top_margin = sec.bottom_margin = Inches(0.6)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    h = doc.add_paragraph()
    r = h.add_run(spec["title"])
    r.bold = True
    r.font.size = Pt(14)

    if spec["header_style"] == "paragraphs":
        for line in spec["header"]:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            for i, (label, value) in enumerate(line):
                if i:
                    p.add_run("\t")
                lr = p.add_run(f"{label}: ")
                lr.bold = True
                p.add_run(value)
    else:
        t = doc.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        for line in spec["header"]:
            row = t.add_row()
            if len(line) == 1:
                label, value = line[0]
                _cell_lines(row.cells[0], [label], bold=True)
                merged = row.cells[1].merge(row.cells[3])
                _cell_lines(merged, [value])
                _shade(row.cells[0], "D9D9D9")
            else:
                for j, (label, value) in enumerate(line):
                    _cell_lines(row.cells[2 * j], [label], bold=True)
                    _cell_lines(row.cells[2 * j + 1], [value])
                    _shade(row.cells[2 * j], "D9D9D9")
    doc.add_paragraph()

    steps = doc.add_table(rows=1, cols=3)
    steps.style = "Table Grid"
    steps.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, name in zip(steps.rows[0].cells, ["Job Step", "Potential Hazards", "Recommended Controls"]):
        _cell_lines(c, [name], bold=True)
        _shade(c, "BFBFBF")
    for step, hazards, controls in spec["steps"]:
        cells = steps.add_row().cells
        _cell_lines(cells[0], [step])
        _cell_lines(cells[1], hazards)
        _cell_lines(cells[2], controls)
    doc.add_paragraph()

    style = spec.get("checkbox_style", "glyph")
    if spec["header_style"] == "grid" and style == "glyph":
        # checkboxes inside a 2-row table (one cell per item)
        doc.add_paragraph().add_run("PPE REQUIRED").bold = True
        pt = doc.add_table(rows=1, cols=5)
        pt.style = "Table Grid"
        row = pt.rows[0]
        for i, (name, checked) in enumerate(spec["ppe"]):
            if i and i % 5 == 0:
                row = pt.add_row()
            _cell_lines(row.cells[i % 5], [f"{CHECKED if checked else UNCHECKED} {name}"])
        doc.add_paragraph().add_run("PERMITS").bold = True
        qt = doc.add_table(rows=1, cols=4)
        qt.style = "Table Grid"
        for i, (name, checked) in enumerate(spec["permits"]):
            _cell_lines(qt.rows[0].cells[i], [f"{CHECKED if checked else UNCHECKED} {name}"])
    else:
        _checkbox_paragraph(doc, "PPE", spec["ppe"], style)
        _checkbox_paragraph(doc, "Permits", spec["permits"], style)
    doc.add_paragraph()

    doc.add_paragraph().add_run("GAS READINGS").bold = True
    gt = doc.add_table(rows=1, cols=5)
    gt.style = "Table Grid"
    for c, name in zip(gt.rows[0].cells, ["Time", "H2S ppm", "LEL %", "O2 %", "CO ppm"]):
        _cell_lines(c, [name], bold=True)
        _shade(c, "D9D9D9")
    for reading in spec["gas"]:
        for c, v in zip(gt.add_row().cells, reading):
            _cell_lines(c, [v])

    if spec.get("readings"):
        p = doc.add_paragraph()
        p.add_run(spec["readings_title"] + ": ").bold = True
        for line in spec["readings"]:
            doc.add_paragraph(line, style="List Bullet")

    p = doc.add_paragraph()
    p.add_run(spec["swa"]).bold = True

    doc.add_paragraph().add_run("SIGN-OFF (I understand the hazards and controls above)").bold = True
    st = doc.add_table(rows=1, cols=len(spec["signoff_cols"]))
    st.style = "Table Grid"
    for c, name in zip(st.rows[0].cells, spec["signoff_cols"]):
        _cell_lines(c, [name], bold=True)
        _shade(c, "D9D9D9")
    for row in spec["signoffs"]:
        for c, v in zip(st.add_row().cells, row):
            _cell_lines(c, [v] if v else [""])

    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Pushback sample generator"
    cp.title = spec["title"]
    cp.comments = "Fictional sample JSA; only the well identifiers are real."
    cp.created = cp.modified = FIXED
    cp.revision = 1
    doc.save(path)
    normalize_ooxml(path)


# --------------------------------------------------------------------------------------------------
# XLSX writer
# --------------------------------------------------------------------------------------------------

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BAND = PatternFill("solid", fgColor="D9D9D9")


def write_xlsx(spec, path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "JSA"
    for col, width in zip("ABCDE", (46, 44, 40, 12, 12)):
        ws.column_dimensions[col].width = width

    ws["A1"] = spec["title"]
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:E1")
    r = 3

    def section(title, cols=None):
        nonlocal r
        r += 1
        ws.cell(r, 1, title).font = Font(bold=True)
        ws.cell(r, 1).fill = BAND
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        if cols:
            for j, name in enumerate(cols, 1):
                c = ws.cell(r, j, name)
                c.font = Font(bold=True)
                c.border = BOX
            r += 1

    def put(row, col, value, fmt=None):
        c = ws.cell(row, col, value)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if fmt:
            c.number_format = fmt
        return c

    for label, value in spec["header"]:
        ws.cell(r, 1, label).font = Font(bold=True)
        fmt = None
        if isinstance(value, dt.date):
            fmt = spec["date_format"]
        elif isinstance(value, dt.time):
            fmt = "h:mm"
        put(r, 2, value, fmt)
        r += 1

    section("PRE-JOB / PERMIT CHECKLIST", ["Item", "Y/N/NA"])
    for item, answer in spec["checklist"]:
        put(r, 1, item)
        put(r, 2, answer)
        r += 1

    section("PPE", ["Item", "Y/N"])
    for item, answer in spec["ppe"]:
        put(r, 1, item)
        put(r, 2, answer)
        r += 1

    section("GAS TESTS", ["Time", "H2S ppm", "LEL %", "O2 %", "CO ppm"])
    for reading in spec["gas"]:
        for j, v in enumerate(reading, 1):
            fmt = "h:mm" if isinstance(v, dt.time) else ("0.0" if isinstance(v, float) else None)
            put(r, j, v if v != "" else None, fmt)
        r += 1

    if spec.get("readings"):
        section("PRESSURE READINGS", ["Time", "Reading"])
        for t, text in spec["readings"]:
            put(r, 1, t, "h:mm" if isinstance(t, dt.time) else None)
            put(r, 2, text)
            r += 1

    if spec.get("test"):
        section("PRESSURE TEST")
        for label, value in spec["test"]:
            ws.cell(r, 1, label).font = Font(bold=True)
            put(r, 2, value)
            r += 1

    section("JOB STEPS / HAZARDS / CONTROLS", ["Job Step", "Hazard", "Control"])
    for step in spec["steps"]:
        for j, v in enumerate(step, 1):
            put(r, j, v)
        r += 1

    crew_ws = ws
    if spec.get("crew_sheet"):
        crew_ws = wb.create_sheet(spec["crew_sheet"])
        for col, width in zip("ABCDE", (20, 34, 10, 10, 10)):
            crew_ws.column_dimensions[col].width = width
        crew_ws["A1"] = "CREW SIGN-IN"
        crew_ws["A1"].font = Font(bold=True, size=13)
        crew_ws.merge_cells("A1:E1")
        cr = 3
        for j, name in enumerate(spec["crew_cols"], 1):
            crew_ws.cell(cr, j, name).font = Font(bold=True)
        cr += 1
        for row in spec["crew"]:
            for j, v in enumerate(row, 1):
                crew_ws.cell(cr, j, v).border = BOX
            cr += 1
    else:
        section("CREW SIGN-IN", spec["crew_cols"])
        for row in spec["crew"]:
            for j, v in enumerate(row, 1):
                put(r, j, v, "h:mm" if isinstance(v, dt.time) else None)
            r += 1

    wb.properties.creator = wb.properties.lastModifiedBy = "Pushback sample generator"
    wb.properties.title = spec["title"]
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(path)
    if spec.get("shared_strings"):
        share_strings(path)
    normalize_ooxml(path)


def share_strings(path: Path):
    """openpyxl 3.1 writes every text cell as an inline string (t="inlineStr"). Excel itself always
    writes a shared-string table, so the "typed" workbooks are rewritten that way: text cells become
    t="s" with an index into xl/sharedStrings.xml. The text-only workbook keeps openpyxl's inline
    strings, the way many field-data apps and ERP exports write XLSX."""
    with zipfile.ZipFile(path) as z:
        order = z.namelist()
        entries = {n: z.read(n) for n in order}
    table, index, refs = [], {}, 0

    def repl(m):
        nonlocal refs
        attrs, body = m.group(1), m.group(2)
        text = "".join(re.findall(r"<t[^>]*>(.*?)</t>", body, flags=re.S))  # already XML-escaped
        if text not in index:
            index[text] = len(table)
            table.append(text)
        refs += 1
        return '<c%s><v>%d</v></c>' % (attrs.replace(' t="inlineStr"', ' t="s"'), index[text])

    for name in order:
        if name.startswith("xl/worksheets/sheet") and name.endswith(".xml"):
            xml = entries[name].decode("utf-8")
            xml = re.sub(r'<c([^>]*\bt="inlineStr"[^>]*)><is>(.*?)</is></c>', repl, xml, flags=re.S)
            entries[name] = xml.encode("utf-8")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{refs}" uniqueCount="{len(table)}">'
           + "".join(f'<si><t xml:space="preserve">{t}</t></si>' for t in table) + "</sst>")
    entries["xl/sharedStrings.xml"] = sst.encode("utf-8")
    order.insert(order.index("xl/workbook.xml") + 1, "xl/sharedStrings.xml")
    ct = entries["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    entries["[Content_Types].xml"] = ct.encode("utf-8")
    rels = entries["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" '
                        'Id="rId99"/></Relationships>')
    entries["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            z.writestr(name, entries[name])


# --------------------------------------------------------------------------------------------------
# PDF writers (reportlab)
# --------------------------------------------------------------------------------------------------

def register_fonts():
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuMono", str(FONT_DIR / "DejaVuSansMono.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuMono-Bold", str(FONT_DIR / "DejaVuSansMono-Bold.ttf")))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table_pdf_bytes(spec, base_size=8.5) -> bytes:
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=base_size, leading=base_size + 2.5)
    bold = ParagraphStyle("bb", parent=body, fontName="DejaVu-Bold")
    title = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=14, leading=18, spaceAfter=6)
    sect = ParagraphStyle("s", parent=bold, fontSize=base_size + 1, spaceBefore=6, spaceAfter=3)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                       ("FONTNAME", (0, 0), (-1, -1), "DejaVu"),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])

    def P(text, st=body):
        return Paragraph(_esc(text), st)

    story = [Paragraph(_esc(spec["title"]), title)]
    rows, spans = [], []
    for i, line in enumerate(spec["header"]):
        if len(line) == 1:
            rows.append([P(line[0][0], bold), P(line[0][1]), "", ""])
            spans.append(("SPAN", (1, i), (3, i)))
        else:
            (l1, v1), (l2, v2) = line
            rows.append([P(l1, bold), P(v1), P(l2, bold), P(v2)])
    ht = Table(rows, colWidths=[1.35 * inch, 2.45 * inch, 1.25 * inch, 2.15 * inch])
    ht.setStyle(grid)
    shade = [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DDDDDD"))]
    shade += [("BACKGROUND", (2, i), (2, i), colors.HexColor("#DDDDDD"))
              for i, line in enumerate(spec["header"]) if len(line) == 2]
    ht.setStyle(TableStyle(spans + shade))
    story += [ht, Spacer(1, 8)]

    rows = [[P("Job Step", bold), P("Potential Hazards", bold), P("Recommended Controls", bold)]]
    for step, hazards, controls in spec["steps"]:
        rows.append([P(step), Paragraph("<br/>".join(_esc(h) for h in hazards), body),
                     Paragraph("<br/>".join(_esc(c) for c in controls), body)])
    st = Table(rows, colWidths=[2.1 * inch, 2.2 * inch, 2.9 * inch], repeatRows=1)
    st.setStyle(grid)
    st.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BBBBBB"))]))
    story += [st, Spacer(1, 6)]

    def boxes(label, items, ncols=5):
        cells = [P(f"{CHECKED if c else UNCHECKED} {n}") for n, c in items]
        cells += [""] * (-len(cells) % ncols)
        rows = [cells[i:i + ncols] for i in range(0, len(cells), ncols)]
        t = Table(rows, colWidths=[1.44 * inch] * ncols, hAlign="LEFT")
        t.setStyle(grid)
        return [Paragraph(label, sect), t]
    story += boxes("PPE REQUIRED", spec["ppe"]) + boxes("PERMITS", spec["permits"])

    story.append(Paragraph("GAS READINGS", sect))
    rows = [[P(h, bold) for h in ["Time", "H2S ppm", "LEL %", "O2 %", "CO ppm"]]]
    rows += [[P(v) for v in r] for r in spec["gas"]]
    gt = Table(rows, colWidths=[1.0 * inch] * 5, hAlign="LEFT")
    gt.setStyle(grid)
    story.append(gt)

    if spec.get("readings"):
        story.append(Paragraph(spec["readings_title"].upper(), sect))
        for line in spec["readings"]:
            story.append(Paragraph("\u2022 " + _esc(line), body))

    story += [Spacer(1, 6), Paragraph(f"<b>{_esc(spec['swa'])}</b>", body)]
    story.append(Paragraph("SIGN-OFF", sect))
    rows = [[P(h, bold) for h in spec["signoff_cols"]]]
    rows += [[P(v) for v in r] for r in spec["signoffs"]]
    so = Table(rows, colWidths=[2.2 * inch, 1.6 * inch, 1.0 * inch], hAlign="LEFT")
    so.setStyle(grid)
    story.append(so)

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=0.6 * inch, rightMargin=0.6 * inch,
                            topMargin=0.55 * inch, bottomMargin=0.55 * inch,
                            title=spec["title"], author="Pushback sample generator",
                            creator="Pushback sample generator", invariant=1, initialFontName="DejaVu")
    doc.build(story)
    return buf.getvalue()


def narrative_pdf_bytes(lines, mono=False, size=10.5) -> bytes:
    font = "DejaVuMono" if mono else "DejaVu"
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=4)
    head = ParagraphStyle("h", parent=body, fontName=font + "-Bold", fontSize=size + 1.5, spaceAfter=8)
    story = []
    for kind, text in lines:
        if kind == "h":
            story.append(Paragraph(text, head))
        elif kind == "s":
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(text, body))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.8 * inch, title="JSA",
                            author="Pushback sample generator", creator="Pushback sample generator",
                            invariant=1, initialFontName="DejaVu")
    doc.build(story)
    return buf.getvalue()


def text_to_lines(text):
    """Plain text -> (kind, html) lines for narrative_pdf_bytes, keeping line breaks and indents."""
    out = []
    for i, raw in enumerate(text.rstrip("\n").split("\n")):
        if not raw.strip():
            out.append(("s", ""))
            continue
        lead = len(raw) - len(raw.lstrip(" "))
        html = "&nbsp;" * lead + re.sub(r"  +", lambda m: "&nbsp;" * len(m.group(0)), _esc(raw.strip()))
        out.append(("h" if i == 0 else "p", html))
    return out


# --------------------------------------------------------------------------------------------------
# Scans: PDF -> pdftoppm (grayscale) -> Pillow (rotate, dust, grain, JPEG) -> image-only PDF
# --------------------------------------------------------------------------------------------------

def scan_pdf(src_pdf: bytes, out: Path, *, seed: int, angle: float, dpi: int = 200, quality: int = 55):
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        src.write_bytes(src_pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1",
                        str(src), str(Path(td) / "page")], check=True)
        page = Image.open(next(Path(td).glob("page*.png"))).convert("L")
        page.load()
    w, h = page.size
    # slightly grey paper and not-quite-black toner
    page = page.point(lambda v: 38 + int(v * (238 - 38) / 255))
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=236)
    page = page.filter(ImageFilter.GaussianBlur(0.45))
    px = page.load()
    for _ in range(int(w * h * 0.0009)):          # dust specks
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.randrange(40, 140)
    grain = Image.frombytes("L", (w, h), rnd.randbytes(w * h)).point(lambda v: 118 + v * 20 // 255)
    page = Image.blend(page, grain, 0.05).point(lambda v: min(255, int(v * 1.05)))
    page.save(out, "PDF", resolution=float(dpi), quality=quality,
              creationDate=time.struct_time((2026, 11, 1, 12, 0, 0, 6, 305, 0)),
              modDate=time.struct_time((2026, 11, 1, 12, 0, 0, 6, 305, 0)),
              title="scan", producer="Pushback sample generator")


# --------------------------------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    register_fonts()
    for spec in (T1, T2, T3, T4):
        write_docx(spec, OUT / spec["file"])
    for spec in (X1, X2, X3):
        write_xlsx(spec, OUT / spec["file"])
    (OUT / "jsa-08-tailgate-pull-tbg-mabee-140a.txt").write_text(N1_TXT, encoding="utf-8")
    (OUT / "jsa-09-tailgate-pa-jameson-trust-10.md").write_text(N2_MD, encoding="utf-8")
    (OUT / "jsa-10-narrative-rig-move-miami-1.pdf").write_bytes(narrative_pdf_bytes(N3_LINES))
    scan_pdf(table_pdf_bytes(S1, base_size=9.5), OUT / S1["file"], seed=11, angle=0.6)
    scan_pdf(narrative_pdf_bytes(text_to_lines(S2_TXT), mono=True, size=10.5),
             OUT / "jsa-12-scan-csg-test-rohn-pc-ld-16-96hn.pdf", seed=12, angle=-0.8)
    for spec in (P1, P2):
        (OUT / spec["file"]).write_bytes(table_pdf_bytes(spec))
    (OUT / "jsa-15-tailgate-pull-rods-mabee-140a.txt").write_text(N4_TXT, encoding="utf-8")
    for f in sorted(OUT.iterdir()):
        print(f"{f.stat().st_size:>9}  {f.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
