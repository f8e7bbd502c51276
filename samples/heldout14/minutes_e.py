"""Held-out set 14, writer e (dev/, `e…`): the Central coast, the Central Highlands, the South-East, Hồ Chí Minh City
and the Mekong delta, 2009–2026. Theme: the clerk's hand — how minutes are really typed.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, ingest/**, the other writers' modules of heldout14 or the earlier sets' minute texts and truth files, and
without running the extractor. Only /work/shared/DOMAIN.md, samples/README.md, docs/CONTRACTS.md, the READMEs of the
earlier held-out sets, the helpers of samples/heldout2/minutes.py (lines 1–110), `attendance` of
samples/heldout/minutes.py, the two renderers (samples/heldout/make.py, samples/heldout2/make.py), the docstring of
samples/heldout12/minutes_g.py and tests/samples/test_heldout_sets.py were read. Rendered by samples/heldout2/make.py
(`build`). Places are real or used loosely, people and figures are invented; the paperwork follows DOMAIN.md. Every
minute is worded on its own, as a different clerk would type it: abbreviations (đ/c, Đ/c, đc, ĐV, CB, BT, PBT, CUV,
ĐUV, BĐH, BCH TW, KH/ĐU, UBND, HĐND, HTX, NQ TW4, V/v, miễn SH), counts in words and in figures with leading zeros,
counts given only by listing the members present, totals written after the absentees, dates and times in many
notations ("8g00", "19h30'", "13h30", "vào hồi 19 giờ 30", "2 giờ chiều", "05-3-2026", "ngày mùng 2"), both tone
placements (Hoà/Hòa, Thuỷ/Thủy, UỶ/ỦY), small slips (a missing space after a comma), typewriter and early
word-processor minutes (2009–2016) and recent ones (2024–2026, with the July 2025 reorganisation: no district level,
merged wards and communes).

Files (name -> what varies -> minute flags / book flags):

- e01-hcm-xuanhoa-retired-quarter-2025-clean -> Hồ Chí Minh City, Phường Xuân Hòa (a ward merged in July 2025, no
  district line in the header), residential quarter of retired members, Sunday 05/10/2025; DejaVu Sans 11.5 justified,
  "Trang n/N"; Southern "8g00" … "10g15"; "I/ II/" + "1.–7." headings; abbreviations throughout ("Tổng số ĐV", "miễn
  SH: 11 đ/c", "BT Chi bộ", "CUV", "ĐUV", "BĐH", "KH số 45-KH/ĐU"); two absentees with reasons in brackets; a guest;
  three named opinions; conclusion, "33/33 đ/c có mặt tán thành, đạt 100%"; "- Đ/c X: …" task lines, two members on
  one line, a body (Ban công tác Mặt trận), "xong trước 15/10/2025", "hằng ngày", "trong tuần này"; old "Hoà" in the
  chair's name -> — / —
- e02-daklak-ede-buon-2009-typewriter-words-low-unexcused -> Đắk Lắk (Krông Pắc), Ê Đê village cell, April 2009;
  typewriter face (Liberation Mono 10.5, ragged, no indent); "I/- … VI/-" headings; "Vào hồi 19 giờ 30"; every count
  in words ("mười chín", "mười lăm"), one exempt for age, three absentees in one sentence (one "không lý do"); guest
  Đảng uỷ viên who speaks; vote "mười lăm trên mười lăm …, đạt một trăm phần trăm"; "Giao đồng chí …" tasks with "cùng
  chi hội phụ nữ" kept in the task, "báo cáo chi bộ kỳ họp tháng 5"; old tone placement ("uỷ", "khoá") ->
  low_attendance, unexcused_absence / —
- e03-cantho-hospital-tables-clean -> Cần Thơ city general hospital, internal medicine ward, November 2024; Liberation
  Serif 12.5, right-aligned running head from page 2, "- n -" at the bottom; the committee over two header lines; "–
  Thời gian:" fields; "BCH TW"; degrees before names ("BSCKII.", "ĐDCKI.", "ThS.BS.", "BS."); ruled absentee table
  "STT | Họ tên đảng viên | Lý do vắng" (names with a degree or "Đ/c" in the cell); "Tán thành: 22/22 …, đạt 100%;
  không tán thành: 0; ý kiến khác: 0"; ruled task table "TT | Nội dung công việc | Người thực hiện | Thời hạn" (two
  people in one cell, a group, "Tháng 11/2024", "Thường xuyên", "Trước 25/11/2024"); 2 pages -> — / —
- e04-kiengiang-border-post-ranks-2016-clean -> Kiên Giang (Hà Tiên), the border post's armed-team cell, June 2016;
  Serif 13; "Số: 06-BB/CB"; run-in labels ("Thời gian:", "Chủ trì:", "Thư ký:", "Quân số đảng viên:", "Dự họp:"), "*"
  parts; ranks before every name ("Đại úy", "Thượng úy QNCN", "Trung úy", "Thiếu úy"), Khmer names (Danh, Thạch, Sơn);
  "07 giờ 30 phút đến 09 giờ 40 phút"; "13/13 đ/c nhất trí, đạt 100%"; tasks by rank, two officers on one task, "trước
  20/6", "thường xuyên" -> — / —
- e05-binhduong-garment-2012-form-no-vote-no-discussion -> Bình Dương (Thuận An) garment workshop, August 2012, a
  printed form typed in: "Số: ……-BB/CB", "Khách mời: ……", the vote line "Tán thành: …… Không tán thành: ……" left as
  dots (no vote), "Ý kiến thảo luận: chi bộ thống nhất cao với báo cáo" (nobody named), "(Ký, ghi rõ họ tên)" under
  both titles; Liberation Sans 11 ragged; "a) … h)" fields; "NQ TW4 khoá XI"; "hàng ngày" -> missing_vote,
  no_discussion, unfilled_template / —
- e06-quangngai-fishing-village-2019-75min -> Quảng Ngãi (Bình Sơn), fishing village, January 2019, the IUU yellow
  card; DejaVu Serif 11.5; "Vào lúc 19h30' tối ngày 08/01/2019" … "Họp kết thúc lúc 20h45'." (75 min, nothing read
  back); "Thư ký: đc …"; "1- … 6-" headings; only "thảo luận, thống nhất với báo cáo"; "Chi bộ nhất trí 100% với kết
  luận"; two tasks in one "Giao đ/c …; đ/c …" sentence, "trước Tết Kỷ Hợi"; one page -> no_discussion, not_approved,
  short_meeting / —
- e07-gialai-rubber-farm-2014-listed-no-conclusion -> Gia Lai (Chư Păh) rubber state farm of a state company, July
  2014; Jrai names; Liberation Sans 12, no indent; "ĐẢNG UỶ CÔNG TY TNHH MTV" over two lines; attendance only as the
  list of the eleven members present plus one absentee; "A.–E." headings; three named opinions; the Bí thư only "tiếp
  thu …, trả lời sau" (no conclusion); the month's direction voted "11/11"; only "Đề nghị các đồng chí đảng viên …";
  "(ký, ghi rõ họ tên)" left under the signatures -> missing_assignments, missing_conclusion, unfilled_template / —
- e08-bentre-hamlet-book-jan-jun-2024 -> **minute book**, Bến Tre (Chợ Lách) hamlet cell, January–June 2024, 5 minutes
  typed continuously (every minute after the first starts mid-page under the previous signatures), one header only,
  running head and "Trang n" from page 2; Serif 12: (1) January, đ/c Nguyễn Văn Tám absent "(không lý do)"; (2)
  February on "ngày mùng 6", the chair only wishes a happy Tết, "nhất trí 100%", only a call to every member; (3) the
  March meeting held on "ngày mùng 2 tháng 4" ("2 giờ chiều" … "4 giờ chiều"), Tám "vắng không phép", members only
  "thống nhất với báo cáo"; (4) May regular combined with the Q2 thematic meeting, a stand-in secretary, 100 min, no
  vote; (5) June, three absentees, total written after them, no read-back. April has no meeting; Q1 has no thematic
  meeting -> (1) unexcused_absence; (2) missing_assignments, missing_conclusion; (3) no_discussion, unexcused_absence;
  (4) missing_vote, short_meeting; (5) low_attendance, not_approved, unexcused_absence / missing_month,
  no_thematic_in_quarter, repeated_absence
- e09-danang-school-2017-nov-held-in-dec-combined-110min -> Đà Nẵng (Liên Chiểu) lower-secondary school, the November
  2017 meeting held on 02/12/2017 after the APEC week, combined with the Q4 thematic meeting (topic in quotes,
  italic); Serif 13, "Trang n/N"; "Phần thứ nhất / Phần thứ hai" + "1." items; "21/22 đảng viên có mặt (chính thức 19,
  dự bị 02)"; two votes (the conclusion 21/21 (100%), a full member 19/19 official members); tasks with "Tổ Toán –
  Tin", "trước 10/12/2017", "học kỳ I"; 14 giờ 00 – 15 giờ 50 (110 min, bar 120) -> short_meeting / —
- e10-cantho-khmer-hamlet-2026-merged-commune-low-unexcused -> Cần Thơ (the former Sóc Trăng, merged commune Tài Văn,
  no district), Khmer hamlet, March 2026, before the election of 15/3/2026; DejaVu Sans 11 ragged; "V/v" line under
  the title; "14h00 ngày 05-3-2026"; four absentees on "+" lines BEFORE the count (one with no reason at all, one
  "không lý do"), then "Có mặt: 17/21 đ/c, đạt 80,9%"; "BT chi bộ"; slips (no space after a comma); named opinions,
  conclusion, tasks, but no vote at all -> low_attendance, missing_vote, unexcused_absence / —
- e11-cantho-hospital-tables-scan-moderate -> image-only twin of e03: 200 dpi grey JPEG, moderate damage, tables under
  OCR, 2 pages -> as e03
- e12-quangngai-fishing-village-scan-photocopy -> image-only twin of e06: 250 dpi photocopy -> as e06
- e13-binhphuoc-cashew-coop-2015-form-scan-photocopy -> scan only (no born-digital twin): Bình Phước (Đồng Phú) cashew
  cooperative, October 2015, S'tiêng names (Điểu …); printed form with an odd capital ("tiến hành Sinh hoạt"): "Khách
  mời: ……", "Kết luận của đồng chí chủ trì: ……" left as dots; a one-row absentee table "TT | Họ và tên | Lý do" with
  "Không báo"; "nhất trí 100%"; only a call to the members of the board; 200 dpi photocopy -> missing_assignments,
  missing_conclusion, unexcused_absence, unfilled_template / —

Labelling decisions (where the READMEs are silent):
- `party_committee` is the committee line right above the cell in the header; one that wraps over two header lines is
  joined with a space ("ĐẢNG BỘ BỆNH VIỆN ĐA KHOA THÀNH PHỐ CẦN THƠ").
- Southern "8g00" / "10g15" are 08:00 / 10:15; "2 giờ chiều" / "4 giờ chiều" are 14:00 / 16:00; "19h30'" is 19:30.
- A role abbreviated by the clerk is labelled as written ("BT Chi bộ", "BT chi bộ"). "Thượng úy QNCN" is a rank and is
  dropped with it; degrees "BSCKII.", "ĐDCKI.", "ThS.BS.", "BS." are dropped, in table cells too.
- A count given only by the list of members present is the length of that list; the total is present + absent + exempt
  when no total is written. A percentage in the attendance line ("đạt 80,9%") is no vote.
- A named absentee with the reason left out (e10 "+ Đ/c Lý Văn Sang." and nothing after it) is unexcused with reason
  null; "bệnh, có xin phép" is excused with the whole reason as written; "vắng không phép", "Không báo" unexcused.
- A stand-in secretary ("chi bộ cử đ/c X làm thư ký") is the secretary of that minute.
- Deadlines drop the words in front ("xong trước 15/10/2025" -> "15/10/2025", "trước Tết Kỷ Hợi" -> "Tết Kỷ Hợi",
  "trong tuần này" -> "tuần này", "báo cáo chi bộ kỳ họp tháng 5" -> "kỳ họp tháng 5", "trong học kỳ I" -> "học kỳ
  I"); "hàng ngày" and "hằng ngày" as written. A partner after "cùng" stays in the task.
- The chair's good wishes for Tết with a "nhất trí 100% với báo cáo" after them: no conclusion, one vote (percent_for
  100).
- A book minute typed on with a title but no header of its own takes the book's cell and committee.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []


# =================================================================================================
# e01 — Hồ Chí Minh City, Phường Xuân Hòa (after the July 2025 merger), retired members' quarter. Clean.
# =================================================================================================
E01_CELL = "CHI BỘ KHU PHỐ 5"
E01_COMM = "ĐẢNG BỘ PHƯỜNG XUÂN HÒA"
DOCS.append({
    "name": "e01-hcm-xuanhoa-retired-quarter-2025-clean", "folder": "dev",
    "style": {"family": "dvsans", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.3,
              "foot": "Trang {n}/{N}", "left": 78, "right": 52},
    "minutes": [{
        "blocks": [
            HD([E01_COMM, E01_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "P. Xuân Hòa, ngày 05 tháng 10 năm 2025"]),
            G(4),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2025"),
            G(6),
            P("Hôm nay, lúc 8g00 ngày 05/10/2025 (Chủ nhật), tại Hội trường Ban điều hành khu phố 5, số 46 đường "
              "Trần Quốc Thảo, Chi bộ Khu phố 5 tiến hành sinh hoạt thường kỳ tháng 10/2025."),
            H("I/ THÀNH PHẦN"),
            P("- Tổng số ĐV của chi bộ: 46 đ/c. Trong đó được miễn SH: 11 đ/c (tuổi cao,sức yếu, đã có đơn và được "
              "Đảng ủy phường đồng ý)."),
            P("- ĐV phải dự: 35 đ/c; có mặt: 33 đ/c; vắng: 02 đ/c có lý do (đ/c Trần Văn Sáu – đang nằm viện Chợ Rẫy; "
              "đ/c Lê Thị Kim Hoàng – về quê Bến Tre chăm mẹ bệnh)."),
            P("- Dự và chỉ đạo: đ/c Nguyễn Thành Lộc – ĐUV, phụ trách địa bàn khu phố 5."),
            P("- Chủ trì: đ/c Phạm Thị Ngọc Hoà – BT Chi bộ."),
            P("- Thư ký: đ/c Võ Minh Trí – CUV."),
            H("II/ NỘI DUNG"),
            H("1. Thông tin thời sự, phổ biến văn bản", italic=True),
            P("Đ/c BT thông tin kết quả Đại hội Đảng bộ phường Xuân Hòa lần thứ I, nhiệm kỳ 2025–2030 và công tác "
              "chuẩn bị Đại hội đại biểu Đảng bộ Thành phố lần thứ I; tình hình mưa lớn, triều cường gây ngập cục bộ "
              "trên địa bàn phường trong tháng 9; phổ biến KH số 45-KH/ĐU của Đảng ủy phường về tổ chức Ngày hội Đại "
              "đoàn kết toàn dân tộc năm 2025 ở khu dân cư."),
            H("2. Đánh giá kết quả thực hiện nhiệm vụ tháng 9/2025", italic=True),
            P("Chi bộ đã lãnh đạo BĐH khu phố, Ban công tác Mặt trận và các đoàn thể hoàn thành các việc đề ra: tổ "
              "chức vui Tết Trung thu cho 137 cháu thiếu nhi; vận động Quỹ Vì người nghèo được 18.500.000 đồng; phối "
              "hợp tổ dân phố ra quân diệt lăng quăng, phòng chống sốt xuất huyết vào sáng thứ Bảy hằng tuần; hướng "
              "dẫn 41 người cao tuổi kích hoạt tài khoản định danh điện tử mức 2. An ninh trật tự ổn định, không "
              "phát sinh điểm nóng."),
            P("Hạn chế: việc thu gom rác ở hẻm 46 chưa đúng giờ; còn một số hộ kinh doanh lấn chiếm vỉa hè; tổ ĐV "
              "hẻm 52 sinh hoạt chưa đều."),
            H("3. Phương hướng, nhiệm vụ tháng 10/2025", italic=True),
            P("Tiếp tục tuyên truyền Nghị quyết Đại hội Đảng bộ phường; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc "
              "(18/11); duy trì diệt lăng quăng hằng tuần; vận động các hộ kinh doanh trả lại vỉa hè cho người đi "
              "bộ; thăm hỏi ĐV cao tuổi, ốm đau."),
            H("4. Ý kiến thảo luận", italic=True),
            P("- Đ/c Huỳnh Văn Bảy (tổ ĐV số 2): đề nghị BĐH khu phố làm việc với đơn vị thu gom về giờ lấy rác ở "
              "hẻm 46, vì xe rác đến trễ, rác tồn đến trưa, bốc mùi."),
            P("- Đ/c Nguyễn Thị Mỹ Dung: giờ tan trường các cháu học sinh qua ngã tư Trần Quốc Thảo – Nam Kỳ Khởi "
              "Nghĩa rất nguy hiểm, nên có người của tổ dân phố ra nhắc nhở."),
            P("- Đ/c Lý Quốc Cường: thống nhất với báo cáo; đề nghị chi bộ sớm thăm đ/c Trần Văn Sáu đang nằm viện."),
            H("5. Kết luận", italic=True),
            P("Thay mặt chi ủy, đ/c BT kết luận: chi bộ thống nhất đánh giá kết quả tháng 9 và phương hướng tháng "
              "10 như báo cáo. Trọng tâm tháng 10 là giải quyết dứt điểm giờ thu gom rác hẻm 46, bảo đảm an toàn "
              "cho học sinh giờ tan trường và chuẩn bị chu đáo Ngày hội Đại đoàn kết; tổ ĐV hẻm 52 phải sinh hoạt "
              "đủ, có ghi chép."),
            H("6. Biểu quyết", italic=True),
            P("Chi bộ biểu quyết thông qua kết luận: 33/33 đ/c có mặt tán thành, đạt 100%."),
            H("7. Phân công thực hiện", italic=True),
            P("- Đ/c Võ Minh Trí: làm việc với đơn vị thu gom về giờ lấy rác hẻm 46, xong trước 15/10/2025."),
            P("- Đ/c Huỳnh Văn Bảy, đ/c Nguyễn Thị Mỹ Dung: cùng Chi đoàn khu phố bố trí người nhắc nhở học sinh "
              "ở ngã tư giờ tan trường, thực hiện hằng ngày."),
            P("- Đ/c Lý Quốc Cường: thay mặt chi bộ thăm đ/c Trần Văn Sáu trong tuần này."),
            P("- Ban công tác Mặt trận khu phố: chuẩn bị nội dung, kinh phí Ngày hội Đại đoàn kết toàn dân tộc, "
              "xong trước ngày 10/11/2025."),
            P("Buổi sinh hoạt kết thúc lúc 10g15 cùng ngày. Biên bản đã được đọc lại trước chi bộ và được các đ/c "
              "dự họp thông qua."),
            S(["THƯ KÝ", "", "", "Võ Minh Trí"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Phạm Thị Ngọc Hoà"]),
        ],
        "truth": minute(
            meeting("regular", "2025-10-05", "08:00", "10:15",
                    "Hội trường Ban điều hành khu phố 5, số 46 đường Trần Quốc Thảo", E01_CELL, E01_COMM),
            "Phạm Thị Ngọc Hoà", "BT Chi bộ", "Võ Minh Trí",
            attendance(46, 33, 2, 2, 0, 11,
                       [("Trần Văn Sáu", "đang nằm viện Chợ Rẫy", True),
                        ("Lê Thị Kim Hoàng", "về quê Bến Tre chăm mẹ bệnh", True)],
                       [("Nguyễn Thành Lộc", "ĐUV, phụ trách địa bàn khu phố 5")]),
            True,
            [vote("Kết luận tháng 10/2025", 33, None, None, 100)],
            [task("Võ Minh Trí", "làm việc với đơn vị thu gom về giờ lấy rác hẻm 46", "15/10/2025"),
             task("Huỳnh Văn Bảy", "cùng Chi đoàn khu phố bố trí người nhắc nhở học sinh ở ngã tư giờ tan trường",
                  "hằng ngày"),
             task("Nguyễn Thị Mỹ Dung",
                  "cùng Chi đoàn khu phố bố trí người nhắc nhở học sinh ở ngã tư giờ tan trường", "hằng ngày"),
             task("Lý Quốc Cường", "thay mặt chi bộ thăm đ/c Trần Văn Sáu", "tuần này"),
             task("Ban công tác Mặt trận khu phố",
                  "chuẩn bị nội dung, kinh phí Ngày hội Đại đoàn kết toàn dân tộc", "10/11/2025")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e02 — Đắk Lắk, Ê Đê village cell, 2009, typewriter; counts in words. Low attendance, one unexcused.
# =================================================================================================
E02_CELL = "CHI BỘ BUÔN KMRƠNG"
E02_COMM = "ĐẢNG BỘ XÃ EA PHÊ"
DOCS.append({
    "name": "e02-daklak-ede-buon-2009-typewriter-words-low-unexcused", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.4,
              "left": 72, "right": 48, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD([E02_COMM, E02_CELL, "***"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Phê, ngày 12 tháng 4 năm 2009"]),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Kỳ họp tháng 4 năm 2009", bold=False),
            G(8),
            L("Vào hồi 19 giờ 30 ngày 12 tháng 4 năm 2009, tại nhà sinh hoạt cộng đồng buôn Kmrơng, chi bộ họp "
              "thường kỳ tháng 4."),
            L("Đồng chí Y Wang Mlô, Bí thư chi bộ chủ trì; đồng chí H'Loan Niê ghi biên bản."),
            L("Chi bộ có mười chín đồng chí, trong đó đồng chí Y Bhăm Niê được miễn sinh hoạt vì tuổi cao. Số phải "
              "dự mười tám, có mặt mười lăm đồng chí. Vắng ba đồng chí: đồng chí H'Nhi Êban đi rẫy xa có báo, đồng "
              "chí Y Kông Mlô ốm, đồng chí Y Suôn Buôn Yă không lý do."),
            L("Dự họp có đồng chí Nguyễn Văn Thường, Đảng uỷ viên, phụ trách buôn."),
            L("I/- THÔNG TIN"),
            L("Đồng chí Bí thư phổ biến Nghị quyết Trung ương 7 khoá X về nông nghiệp, nông dân, nông thôn; thông "
              "tin giá cà phê nhân xô đầu tháng 4 còn khoảng 26 nghìn đồng một ký; mùa khô năm nay nắng hạn kéo "
              "dài, nhiều giếng trong buôn cạn nước, nguy cơ cháy rẫy, cháy rừng cao."),
            L("II/- KẾT QUẢ THÁNG 3"),
            L("Bà con tưới xong đợt hai cho khoảng 215 héc ta cà phê; đào mới sáu giếng; làm xong một cây số hai "
              "đường bê tông vào khu nghĩa địa bằng vốn Nhà nước và dân cùng làm. Còn ba hộ thả trâu bò rông phá "
              "cà phê của hộ khác; còn hai cháu lớp 7 bỏ học chưa vận động đi học lại được."),
            L("III/- NHIỆM VỤ THÁNG 5"),
            L("Tưới đợt ba, chia nước giếng cho các hộ thiếu nước; không đốt rẫy khi có gió; vận động các cháu bỏ "
              "học trở lại lớp; tiếp tục học tập và làm theo tấm gương đạo đức Hồ Chí Minh, mỗi đảng viên đăng ký "
              "một việc làm cụ thể."),
            L("IV/- Ý KIẾN"),
            L("Đồng chí Y Ngông Kbuôr: giếng khoan nhiều hộ ở cuối buôn đã cạn, đề nghị chi bộ xin xã cho mượn máy "
              "bơm của hợp tác xã để bơm nước từ hồ Ea Kuăng lên."),
            L("Đồng chí H'Bia Ayun: hai cháu bỏ học là con nhà ông Y Blang, chị em phụ nữ đã đến hai lần nhưng gia "
              "đình còn giữ cháu ở nhà hái cà phê thuê."),
            L("Đồng chí Nguyễn Văn Thường: xã sẽ ưu tiên máy bơm cho buôn nếu có đơn sớm; đảng viên vắng họp không "
              "lý do phải được nhắc nhở ngay."),
            L("V/- KẾT LUẬN"),
            L("Đồng chí Bí thư kết luận: tháng này việc lớn nhất là nước tưới và chống cháy; chi bộ làm đơn mượn máy "
              "bơm ngay; phụ nữ và thanh niên tiếp tục đến nhà vận động hai cháu; đảng viên vắng họp không lý do "
              "phải kiểm điểm."),
            L("Chi bộ biểu quyết: mười lăm trên mười lăm đồng chí tán thành, đạt một trăm phần trăm."),
            L("VI/- PHÂN CÔNG"),
            L("- Giao đồng chí Y Ngông Kbuôr làm đơn gửi UBND xã xin mượn máy bơm của hợp tác xã, xong trước ngày "
              "20/4/2009."),
            L("- Giao đồng chí H'Bia Ayun cùng chi hội phụ nữ vận động hai cháu bỏ học trở lại lớp trong tháng 4."),
            L("- Giao đồng chí Y Wang Mlô gặp đồng chí Y Suôn Buôn Yă nhắc nhở việc vắng họp, báo cáo chi bộ kỳ họp "
              "tháng 5."),
            L("Cuộc họp kết thúc lúc 21 giờ 15 cùng ngày. Biên bản đã đọc lại cho chi bộ nghe, mọi người nhất trí."),
            S(["THƯ KÝ", "", "", "H'Loan Niê"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Y Wang Mlô"]),
        ],
        "truth": minute(
            meeting("regular", "2009-04-12", "19:30", "21:15", "nhà sinh hoạt cộng đồng buôn Kmrơng",
                    E02_CELL, E02_COMM),
            "Y Wang Mlô", "Bí thư chi bộ", "H'Loan Niê",
            attendance(19, 15, 3, 2, 1, 1,
                       [("H'Nhi Êban", "đi rẫy xa có báo", True), ("Y Kông Mlô", "ốm", True),
                        ("Y Suôn Buôn Yă", "không lý do", False)],
                       [("Nguyễn Văn Thường", "Đảng uỷ viên, phụ trách buôn")]),
            True,
            [vote("Kết luận tháng 4/2009", 15, None, None, 100)],
            [task("Y Ngông Kbuôr", "làm đơn gửi UBND xã xin mượn máy bơm của hợp tác xã", "20/4/2009"),
             task("H'Bia Ayun", "cùng chi hội phụ nữ vận động hai cháu bỏ học trở lại lớp", "tháng 4"),
             task("Y Wang Mlô", "gặp đồng chí Y Suôn Buôn Yă nhắc nhở việc vắng họp", "kỳ họp tháng 5")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e03 — Cần Thơ, hospital ward, November 2024; absentee and task tables; degrees before names. Clean.
# e11 is its moderate scan.
# =================================================================================================
E03_CELL = "CHI BỘ KHOA NỘI TỔNG HỢP"
E03_COMM = "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA THÀNH PHỐ CẦN THƠ"
DOCS.append({
    "name": "e03-cantho-hospital-tables-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.25,
              "head": "Chi bộ Khoa Nội tổng hợp – biên bản tháng 11/2024", "head_align": "right",
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ BỆNH VIỆN ĐA KHOA", "THÀNH PHỐ CẦN THƠ", E03_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cần Thơ, ngày 07 tháng 11 năm 2024"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN"),
            C("Sinh hoạt chi bộ định kỳ tháng 11 năm 2024"),
            G(6),
            L("– Thời gian: bắt đầu 13h30, ngày 07/11/2024."),
            L("– Địa điểm: Phòng giao ban Khoa Nội tổng hợp, tầng 3 khu B."),
            L("– Chủ trì: BSCKII. Lâm Hoàng Phúc – Bí thư Chi bộ, Trưởng khoa."),
            L("– Thư ký: ĐDCKI. Trương Thị Bé Ba – Chi ủy viên, Điều dưỡng trưởng khoa."),
            L("– Thành phần: tổng số đảng viên 24 đ/c (chính thức 22, dự bị 02); có mặt 22 đ/c; vắng 02 đ/c, cụ thể:"),
            T([(0.10, "STT", "c"), (0.50, "Họ tên đảng viên", "l"), (0.40, "Lý do vắng", "l")],
              [["1", "ThS.BS. Huỳnh Ngọc Trân", "Nghỉ hậu sản"],
               ["2", "Đ/c Phan Văn Lực", "Trực cấp cứu"]]),
            H("1. Thông tin thời sự"),
            P("Đ/c Bí thư thông tin kết quả Hội nghị lần thứ mười BCH TW Đảng khóa XIII; Kỳ họp "
              "thứ 8 Quốc hội khóa XV đang xem xét sửa đổi Luật Bảo hiểm y tế; tình hình sốt xuất huyết và tay chân "
              "miệng trên địa bàn thành phố tăng so với cùng kỳ."),
            H("2. Kết quả công tác tháng 10/2024"),
            P("Khoa tiếp nhận điều trị nội trú 1.126 lượt người bệnh, công suất sử dụng giường bệnh 118%; không xảy ra "
              "sự cố y khoa nghiêm trọng; triển khai bệnh án điện tử cho toàn khoa từ ngày 15/10. Hạn chế: có 02 "
              "phản ánh của người bệnh về thái độ giao tiếp của nhân viên ca đêm; hồ sơ thanh toán BHYT bị xuất toán "
              "1,3 triệu đồng do chỉ định xét nghiệm chưa đúng quy định."),
            H("3. Nhiệm vụ tháng 11/2024"),
            P("Giảm tải buồng cấp cứu, bảo đảm không nằm ghép quá 2 người bệnh một giường; chấn chỉnh chỉ định cận "
              "lâm sàng; nâng cao kỹ năng giao tiếp, ứng xử; theo dõi, giúp đỡ đảng viên dự bị; hưởng ứng Tháng hành "
              "động quốc gia phòng, chống HIV/AIDS."),
            H("4. Thảo luận"),
            P("BS. Đặng Minh Khôi: xuất toán BHYT chủ yếu ở xét nghiệm lặp lại trong 24 giờ; đề nghị khoa lập danh "
              "mục chỉ định mẫu, bác sĩ trực ký xác nhận trước khi chuyển phòng xét nghiệm."),
            P("Đ/c Trương Thị Bé Ba: hai phản ánh đều rơi vào ca đêm thứ Bảy, khi một điều dưỡng phải chăm 14 người "
              "bệnh; đề nghị tập huấn giao tiếp và xếp thêm người vào ca cuối tuần."),
            P("Đ/c Lê Hoàng Nam (đảng viên dự bị): xin chi bộ tiếp tục giúp đỡ, góp ý để hoàn thành nhiệm vụ thời "
              "gian dự bị."),
            H("5. Kết luận của đồng chí Bí thư"),
            P("Chi bộ thống nhất với báo cáo và các ý kiến. Tháng 11 tập trung hai việc: chấn chỉnh chỉ định xét "
              "nghiệm để không còn xuất toán BHYT và cải thiện giao tiếp ca đêm; mọi đảng viên là bác sĩ, điều dưỡng "
              "phải gương mẫu, không để người bệnh phản ánh."),
            H("6. Biểu quyết"),
            P("Tán thành: 22/22 đồng chí, đạt 100%; không tán thành: 0; ý kiến khác: 0."),
            H("7. Phân công"),
            P("Chi bộ phân công cụ thể như sau:"),
            T([(0.08, "TT", "c"), (0.44, "Nội dung công việc", "l"), (0.30, "Người thực hiện", "l"),
               (0.18, "Thời hạn", "l")],
              [["1", "Rà soát chỉ định xét nghiệm, lập danh mục chỉ định mẫu của khoa", "BS. Đặng Minh Khôi",
                "30/11/2024"],
               ["2", "Tập huấn kỹ năng giao tiếp cho điều dưỡng ca đêm",
                "Đ/c Trương Thị Bé Ba, đ/c Nguyễn Thị Hồng Nhung", "Tháng 11/2024"],
               ["3", "Theo dõi, giúp đỡ đảng viên dự bị Lê Hoàng Nam", "Đ/c Phan Văn Lực", "Thường xuyên"],
               ["4", "Tổ chức truyền thông phòng, chống HIV/AIDS cho người nhà người bệnh", "Chi đoàn khoa",
                "Trước 25/11/2024"]]),
            P("Buổi sinh hoạt kết thúc lúc 15h30 cùng ngày. Biên bản đã được thông qua trước chi bộ, 22/22 đồng chí "
              "nhất trí."),
            S(["THƯ KÝ", "", "", "Trương Thị Bé Ba"], ["T/M CHI ỦY", "BÍ THƯ", "", "", "Lâm Hoàng Phúc"]),
        ],
        "truth": minute(
            meeting("regular", "2024-11-07", "13:30", "15:30", "Phòng giao ban Khoa Nội tổng hợp, tầng 3 khu B",
                    E03_CELL, E03_COMM),
            "Lâm Hoàng Phúc", "Bí thư Chi bộ", "Trương Thị Bé Ba",
            attendance(24, 22, 2, 2, 0, 0,
                       [("Huỳnh Ngọc Trân", "Nghỉ hậu sản", True), ("Phan Văn Lực", "Trực cấp cứu", True)]),
            True,
            [vote("Kết luận tháng 11/2024", 22, 0, 0, 100)],
            [task("Đặng Minh Khôi", "Rà soát chỉ định xét nghiệm, lập danh mục chỉ định mẫu của khoa", "30/11/2024"),
             task("Trương Thị Bé Ba", "Tập huấn kỹ năng giao tiếp cho điều dưỡng ca đêm", "Tháng 11/2024"),
             task("Nguyễn Thị Hồng Nhung", "Tập huấn kỹ năng giao tiếp cho điều dưỡng ca đêm", "Tháng 11/2024"),
             task("Phan Văn Lực", "Theo dõi, giúp đỡ đảng viên dự bị Lê Hoàng Nam", "Thường xuyên"),
             task("Chi đoàn khoa", "Tổ chức truyền thông phòng, chống HIV/AIDS cho người nhà người bệnh",
                  "25/11/2024")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "e11-cantho-hospital-tables-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 1411, "dpi": 200}],
})


# =================================================================================================
# e04 — Kiên Giang, Hà Tiên border post, armed-team cell, June 2016; ranks before names. Clean.
# =================================================================================================
E04_CELL = "CHI BỘ ĐỘI VŨ TRANG"
E04_COMM = "ĐẢNG BỘ ĐỒN BIÊN PHÒNG CỬA KHẨU QUỐC TẾ HÀ TIÊN"
DOCS.append({
    "name": "e04-kiengiang-border-post-ranks-2016-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 36, "spacing": 1.2, "left": 82,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG", "CỬA KHẨU QUỐC TẾ HÀ TIÊN", E04_CELL, "Số: 06-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Tiên, ngày 04 tháng 6 năm 2016"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("THÁNG 6 NĂM 2016"),
            G(6),
            L("Thời gian: từ 07 giờ 30 phút đến 09 giờ 40 phút, ngày 04/6/2016."),
            L("Địa điểm: Hội trường Đồn."),
            L("Chủ trì: Đại úy Danh Sóc Kha, Bí thư chi bộ, Đội trưởng Đội vũ trang."),
            L("Thư ký: Thượng úy QNCN Trần Văn Nghĩa, chi ủy viên."),
            L("Quân số đảng viên: 14 đ/c; có mặt 13 đ/c; vắng 01 đ/c: Trung úy Thạch Rươl – đi tuần tra đường biên "
              "cùng Tổ công tác 3."),
            L("Dự họp: Thiếu tá Lê Quốc Việt, Phó Bí thư Đảng ủy, Chính trị viên Đồn."),
            L("Nội dung:", bold=True),
            P("* Thông tin: Đ/c Bí thư thông tin kết quả bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp "
              "nhiệm kỳ 2016–2021 trên địa bàn thị xã Hà Tiên; tình hình buôn lậu đường cát, thuốc lá qua biên giới "
              "Tây Nam; chỉ thị của Bộ Chỉ huy BĐBP tỉnh về cao điểm phòng, chống buôn lậu dịp giữa năm."),
            P("* Kiểm điểm tháng 5/2016: Đội duy trì nghiêm chế độ trực sẵn sàng chiến đấu; tổ chức 42 lượt tuần "
              "tra, phát hiện, bắt giữ 03 vụ vận chuyển 4.200 gói thuốc lá ngoại nhập lậu; phối hợp bảo đảm an toàn "
              "cho 3 khu vực bỏ phiếu ở phường Mỹ Đức. Tồn tại: sổ sách trực ban ghi chưa đầy đủ; 01 đ/c dự bị chưa "
              "nộp thu hoạch chuyên đề."),
            P("* Nhiệm vụ tháng 6/2016: tuần tra, kiểm soát các đường mòn, lối mở; tuyên truyền pháp luật về biên "
              "giới cho đồng bào Khmer; chuẩn bị hồ sơ kết nạp đảng viên mới; huấn luyện bắn súng AK đợt 2."),
            P("* Ý kiến tham gia:"),
            P("– Thiếu úy Sơn Hoàng Phi: đường mòn khu vực mốc 313, 314 mùa mưa ngập nước, bọn buôn lậu chuyển sang "
              "dùng xuồng máy ban đêm; đề nghị bố trí tổ chốt cố định từ 20 giờ đến 4 giờ sáng."),
            P("– Trung úy Nguyễn Hữu Thọ: bà con Khmer ở phường Mỹ Đức nghe tuyên truyền bằng tiếng Khmer dễ hiểu "
              "hơn; đề nghị soạn tài liệu song ngữ, nhờ Sư cả chùa đọc trong các ngày lễ."),
            P("– Thiếu tá Lê Quốc Việt: Đảng ủy Đồn đánh giá cao chi bộ; lưu ý không để cán bộ, chiến sĩ có quan hệ "
              "với đối tượng buôn lậu."),
            P("* Kết luận: Đ/c Bí thư kết luận: chi bộ thống nhất với báo cáo; tháng 6 tập trung chốt chặn các "
              "đường mòn mốc 313, 314 vào ban đêm, làm tốt tuyên truyền song ngữ và chuẩn bị hồ sơ kết nạp đảng "
              "viên; sổ sách trực ban phải ghi đầy đủ từng ca."),
            P("* Biểu quyết: 13/13 đ/c nhất trí, đạt 100%."),
            P("* Giao nhiệm vụ:"),
            P("– Thiếu úy Sơn Hoàng Phi chỉ huy Tổ tuần tra số 2 chốt chặn các đường mòn khu vực mốc 313, 314, "
              "thực hiện thường xuyên."),
            P("– Trung úy Nguyễn Hữu Thọ soạn tài liệu tuyên truyền Luật Biên giới quốc gia bằng tiếng Khmer, xong "
              "trước 20/6."),
            P("– Đại úy Danh Sóc Kha và Thượng úy QNCN Trần Văn Nghĩa chuẩn bị hồ sơ đề nghị kết nạp quần chúng "
              "Danh Thị Mỹ Xuyên, báo cáo Đảng ủy Đồn trong tháng 6/2016."),
            L("Sinh hoạt kết thúc 09 giờ 40 phút. Biên bản đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Thượng úy QNCN Trần Văn Nghĩa"],
              ["T/M CHI BỘ", "BÍ THƯ", "", "", "Đại úy Danh Sóc Kha"]),
        ],
        "truth": minute(
            meeting("regular", "2016-06-04", "07:30", "09:40", "Hội trường Đồn", E04_CELL, E04_COMM),
            "Danh Sóc Kha", "Bí thư chi bộ", "Trần Văn Nghĩa",
            attendance(14, 13, 1, 1, 0, 0,
                       [("Thạch Rươl", "đi tuần tra đường biên cùng Tổ công tác 3", True)],
                       [("Lê Quốc Việt", "Phó Bí thư Đảng ủy, Chính trị viên Đồn")]),
            True,
            [vote("Kết luận tháng 6/2016", 13, None, None, 100)],
            [task("Sơn Hoàng Phi", "chỉ huy Tổ tuần tra số 2 chốt chặn các đường mòn khu vực mốc 313, 314",
                  "thường xuyên"),
             task("Nguyễn Hữu Thọ", "soạn tài liệu tuyên truyền Luật Biên giới quốc gia bằng tiếng Khmer", "20/6"),
             task("Danh Sóc Kha", "chuẩn bị hồ sơ đề nghị kết nạp quần chúng Danh Thị Mỹ Xuyên, báo cáo Đảng ủy Đồn",
                  "tháng 6/2016"),
             task("Trần Văn Nghĩa",
                  "chuẩn bị hồ sơ đề nghị kết nạp quần chúng Danh Thị Mỹ Xuyên, báo cáo Đảng ủy Đồn",
                  "tháng 6/2016")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e05 — Bình Dương garment workshop, 2012 printed form: dots in the number, the guests and the vote line.
# =================================================================================================
E05_CELL = "CHI BỘ XƯỞNG MAY 2"
E05_COMM = "ĐẢNG BỘ CÔNG TY CP MAY THUẬN AN"
DOCS.append({
    "name": "e05-binhduong-garment-2012-form-no-vote-no-discussion", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.4, "left": 76,
              "right": 54, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD([E05_COMM, E05_CELL, "Số: ……-BB/CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thuận An, ngày 14 tháng 8 năm 2012"]),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 8/2012", bold=False, italic=True),
            G(8),
            L("1. Thời gian: bắt đầu lúc 16 giờ 00, ngày 14/8/2012."),
            L("2. Địa điểm: Phòng họp Xưởng may 2."),
            L("3. Thành phần:"),
            L("- Tổng số đảng viên: 18; Có mặt: 17; Vắng: 01 (có lý do: 01; không lý do: 0)."),
            L("- Họ tên đảng viên vắng: Đinh Thị Hồng Vân. Lý do: nghỉ phép năm."),
            L("- Khách mời: ……"),
            L("- Chủ trì: đ/c Hồ Văn Hải. Chức vụ: Bí thư chi bộ, Quản đốc xưởng."),
            L("- Thư ký: đ/c Nguyễn Thị Thu Thuỷ."),
            L("4. Nội dung:"),
            L("a) Thông tin thời sự: Bộ luật Lao động (sửa đổi) được Quốc hội thông qua ngày 18/6/2012, có hiệu lực "
              "từ 01/5/2013; Đảng ủy Công ty triển khai kế hoạch kiểm điểm tự phê bình và phê bình theo Nghị quyết "
              "Trung ương 4 khoá XI, hạn nộp bản kiểm điểm cá nhân cuối tháng 8."),
            L("b) Kết quả tháng 7/2012: sản lượng đạt 104% kế hoạch; xuất 3 container áo jacket đi Hoa Kỳ đúng "
              "hạn; tỷ lệ hàng sửa 2,8%. Tồn tại: 02 công nhân chuyền 5 bị kim đâm tay do không đeo bao tay kim loại; "
              "nhà ăn ca có 01 lần phản ánh về vệ sinh."),
            L("c) Nhiệm vụ tháng 8/2012: hoàn thành đơn hàng 42.000 áo sơ mi cho khách Nhật; kiểm tra an toàn lao "
              "động các chuyền; đảng viên hoàn thành bản kiểm điểm theo NQ TW4."),
            L("d) Ý kiến thảo luận: chi bộ thống nhất cao với báo cáo, không có ý kiến khác."),
            L("e) Kết luận của chủ trì: Đ/c Hồ Văn Hải kết luận: tháng 8 tập trung hoàn thành đơn hàng áo sơ mi "
              "đúng tiến độ, không để xảy ra tai nạn lao động; mỗi đảng viên viết bản kiểm điểm nghiêm túc, chỉ rõ "
              "khuyết điểm."),
            L("g) Biểu quyết: Tán thành: …… Không tán thành: …… Ý kiến khác: ……"),
            L("h) Phân công:"),
            L("- đ/c Lê Minh Tâm (Tổ trưởng tổ 4): kiểm tra việc đeo bao tay kim loại ở chuyền 4, 5, hàng ngày."),
            L("- đ/c Nguyễn Thị Thu Thuỷ: tổng hợp bản kiểm điểm tự phê bình theo NQ TW4 của đảng viên, nộp Đảng ủy "
              "Công ty trước 25/8/2012."),
            L("- đ/c Trần Quốc Bảo: làm việc với nhà thầu nấu ăn về vệ sinh bếp ăn ca, trong tuần sau."),
            L("5. Cuộc họp kết thúc lúc 17 giờ 45 phút cùng ngày. Biên bản đã được thông qua trước chi bộ."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Thị Thu Thuỷ"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Hồ Văn Hải"]),
        ],
        "truth": minute(
            meeting("regular", "2012-08-14", "16:00", "17:45", "Phòng họp Xưởng may 2", E05_CELL, E05_COMM),
            "Hồ Văn Hải", "Bí thư chi bộ", "Nguyễn Thị Thu Thuỷ",
            attendance(18, 17, 1, 1, 0, 0, [("Đinh Thị Hồng Vân", "nghỉ phép năm", True)]),
            True,
            [],
            [task("Lê Minh Tâm", "kiểm tra việc đeo bao tay kim loại ở chuyền 4, 5", "hàng ngày"),
             task("Nguyễn Thị Thu Thuỷ",
                  "tổng hợp bản kiểm điểm tự phê bình theo NQ TW4 của đảng viên, nộp Đảng ủy Công ty", "25/8/2012"),
             task("Trần Quốc Bảo", "làm việc với nhà thầu nấu ăn về vệ sinh bếp ăn ca", "tuần sau")],
            ["missing_vote", "no_discussion", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e06 — Quảng Ngãi fishing village, January 2019: 75 minutes, no opinion, not read back. e12 is its photocopy.
# =================================================================================================
E06_CELL = "CHI BỘ THÔN CHÂU THUẬN BIỂN"
E06_COMM = "ĐẢNG BỘ XÃ BÌNH CHÂU"
DOCS.append({
    "name": "e06-quangngai-fishing-village-2019-75min", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 22, "spacing": 1.25, "left": 74,
              "right": 52},
    "minutes": [{
        "blocks": [
            HD([E06_COMM, E06_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Châu, ngày 08 tháng 01 năm 2019"]),
            G(6),
            C("BIÊN BẢN"),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 01/2019"),
            G(6),
            P("Vào lúc 19h30' tối ngày 08/01/2019, tại Nhà văn hóa thôn, Chi bộ thôn Châu Thuận Biển họp thường kỳ "
              "tháng 01/2019. Chủ trì: đ/c Nguyễn Tấn Lực, Bí thư Chi bộ kiêm Trưởng thôn. Thư ký: đc Võ Thị Kim "
              "Cương."),
            P("Đảng viên của chi bộ: 27 đ/c; có mặt: 25 đ/c; vắng: 02 đ/c (đang đi biển, có báo)."),
            H("1- Thông tin:"),
            P("Đ/c Bí thư phổ biến Nghị quyết 36-NQ/TW về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến "
              "năm 2030; kết quả làm việc của Đoàn thanh tra Ủy ban châu Âu về chống khai thác hải sản bất hợp pháp "
              "(IUU) lần thứ hai; lịch nghỉ Tết Kỷ Hợi."),
            H("2- Đánh giá tháng 12/2018:"),
            P("Thôn có 46 tàu cá vươn khơi đánh bắt ở Hoàng Sa, Trường Sa, sản lượng khá; không có tàu vi phạm vùng "
              "biển nước ngoài. Còn 12 tàu trên 15 mét chưa lắp thiết bị giám sát hành trình; 05 gia đình có người "
              "mất tích trên biển năm 2018 còn nhiều khó khăn."),
            H("3- Nhiệm vụ tháng 01/2019:"),
            P("Vận động chủ tàu lắp thiết bị giám sát hành trình, ghi nhật ký khai thác đầy đủ; lo Tết cho gia đình "
              "chính sách, gia đình có người mất tích trên biển; giữ an ninh trật tự dịp Tết."),
            H("4- Thảo luận:"),
            P("Chi bộ thảo luận, thống nhất với báo cáo của chi ủy."),
            H("5- Kết luận:"),
            P("Đ/c Bí thư kết luận: việc chống khai thác IUU là việc của từng chủ tàu, đảng viên là chủ tàu phải lắp "
              "thiết bị trước; Tết phải lo cho người khó khăn trước. Chi bộ nhất trí 100% với kết luận."),
            H("6- Phân công:"),
            P("Giao đ/c Huỳnh Văn Tư vận động 12 chủ tàu chưa lắp thiết bị giám sát hành trình hoàn thành lắp đặt "
              "trước ngày 31/3/2019; đ/c Võ Thị Kim Cương cùng Chi hội Phụ nữ thăm, tặng quà 05 gia đình có người "
              "mất tích trên biển trước Tết Kỷ Hợi."),
            P("Họp kết thúc lúc 20h45'."),
            S(["THƯ KÝ", "", "", "Võ Thị Kim Cương"], ["BÍ THƯ", "", "", "Nguyễn Tấn Lực"]),
        ],
        "truth": minute(
            meeting("regular", "2019-01-08", "19:30", "20:45", "Nhà văn hóa thôn", E06_CELL, E06_COMM),
            "Nguyễn Tấn Lực", "Bí thư Chi bộ", "Võ Thị Kim Cương",
            attendance(27, 25, 2, 2, 0, 0),
            True,
            [vote("Kết luận tháng 01/2019", None, None, None, 100)],
            [task("Huỳnh Văn Tư", "vận động 12 chủ tàu chưa lắp thiết bị giám sát hành trình hoàn thành lắp đặt",
                  "31/3/2019"),
             task("Võ Thị Kim Cương",
                  "cùng Chi hội Phụ nữ thăm, tặng quà 05 gia đình có người mất tích trên biển", "Tết Kỷ Hợi")],
            ["no_discussion", "not_approved", "short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "e12-quangngai-fishing-village-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 1412, "dpi": 250}],
})


# =================================================================================================
# e07 — Gia Lai rubber state farm, July 2014: attendance as a list of names; no conclusion; only a general call.
# =================================================================================================
E07_CELL = "CHI BỘ NÔNG TRƯỜNG IA NHIN"
E07_COMM = "ĐẢNG UỶ CÔNG TY TNHH MTV CAO SU CHƯ PĂH"
DOCS.append({
    "name": "e07-gialai-rubber-farm-2014-listed-no-conclusion", "folder": "dev",
    "style": {"family": "sans", "size": 12, "justify": True, "indent": 0, "spacing": 1.3, "para_gap": 4,
              "left": 80, "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG UỶ CÔNG TY TNHH MTV", "CAO SU CHƯ PĂH", E07_CELL],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Nhin, ngày 03 tháng 7 năm 2014"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ"),
            C("(Tháng 7/2014)", bold=False),
            G(6),
            L("Thời gian: 14 giờ 00 phút, ngày 03/7/2014. Địa điểm: Văn phòng Nông trường."),
            L("Đảng viên có mặt: đ/c Hà Văn Sơn, đ/c Rơ Chăm Blik, đ/c Ksor H'Mai, đ/c Nguyễn Đình Quý, đ/c Puih "
              "Dơng, đ/c Trịnh Thị Hằng, đ/c Rơ Mah Kai, đ/c Lê Văn Thạch, đ/c Siu H'Nhí, đ/c Phạm Ngọc Thuận, đ/c "
              "Đoàn Văn Lợi."),
            L("Vắng: đ/c Siu Thuyên (nằm viện ở Pleiku)."),
            L("Chủ trì: đ/c Hà Văn Sơn – Bí thư chi bộ, Giám đốc Nông trường. Thư ký: đ/c Trịnh Thị Hằng."),
            H("A. Thông tin"),
            L("Đ/c Bí thư thông tin tình hình Biển Đông sau vụ Trung Quốc hạ đặt giàn khoan Hải Dương 981 trái phép; "
              "giá mủ cao su xuất khẩu giảm mạnh, Công ty dự kiến giá bán bình quân chỉ khoảng 38 triệu đồng một tấn."),
            H("B. Kết quả 6 tháng đầu năm"),
            L("Sản lượng mủ quy khô đạt 612 tấn, bằng 43% kế hoạch năm; vườn cây 9 năm tuổi ở Đội 3 cạo đúng "
              "nhịp, tiêu hao vỏ đạt yêu cầu. Thu nhập công nhân giảm do giá mủ thấp; Đội 3 có 7 công nhân người "
              "Jrai xin nghỉ việc; 02 vụ trộm mủ ban đêm ở lô 14."),
            H("C. Nhiệm vụ tháng 7"),
            L("Giữ ổn định lao động, chăm sóc vườn cây mùa mưa, phòng bệnh loét sọc mặt cạo; bảo vệ mủ trên vườn."),
            H("D. Thảo luận"),
            L("- Đ/c Rơ Chăm Blik (Đội trưởng Đội 3): công nhân Đội 3 phần lớn là người Jrai làng Ia Ring, tháng 7 "
              "nhiều hộ phải lên rẫy trỉa lúa; đề nghị cho đổi ca cạo sớm hơn để bà con kịp làm rẫy buổi chiều."),
            L("- Đ/c Ksor H'Mai: năm nay mưa nhiều, mặt cạo lô 9 đã có dấu hiệu loét sọc; đề nghị cấp thuốc bôi "
              "sớm, không để lan."),
            L("- Đ/c Nguyễn Đình Quý: tổ bảo vệ chỉ có 4 người cho hơn 600 héc ta, không đủ tuần đêm; đề nghị phối "
              "hợp công an xã Ia Nhin."),
            H("E. Biểu quyết"),
            L("Đ/c Bí thư cảm ơn các ý kiến đóng góp, tiếp thu để báo cáo Đảng ủy Công ty xem xét, trả lời sau."),
            L("Chi bộ biểu quyết thông qua phương hướng nhiệm vụ tháng 7/2014: 11/11 đồng chí có mặt tán thành."),
            L("Đề nghị các đồng chí đảng viên gương mẫu bám vườn cây, động viên công nhân yên tâm làm việc, cạo đúng "
              "kỹ thuật."),
            L("Cuộc họp kết thúc vào lúc 16 giờ 10 phút. Biên bản đã được đọc lại và thông qua, 11/11 đồng chí nhất "
              "trí."),
            S(["THƯ KÝ", "(ký, ghi rõ họ tên)", "", "Trịnh Thị Hằng"],
              ["BÍ THƯ", "(ký, ghi rõ họ tên)", "", "Hà Văn Sơn"]),
        ],
        "truth": minute(
            meeting("regular", "2014-07-03", "14:00", "16:10", "Văn phòng Nông trường", E07_CELL, E07_COMM),
            "Hà Văn Sơn", "Bí thư chi bộ", "Trịnh Thị Hằng",
            attendance(12, 11, 1, 1, 0, 0, [("Siu Thuyên", "nằm viện ở Pleiku", True)]),
            False,
            [vote("Phương hướng nhiệm vụ tháng 7/2014", 11, None, None, None)],
            [],
            ["missing_assignments", "missing_conclusion", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e08 — minute book, Bến Tre (Chợ Lách) hamlet cell, January–June 2024, five minutes typed continuously.
# =================================================================================================
E08_CELL = "CHI BỘ ẤP PHÚ HƯNG"
E08_COMM = "ĐẢNG BỘ XÃ VĨNH THÀNH"
E08_SIGN = S(["THƯ KÝ", "", "Huỳnh Thanh Phong"], ["BÍ THƯ", "", "Lê Văn Hiếu"])
E08_TOPIC = "Học tập và làm theo Bác về tiết kiệm nước ngọt, giữ gìn môi trường nông thôn"

E08_M1 = {
    "blocks": [
        HD([E08_COMM, E08_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Thành, ngày 10 tháng 01 năm 2024"]),
        G(4),
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01/2024"),
        G(4),
        P("Lúc 19 giờ ngày 10/01/2024, tại nhà văn hóa ấp Phú Hưng, chi bộ họp thường kỳ tháng 01/2024 do đ/c Lê Văn "
          "Hiếu, Bí thư chi bộ chủ trì, đ/c Huỳnh Thanh Phong ghi biên bản."),
        P("Tổng số đảng viên: 19 đ/c (miễn sinh hoạt 02 đ/c: Nguyễn Văn Út, Trần Thị Sen). Có mặt 16/17 đ/c. Vắng 01: "
          "đ/c Nguyễn Văn Tám (không lý do)."),
        L("a) Thông tin:", bold=True),
        P("Đài khí tượng thủy văn tỉnh dự báo mùa khô 2023–2024 mặn xâm nhập sớm và sâu, đỉnh mặn vào tháng 2, tháng "
          "3; độ mặn trên sông Hàm Luông đoạn qua xã có thể lên 4–5‰. Giá sầu riêng đầu năm cao, nhiều hộ muốn xử lý "
          "ra hoa nghịch vụ."),
        L("b) Kiểm điểm tháng 12/2023 và cả năm:", bold=True),
        P("Năm 2023 ấp giữ vững danh hiệu ấp văn hóa; làm mới 1,4 km đường đal; giảm 03 hộ nghèo; thu Quỹ Vì người "
          "nghèo đạt 112%. Tồn tại: 02 hộ còn xả nước thải chuồng heo xuống rạch; 01 đảng viên nhiều lần vắng họp."),
        L("c) Nhiệm vụ tháng 01/2024:", bold=True),
        P("Chuẩn bị quà Tết cho hộ nghèo, cận nghèo; đắp đập tạm, trữ nước ngọt; tuyên truyền bà con không xử lý ra "
          "hoa sầu riêng khi thiếu nước."),
        L("d) Ý kiến:", bold=True),
        P("- Đ/c Trần Thị Kim Yến (PBT): năm nay nên lập danh sách nhận quà sớm, tránh trùng với danh sách của xã."),
        P("- Đ/c Võ Văn Quới: cống đầu rạch Ba Kè bị hở, nếu không đắp đập tạm thì mặn vào vườn trong tháng 2."),
        L("đ) Kết luận:", bold=True),
        P("Đ/c Bí thư kết luận: tháng 01 làm hai việc gấp là quà Tết và đập tạm; đảng viên vắng họp không lý do chi "
          "ủy phải gặp, làm rõ. Biểu quyết: 16/16 đ/c tán thành (100%)."),
        L("e) Phân công:", bold=True),
        P("- Đ/c Trần Thị Kim Yến: lập danh sách hộ nghèo, cận nghèo nhận quà Tết, xong trước ngày 25/01/2024."),
        P("- Đ/c Võ Văn Quới: cùng tổ tự quản đắp đập tạm đầu rạch Ba Kè trong tháng 01."),
        P("- Đ/c Lê Văn Hiếu: gặp đ/c Nguyễn Văn Tám tìm hiểu lý do không dự họp, báo cáo chi bộ kỳ họp tháng 2."),
        P("Họp xong lúc 21 giờ. Biên bản đọc lại, chi bộ nhất trí thông qua."),
        E08_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2024-01-10", "19:00", "21:00", "nhà văn hóa ấp Phú Hưng", E08_CELL, E08_COMM),
        "Lê Văn Hiếu", "Bí thư chi bộ", "Huỳnh Thanh Phong",
        attendance(19, 16, 1, 0, 1, 2, [("Nguyễn Văn Tám", "không lý do", False)]),
        True,
        [vote("Kết luận tháng 01/2024", 16, None, None, 100)],
        [task("Trần Thị Kim Yến", "lập danh sách hộ nghèo, cận nghèo nhận quà Tết", "25/01/2024"),
         task("Võ Văn Quới", "cùng tổ tự quản đắp đập tạm đầu rạch Ba Kè", "tháng 01"),
         task("Lê Văn Hiếu", "gặp đ/c Nguyễn Văn Tám tìm hiểu lý do không dự họp", "kỳ họp tháng 2")],
        ["unexcused_absence"]),
}

E08_M2 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2024"),
        G(4),
        P("Hôm nay, ngày mùng 6 tháng 02 năm 2024, vào hồi 19 giờ 30, tại nhà văn hóa ấp, chi bộ họp thường kỳ tháng "
          "2. Chủ trì: đ/c Lê Văn Hiếu – Bí thư. Thư ký: đ/c Huỳnh Thanh Phong."),
        P("Đảng viên phải dự 17 đ/c (02 đ/c miễn sinh hoạt), có mặt 17/17 đ/c."),
        P("Đ/c Bí thư báo cáo: ấp đã trao 32 phần quà Tết (mỗi phần 500.000 đồng và 10 kg gạo) cho hộ nghèo, cận "
          "nghèo; đập tạm đầu rạch Ba Kè đắp xong ngày 20/01, độ mặn đo ngoài đập 4,2‰, trong đập 0,3‰. Nhiệm vụ tháng "
          "2: đón Tết Giáp Thìn vui tươi, an toàn; trực giữ đập trong những ngày Tết."),
        P("Ý kiến: đ/c Phan Văn Được đề nghị bố trí người trực đập cả đêm 30 Tết vì triều cường; đ/c Lê Thị Bích Liên "
          "cho biết còn 02 hộ già neo đơn chưa có người đưa đi khám bệnh sau Tết."),
        P("Đ/c Bí thư cảm ơn các đồng chí, chúc các đồng chí và gia đình đón Tết Giáp Thìn vui vẻ, đầm ấm. Chi bộ nhất "
          "trí 100% với báo cáo."),
        P("Đề nghị mỗi đảng viên đón Tết an toàn, tiết kiệm, không đốt pháo, không uống rượu bia khi lái xe."),
        P("Buổi họp kết thúc 21 giờ 15 phút. Biên bản được đọc lại và thông qua."),
        E08_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2024-02-06", "19:30", "21:15", "nhà văn hóa ấp", E08_CELL, E08_COMM),
        "Lê Văn Hiếu", "Bí thư", "Huỳnh Thanh Phong",
        attendance(19, 17, 0, 0, 0, 2),
        False,
        [vote("Báo cáo tháng 02/2024", None, None, None, 100)],
        [],
        ["missing_assignments", "missing_conclusion"]),
}

E08_M3 = {
    "blocks": [
        C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3/2024"),
        C("(Do tập trung chống hạn, mặn, chi bộ họp tháng 3 vào ngày 02/4/2024)", bold=False, italic=True),
        G(4),
        P("Thời gian: từ 2 giờ chiều đến 4 giờ chiều ngày mùng 2 tháng 4 năm 2024. Địa điểm: trụ sở ấp Phú Hưng."),
        P("Chủ trì: đ/c Lê Văn Hiếu, BT chi bộ; thư ký: đ/c Huỳnh Thanh Phong."),
        P("Có mặt 16/17 đ/c (không kể 02 đ/c miễn sinh hoạt); vắng: đ/c Nguyễn Văn Tám, vắng không phép."),
        P("Nội dung: đ/c Bí thư báo cáo tình hình hạn mặn tháng 3: độ mặn trên sông Hàm Luông có lúc 8‰, đập tạm giữ "
          "được nước ngọt cho phần lớn vườn; 11 hộ có sầu riêng bị cháy lá, 02 hộ mất trắng vườn cây giống. UBND xã đã "
          "cấp 06 bồn chứa nước và một máy bơm cho ấp. Tháng 4 tiếp tục chở nước ngọt cho hộ thiếu nước, thống kê "
          "thiệt hại để đề nghị hỗ trợ."),
        P("Các đồng chí dự họp thống nhất với báo cáo, không có ý kiến thêm."),
        P("Đ/c Bí thư kết luận: ưu tiên nước sinh hoạt trước, nước tưới sau; thống kê thiệt hại phải đúng, không bỏ "
          "sót hộ nào. Chi bộ biểu quyết thông qua: tán thành 16/16, không tán thành 0."),
        P("Chi bộ giao: đ/c Võ Văn Quới phụ trách vận hành máy bơm chở nước ngọt chung của ấp, sáng thứ Hai và thứ Năm "
          "hằng tuần; đ/c Trần Thị Kim Yến cùng Chi hội Phụ nữ thống kê thiệt hại vườn cây của các hộ, nộp UBND xã "
          "trước 15/4/2024."),
        P("Họp xong lúc 4 giờ chiều. Biên bản đọc lại, chi bộ thông qua."),
        E08_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2024-04-02", "14:00", "16:00", "trụ sở ấp Phú Hưng", E08_CELL, E08_COMM, month=3),
        "Lê Văn Hiếu", "BT chi bộ", "Huỳnh Thanh Phong",
        attendance(19, 16, 1, 0, 1, 2, [("Nguyễn Văn Tám", "vắng không phép", False)]),
        True,
        [vote("Kết luận tháng 3/2024", 16, 0, None, None)],
        [task("Võ Văn Quới", "phụ trách vận hành máy bơm chở nước ngọt chung của ấp",
              "sáng thứ Hai và thứ Năm hằng tuần"),
         task("Trần Thị Kim Yến", "cùng Chi hội Phụ nữ thống kê thiệt hại vườn cây của các hộ, nộp UBND xã",
              "15/4/2024")],
        ["no_discussion", "unexcused_absence"]),
}

E08_M4 = {
    "blocks": [
        C("BIÊN BẢN"),
        C("SINH HOẠT THƯỜNG KỲ THÁNG 5 KẾT HỢP CHUYÊN ĐỀ QUÝ II/2024"),
        C("Chuyên đề: " + E08_TOPIC, bold=False, italic=True),
        G(4),
        P("Vào lúc 19h00 ngày 14/5/2024, tại nhà văn hóa ấp Phú Hưng. Chủ trì: đ/c Lê Văn Hiếu – Bí thư chi bộ. Đ/c "
          "Huỳnh Thanh Phong đi tập huấn ở huyện, chi bộ cử đ/c Đặng Thị Mộng Tuyền làm thư ký."),
        P("Có mặt 17/17 đ/c phải dự (chi bộ 19 đ/c, 02 đ/c miễn sinh hoạt)."),
        L("Phần 1. Sinh hoạt thường kỳ", bold=True),
        P("Tháng 4 và đầu tháng 5 mưa trái mùa, mặn giảm dần; ấp đã nhận 186 triệu đồng hỗ trợ thiệt hại cho 13 hộ. "
          "Tháng 5: tháo đập tạm khi độ mặn dưới 1‰, vệ sinh kênh rạch, chuẩn bị đón mùa mưa."),
        L("Phần 2. Sinh hoạt chuyên đề", bold=True),
        P("Đ/c Trần Thị Kim Yến trình bày chuyên đề, nêu lời Bác dặn về tiết kiệm và gương các hộ trong ấp chia nước "
          "ngọt cho nhau mùa hạn vừa qua."),
        P("- Đ/c Võ Văn Quới: sau mùa hạn rạch Ba Kè đầy lục bình và rác, cần ra quân dọn trước mùa mưa."),
        P("- Đ/c Đặng Thị Mộng Tuyền: nên viết lại gương hộ ông Sáu Cang chia nước giếng cho 9 hộ để đọc trên loa xã."),
        P("Đ/c Bí thư kết luận: chi bộ nhận thức rõ nước ngọt là sống còn; mỗi đảng viên đăng ký một việc làm tiết "
          "kiệm nước, giữ sạch kênh rạch."),
        P("Giao đ/c Đặng Thị Mộng Tuyền viết bài về gương hộ ông Sáu Cang, gửi Đài truyền thanh xã trong tháng 6/2024; "
          "đ/c Võ Văn Quới cùng Chi đoàn ấp dọn lục bình, rác rạch Ba Kè vào sáng Chủ nhật 26/5/2024."),
        P("Buổi sinh hoạt kết thúc lúc 20h40, biên bản đã đọc lại và được chi bộ thông qua."),
        S(["THƯ KÝ", "", "Đặng Thị Mộng Tuyền"], ["BÍ THƯ", "", "Lê Văn Hiếu"]),
    ],
    "truth": minute(
        meeting("regular", "2024-05-14", "19:00", "20:40", "nhà văn hóa ấp Phú Hưng", E08_CELL, E08_COMM,
                topic=E08_TOPIC),
        "Lê Văn Hiếu", "Bí thư chi bộ", "Đặng Thị Mộng Tuyền",
        attendance(19, 17, 0, 0, 0, 2),
        True,
        [],
        [task("Đặng Thị Mộng Tuyền", "viết bài về gương hộ ông Sáu Cang, gửi Đài truyền thanh xã", "tháng 6/2024"),
         task("Võ Văn Quới", "cùng Chi đoàn ấp dọn lục bình, rác rạch Ba Kè", "sáng Chủ nhật 26/5/2024")],
        ["missing_vote", "short_meeting"]),
}

E08_M5 = {
    "blocks": [
        C("BIÊN BẢN HỌP CHI BỘ THÁNG 6/2024"),
        G(4),
        P("Ngày 04/6/2024, từ 19 giờ, chi bộ ấp Phú Hưng họp tại nhà văn hóa ấp. Đ/c Lê Văn Hiếu, Bí thư chi bộ chủ "
          "trì; đ/c Huỳnh Thanh Phong thư ký."),
        P("Có mặt: 14 đ/c. Vắng: 03 đ/c, gồm đ/c Lê Thị Bích Liên (ốm), đ/c Phan Văn Được (đi làm thuê ở Bình Dương, "
          "có báo), đ/c Nguyễn Văn Tám (không lý do). Tổng số đảng viên của chi bộ 19 đ/c, 02 đ/c miễn sinh hoạt."),
        P("Tình hình tháng 5: đã tháo đập tạm ngày 22/5; dọn sạch rạch Ba Kè; các hộ bắt đầu cải tạo lại vườn sầu "
          "riêng bị mặn. Nhiệm vụ tháng 6: hướng dẫn vay vốn cải tạo vườn, phòng sốt xuất huyết mùa mưa, tổ chức hè "
          "cho thiếu nhi."),
        P("Ý kiến: đ/c Trần Thị Kim Yến nêu đ/c Nguyễn Văn Tám đã ba lần vắng họp không lý do trong 6 tháng, đề nghị "
          "chi bộ xem xét theo Điều lệ Đảng; đ/c Võ Văn Quới đề nghị Ngân hàng chính sách cho hộ bị thiệt hại vay "
          "không cần thế chấp."),
        P("Kết luận: đ/c Bí thư thống nhất giao chi ủy làm việc với đ/c Nguyễn Văn Tám, lập hồ sơ báo cáo Đảng ủy xã "
          "trước 30/6/2024; đ/c Huỳnh Thanh Phong hướng dẫn các hộ bị thiệt hại làm hồ sơ vay vốn cải tạo vườn trong "
          "quý III. Biểu quyết: 14/14 đ/c tán thành."),
        P("Cuộc họp kết thúc lúc 21 giờ 05."),
        E08_SIGN,
    ],
    "truth": minute(
        meeting("regular", "2024-06-04", "19:00", "21:05", "nhà văn hóa ấp", E08_CELL, E08_COMM),
        "Lê Văn Hiếu", "Bí thư chi bộ", "Huỳnh Thanh Phong",
        attendance(19, 14, 3, 2, 1, 2,
                   [("Lê Thị Bích Liên", "ốm", True), ("Phan Văn Được", "đi làm thuê ở Bình Dương, có báo", True),
                    ("Nguyễn Văn Tám", "không lý do", False)]),
        True,
        [vote("Kết luận tháng 6/2024", 14, None, None, None)],
        [task("chi ủy", "làm việc với đ/c Nguyễn Văn Tám, lập hồ sơ báo cáo Đảng ủy xã", "30/6/2024"),
         task("Huỳnh Thanh Phong", "hướng dẫn các hộ bị thiệt hại làm hồ sơ vay vốn cải tạo vườn", "quý III")],
        ["low_attendance", "not_approved", "unexcused_absence"]),
}

DOCS.append({
    "name": "e08-bentre-hamlet-book-jan-jun-2024", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.2, "left": 78, "right": 54,
              "head": "Sổ biên bản Chi bộ ấp Phú Hưng – năm 2024", "foot": "Trang {n}"},
    "between": 22,
    "minutes": [E08_M1, E08_M2, E08_M3, E08_M4, E08_M5],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "scans": [],
})


# =================================================================================================
# e09 — Đà Nẵng lower-secondary school: the November 2017 meeting held on 02/12, combined, 110 minutes.
# =================================================================================================
E09_CELL = "CHI BỘ TRƯỜNG THCS LÊ ANH XUÂN"
E09_COMM = "ĐẢNG BỘ PHƯỜNG HÒA KHÁNH NAM"
E09_TOPIC = ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương của nhà "
             "giáo")
DOCS.append({
    "name": "e09-danang-school-2017-nov-held-in-dec-combined-110min", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 35, "spacing": 1.15, "foot": "Trang {n}/{N}",
              "left": 82, "right": 56},
    "minutes": [{
        "blocks": [
            HD([E09_COMM, E09_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Liên Chiểu, ngày 02 tháng 12 năm 2017"]),
            G(6),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THÁNG 11 NĂM 2017"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ IV"),
            C("“" + E09_TOPIC + "”", bold=False, italic=True),
            G(6),
            P("Hôm nay, ngày 02 tháng 12 năm 2017, lúc 14 giờ 00, tại phòng họp Hội đồng sư phạm nhà trường, Chi bộ "
              "Trường THCS Lê Anh Xuân tiến hành sinh hoạt thường kỳ tháng 11 kết hợp sinh hoạt chuyên đề quý IV. Kỳ "
              "sinh hoạt tháng 11 lùi sang đầu tháng 12 vì nhà trường tham gia phục vụ Tuần lễ Cấp cao APEC và tổ "
              "chức kỷ niệm Ngày Nhà giáo Việt Nam 20/11."),
            P("Thành phần: 21/22 đảng viên có mặt (chính thức 19, dự bị 02); vắng 01 đ/c: Trần Thị Diệu Hiền – đi học "
              "lớp Trung cấp lý luận chính trị – hành chính."),
            P("Chủ trì: đ/c Nguyễn Thị Thanh Thủy – Bí thư chi bộ, Hiệu trưởng. Thư ký: đ/c Hồ Văn Nhân – Chi ủy viên, "
              "Tổ trưởng Tổ Toán – Tin."),
            H("Phần thứ nhất: SINH HOẠT THƯỜNG KỲ"),
            P("1. Thông tin: Hội nghị Trung ương 6 khóa XII ban hành Nghị quyết số 19-NQ/TW về tiếp tục đổi mới hệ "
              "thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập; "
              "thành phố tổ chức thành công Tuần lễ Cấp cao APEC 2017 từ ngày 06 đến 11/11/2017."),
            P("2. Kết quả tháng 11: 34 giáo viên và 120 học sinh tham gia tình nguyện, cổ vũ trong tuần lễ APEC; hội "
              "giảng chào mừng 20/11 có 18 tiết xếp loại tốt; không có học sinh vi phạm an toàn giao thông. Hạn chế: "
              "03 học sinh lớp 6 học yếu môn Toán; một số giáo viên chủ nhiệm cập nhật sổ điểm điện tử chưa đúng hạn."),
            P("3. Nhiệm vụ tháng 12: ôn tập, kiểm tra học kỳ I theo đề chung của quận; hoàn thành sổ điểm điện tử; phụ "
              "đạo học sinh yếu; hoàn chỉnh hồ sơ chuyển đảng chính thức cho đ/c Lê Thị Hoài Thương."),
            H("Phần thứ hai: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đ/c Phan Thị Ngọc Ánh, Phó Bí thư chi bộ, trình bày chuyên đề: người thầy nêu gương bằng việc làm hằng "
              "ngày – đúng giờ, không dạy thêm sai quy định, công bằng với học sinh, ứng xử mẫu mực trên mạng xã hội."),
            P("Các ý kiến:"),
            P("- Đ/c Hồ Văn Nhân: Tổ Toán – Tin nhận phụ đạo miễn phí cho học sinh yếu; đề nghị nhà trường bố trí "
              "phòng học buổi chiều."),
            P("- Đ/c Lê Thị Hoài Thương: là đảng viên dự bị, xin được chi bộ góp ý thẳng thắn; bản thân sẽ không nhận "
              "dạy thêm học sinh lớp mình chủ nhiệm."),
            P("- Đ/c Đoàn Minh Sang: nên đưa nội dung nêu gương vào tiêu chí đánh giá viên chức cuối năm."),
            H("Kết luận"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất với kết quả tháng 11 và nhiệm vụ tháng 12; mỗi đảng viên "
              "đăng ký một nội dung nêu gương cụ thể, đưa vào đánh giá cuối năm; học kỳ I không để học sinh nào bỏ "
              "học."),
            P("Chi bộ biểu quyết thông qua kết luận với 21/21 đồng chí tán thành (100%). Biểu quyết đề nghị công nhận "
              "đảng viên chính thức cho đ/c Lê Thị Hoài Thương: 19/19 đảng viên chính thức có mặt tán thành."),
            P("Phân công: giao đ/c Hồ Văn Nhân hoàn chỉnh hồ sơ chuyển đảng chính thức cho đ/c Lê Thị Hoài Thương, gửi "
              "Đảng ủy phường trước 10/12/2017; Tổ Toán – Tin phân công giáo viên phụ đạo 03 học sinh lớp 6 học yếu "
              "trong học kỳ I; đ/c Phan Thị Ngọc Ánh kiểm tra sổ điểm điện tử của giáo viên chủ nhiệm, xong trước ngày "
              "15/12/2017."),
            P("Buổi sinh hoạt kết thúc vào lúc 15 giờ 50 phút cùng ngày; biên bản được đọc lại và chi bộ nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "", "", "Hồ Văn Nhân"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Nguyễn Thị Thanh Thủy"]),
        ],
        "truth": minute(
            meeting("regular", "2017-12-02", "14:00", "15:50", "phòng họp Hội đồng sư phạm nhà trường",
                    E09_CELL, E09_COMM, topic=E09_TOPIC, month=11),
            "Nguyễn Thị Thanh Thủy", "Bí thư chi bộ", "Hồ Văn Nhân",
            attendance(22, 21, 1, 1, 0, 0,
                       [("Trần Thị Diệu Hiền", "đi học lớp Trung cấp lý luận chính trị – hành chính", True)]),
            True,
            [vote("Kết luận tháng 11/2017", 21, None, None, 100),
             vote("Công nhận đảng viên chính thức Lê Thị Hoài Thương", 19, None, None, None)],
            [task("Hồ Văn Nhân", "hoàn chỉnh hồ sơ chuyển đảng chính thức cho đ/c Lê Thị Hoài Thương, gửi Đảng ủy "
                  "phường", "10/12/2017"),
             task("Tổ Toán – Tin", "phân công giáo viên phụ đạo 03 học sinh lớp 6 học yếu", "học kỳ I"),
             task("Phan Thị Ngọc Ánh", "kiểm tra sổ điểm điện tử của giáo viên chủ nhiệm", "15/12/2017")],
            ["short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e10 — Cần Thơ (former Sóc Trăng), merged commune Tài Văn, Khmer hamlet, March 2026. Low, unexcused, no vote.
# =================================================================================================
E10_CELL = "CHI BỘ ẤP SÔ LA"
E10_COMM = "ĐẢNG BỘ XÃ TÀI VĂN"
DOCS.append({
    "name": "e10-cantho-khmer-hamlet-2026-merged-commune-low-unexcused", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 0, "spacing": 1.4, "left": 76,
              "right": 50, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD([E10_COMM, E10_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tài Văn, ngày 05 tháng 3 năm 2026"]),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ", size=13),
            C("V/v sinh hoạt thường kỳ tháng 3/2026", bold=False, italic=True),
            G(6),
            L("- Thời gian: 14h00 ngày 05-3-2026."),
            L("- Địa điểm: Trụ sở ấp Sô La."),
            L("- Chủ trì: Đ/c Thạch Sa Ngọc – BT chi bộ, Trưởng ấp."),
            L("- Thư ký: Đ/c Lâm Thị Sa Ry – CUV."),
            L("- Đại biểu: Đ/c Trần Minh Luân – Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách ấp."),
            L("- Vắng 04 đ/c, gồm:"),
            L("+ Đ/c Sơn Văn Hên: bệnh, có xin phép."),
            L("+ Đ/c Kim Thị Sóc Phia: đi làm công nhân ở TP.HCM."),
            L("+ Đ/c Triệu Văn Đen: không lý do."),
            L("+ Đ/c Lý Văn Sang."),
            L("- Tổng số ĐV của CB: 21 đ/c. Có mặt: 17/21 đ/c, đạt 80,9%."),
            H("I. THÔNG TIN"),
            L("Đ/c Trần Minh Luân thông tin: cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ "
              "2026–2031 diễn ra vào Chủ nhật 15/3/2026; xã Tài Văn có 14 khu vực bỏ phiếu, ấp Sô La là khu vực bỏ "
              "phiếu số 7 với 1.046 cử tri. Từ khi sáp nhập, hồ sơ của bà con làm tại Trung tâm phục vụ hành chính "
              "công xã, không còn lên huyện."),
            H("II. KẾT QUẢ THÁNG 02/2026"),
            L("Ấp trao 46 phần quà Tết Bính Ngọ cho hộ nghèo, hộ Khmer khó khăn; hành tím vụ Tết thu hoạch xong nhưng "
              "giá thấp, nhiều hộ lỗ; xảy ra 02 vụ xô xát ở đám cưới do rượu bia, đã hòa giải xong."),
            H("III. NHIỆM VỤ THÁNG 3/2026"),
            L("Tuyên truyền bầu cử bằng tiếng Việt và tiếng Khmer; rà soát danh sách cử tri; chuẩn bị Tết Chôl Chnăm "
              "Thmây; vận động bà con không bán hành tím non khi giá thấp."),
            H("IV. Ý KIẾN"),
            L("- Đ/c Sơn Thị Chanh Thu: bà con lớn tuổi ít biết chữ Việt,cần đọc thông báo bầu cử bằng tiếng Khmer "
              "trên loa ấp."),
            L("- Đ/c Lâm Văn Tuôl: nhiều thanh niên đi làm ở TP.HCM chưa về, phải rà lại danh sách cử tri để gửi thẻ."),
            L("- Đ/c Thạch Thị Ngọc Hân: đề nghị HTX liên hệ doanh nghiệp bao tiêu hành tím cho bà con."),
            H("V. KẾT LUẬN"),
            L("Đ/c BT kết luận: tháng 3 cả chi bộ dồn sức cho ngày bầu cử 15/3, phấn đấu 100% cử tri đi bầu, không để "
              "bầu thay, bỏ phiếu thay; hai đ/c vắng họp không lý do chi ủy gặp nhắc nhở, nếu tái phạm sẽ kiểm điểm."),
            H("VI. PHÂN CÔNG"),
            L("- Đ/c Lâm Văn Tuôl: rà soát, bổ sung danh sách cử tri đi làm ăn xa, xong trước ngày 10/3/2026."),
            L("- Đ/c Sơn Thị Chanh Thu: đọc thông báo bầu cử bằng tiếng Khmer trên loa ấp, hằng ngày."),
            L("- Chi đoàn ấp: trang trí khu vực bỏ phiếu số 7, hoàn thành trước 13/3/2026."),
            L("- Đ/c Thạch Sa Ngọc: gặp đ/c Triệu Văn Đen và đ/c Lý Văn Sang nhắc nhở việc vắng họp trong tuần."),
            L("Cuộc họp kết thúc lúc 16h10'. Biên bản đọc lại cho chi bộ nghe, 17/17 đ/c thống nhất thông qua."),
            S(["THƯ KÝ", "", "", "Lâm Thị Sa Ry"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Thạch Sa Ngọc"]),
        ],
        "truth": minute(
            meeting("regular", "2026-03-05", "14:00", "16:10", "Trụ sở ấp Sô La", E10_CELL, E10_COMM),
            "Thạch Sa Ngọc", "BT chi bộ", "Lâm Thị Sa Ry",
            attendance(21, 17, 4, 2, 2, 0,
                       [("Sơn Văn Hên", "bệnh, có xin phép", True),
                        ("Kim Thị Sóc Phia", "đi làm công nhân ở TP.HCM", True),
                        ("Triệu Văn Đen", "không lý do", False),
                        ("Lý Văn Sang", None, False)],
                       [("Trần Minh Luân", "Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách ấp")]),
            True,
            [],
            [task("Lâm Văn Tuôl", "rà soát, bổ sung danh sách cử tri đi làm ăn xa", "10/3/2026"),
             task("Sơn Thị Chanh Thu", "đọc thông báo bầu cử bằng tiếng Khmer trên loa ấp", "hằng ngày"),
             task("Chi đoàn ấp", "trang trí khu vực bỏ phiếu số 7", "13/3/2026"),
             task("Thạch Sa Ngọc", "gặp đ/c Triệu Văn Đen và đ/c Lý Văn Sang nhắc nhở việc vắng họp", "trong tuần")],
            ["low_attendance", "missing_vote", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# e13 — scan only: Bình Phước (Đồng Phú) cashew cooperative, October 2015, printed form with dots.
# =================================================================================================
E13_CELL = "CHI BỘ HTX ĐIỀU ĐỒNG TIẾN"
E13_COMM = "ĐẢNG BỘ XÃ ĐỒNG TIẾN"
DOCS.append({
    "name": "e13-binhphuoc-cashew-coop-2015-form", "folder": "dev", "born_digital": False,
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.3, "left": 80,
              "right": 60},
    "minutes": [{
        "blocks": [
            HD([E13_COMM, E13_CELL, "Số: 10-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đồng Tiến, ngày 09 tháng 10 năm 2015"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 10 năm 2015", bold=False),
            G(6),
            L("Hôm nay, vào lúc 7 giờ 30 phút, ngày 09 tháng 10 năm 2015."),
            L("Tại: Văn phòng Hợp tác xã."),
            L("Chi bộ tiến hành Sinh hoạt thường kỳ tháng 10 năm 2015."),
            L("Chủ trì: đ/c Điểu Minh Thắng. Chức vụ: Bí thư chi bộ, Giám đốc HTX."),
            L("Thư ký: đ/c Phạm Thị Thanh Tâm. Chức vụ: Chi ủy viên."),
            L("Tổng số đảng viên: 13; có mặt: 12; vắng: 01. Danh sách đảng viên vắng:"),
            T([(0.10, "TT", "c"), (0.50, "Họ và tên", "l"), (0.40, "Lý do", "l")], [["1", "Điểu Xia", "Không báo"]]),
            L("Khách mời: ……"),
            L("NỘI DUNG SINH HOẠT", bold=True),
            L("1. Thông tin: Việt Nam và 11 nước kết thúc đàm phán Hiệp định Đối tác xuyên Thái Bình Dương (TPP) ngày "
              "05/10/2015; giá điều thô cuối vụ còn khoảng 32.000 đồng/kg."),
            L("2. Đánh giá tháng 9/2015: HTX thu mua 86 tấn điều thô của xã viên; hỗ trợ giống điều ghép cao sản cho "
              "03 hộ đồng bào S'tiêng. Tồn tại: thiếu vốn lưu động; đ/c Điểu Xia nhiều lần không dự họp."),
            L("3. Nhiệm vụ tháng 10/2015: chăm sóc vườn điều sau mưa, bón phân, tỉa cành, phòng bọ xít muỗi; thu hồi "
              "nợ vật tư của xã viên."),
            L("4. Ý kiến thảo luận:"),
            L("- Đ/c Điểu Thị Mai: xã viên ở sóc Bù Ka muốn vay vốn mua phân, đề nghị HTX bảo lãnh với Ngân hàng Chính "
              "sách xã hội."),
            L("- Đ/c Lê Quang Vinh: giá điều xuống, HTX nên ký hợp đồng với nhà máy chế biến ở Đồng Xoài để giữ giá "
              "cho xã viên."),
            L("5. Kết luận của đồng chí chủ trì: ……………………"),
            L("6. Biểu quyết: Chi bộ nhất trí 100% với phương hướng tháng 10."),
            L("7. Phân công: Đề nghị các đồng chí đảng viên trong Ban quản trị HTX bám sát vườn điều của xã viên, "
              "hướng dẫn kỹ thuật chăm sóc sau mưa."),
            L("Buổi sinh hoạt kết thúc lúc 9 giờ 30 phút, cùng ngày. Biên bản đã được thông qua trước chi bộ."),
            S(["THƯ KÝ", "", "", "Phạm Thị Thanh Tâm"], ["BÍ THƯ", "", "", "Điểu Minh Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2015-10-09", "07:30", "09:30", "Văn phòng Hợp tác xã", E13_CELL, E13_COMM),
            "Điểu Minh Thắng", "Bí thư chi bộ", "Phạm Thị Thanh Tâm",
            attendance(13, 12, 1, 0, 1, 0, [("Điểu Xia", "Không báo", False)]),
            False,
            [vote("Phương hướng tháng 10/2015", None, None, None, 100)],
            [],
            ["missing_assignments", "missing_conclusion", "unexcused_absence", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [{"name": "e13-binhphuoc-cashew-coop-2015-form-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 1413, "dpi": 200}],
})
