"""Held-out set 13, writer b (dev/, `b…`): the Central coast, the Central Highlands, the South-East, Hồ Chí Minh City
and the Mekong delta, 2008–2026.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, ingest/**, the other writers' modules of this set or the earlier sets' minute texts and truth files, and
without running the extractor. Rendered by samples/heldout2/make.py (`build`). Names, cells and figures are invented
or used loosely; the paperwork follows /work/shared/DOMAIN.md. The set's theme is the defects inspectors look for and
what only looks like them: each minute flag appears several times, and next to it a minute that comes close to it
and must not raise it (a conclusion in odd words, in a table, with no heading, over a page break; tasks in passing, to
a role, to a group, in a table; a vote by hands or as a percentage; 90 % attendance exactly and exempt members that
move the bar; a combined meeting of 125 minutes over noon; the same printed form filled in and left with blanks).

Files (name -> what varies -> minute flags / book flags):

- b01-hcm-govap-ward-showofhands-clean -> Hồ Chí Minh City, Gò Vấp, Phường 5, residential cell of Khu phố 7,
  October 2023; Liberation Serif 13 justified, "Trang n/N"; two-level header with "*"; "1.–4." bold headings,
  "a)–c)" items; 27/30 present, no exempt (exactly 90 %), three absentees with reasons in brackets; a Party guest who
  speaks; the conclusion has no heading ("Tiếp thu ý kiến các đồng chí, đồng chí chủ trì chốt lại: …") and gives three
  tasks in passing (a mass organisation "Chi hội Phụ nữ khu phố", a role with no name "đồng chí Trưởng khu phố …
  phối hợp Công an phường", a member with no deadline); vote by show of hands "27/27 … đạt 100%"; 2 pages
  -> — / —
- b02-danang-school-agenda-promises-conclusion -> Đà Nẵng, Liên Chiểu, a lower-secondary school cell, November 2019;
  Liberation Sans 11.5 ragged, "I.–VI." capital headings; the agenda promises "4) Đồng chí Bí thư kết luận" but the
  minute goes from the teachers' opinions straight to the vote "17/18 … (đạt 94,4%), 01 … không tán thành" and a
  "PHÂN CÔNG" list ("cùng Chi đoàn giáo viên" stays in the task, "trong tuần này", "thường xuyên"); ends with the end
  time only, never read back -> missing_conclusion, not_approved / —
- b03-daklak-ede-village-general-calls-unexcused -> Đắk Lắk, Krông Pắc, Ê Đê village (buôn) cell in the 2016
  drought, April 2016; DejaVu Serif 11.5 justified, "* Thành phần:" style headings, old tone placement ("UỶ", "hoá");
  one exempt member named, 14/15 present, one absentee "(không báo)"; a member's own offer "tôi xin nhận …"; the
  conclusion under "* Ý kiến chỉ đạo của chủ trì:"; the plan in the passive voice and only "Đề nghị toàn thể đảng
  viên …", "mỗi đảng viên cần …" -> missing_assignments, unexcused_absence / —
- b04-binhphuoc-rubber-form-dots-80min-no-vote -> Bình Phước, Đồng Phú, a rubber plantation team cell, June 2012, a
  printed form typed in (Liberation Serif 12 ragged): "Số: ……-BB/CB", "Khách mời: ……", the vote line "Tán thành: ……
  đ/c; Không tán thành: …… …" left blank, "(Ký, ghi rõ họ tên)" under both titles; Stiêng names; a task to a role
  with no name ("Đ/c Đội phó kỹ thuật"), to a body ("Tổ bảo vệ đội"), one without a deadline; 13:30–14:50
  -> missing_vote, short_meeting, unfilled_template / —
- b05-binhphuoc-rubber-form-filled-90min-clean -> the same printed form of the same plantation, another team, March
  2013, every field filled ("Số: 03-BB/CB", the guest, "Tán thành: 18 đ/c; Không tán thành: 0 đ/c; Ý kiến khác: 0
  đ/c", names under the titles); two exempt members named, 18/18 present; conclusion "Thay mặt chi ủy, đồng chí …
  tổng hợp và thống nhất …" with "(1) (2) (3)"; 14:00–15:30 (exactly 90 minutes) -> — / —
- b06-soctrang-khmer-hamlet-no-discussion-not-approved -> Sóc Trăng, Vĩnh Châu, Khmer hamlet cell in the 2021 salt
  intrusion and Covid, March 2021; Liberation Serif 12.5, no headings at all, eight short paragraphs; one member
  exempt for age, "Đảng viên phải dự: 20; có mặt: 18" (exactly 90 %), two absentees with reasons; reports only, "các
  đồng chí đảng viên dự họp không có ý kiến gì thêm"; the conclusion is "Cuối buổi, đồng chí Bí thư nhấn mạnh: … yêu
  cầu …" with a single task in passing ("giao đồng chí … Trưởng ấp, phối hợp …, báo cáo chi bộ trước ngày 31/3/2021");
  "Chi bộ nhất trí 100% với ý kiến kết luận …"; ends with the end time, no read-back
  -> no_discussion, not_approved / —
- b07-binhduong-factory-combined-110min-low-unexcused -> Bình Dương, Thuận An, a cell in a private electronics
  company, August 2023, regular meeting combined with a thematic one (topic line in italics); DejaVu Sans 10.5
  justified, right-aligned running head from page 2, "- n -"; "từ 14g00 đến 15g50" (110 minutes: short for a
  combined meeting); counts in words ("hai mươi sáu", "hai mươi ba": 88.5 %), three absentees in one sentence, one
  "vắng không lý do"; "PHẦN THỨ NHẤT/HAI"; the chair's conclusion in a ruled table "Nội dung | Kết luận"; a ruled
  task table "STT | Công việc | Người/bộ phận thực hiện | Thời hạn" (a group, two members in one cell, "Thường
  xuyên"); "tán thành 23/23 … (100%)" -> low_attendance, short_meeting, unexcused_absence / —
- b08-vinhlong-hospital-combined-125min-noon-exempt-clean -> Vĩnh Long provincial hospital, internal medicine ward,
  May 2024, regular meeting combined with the Q2 thematic one (topic in quotes); Liberation Serif 13 justified,
  "Trang n"; 10:30–12:35 across noon (125 minutes: not short); 31 members, 3 exempt (two studying abroad, one on
  long sick leave), 26/28 present (92.9 %; 26/31 would be below the bar), degrees in front of names; a Party guest;
  "A.–E." headings; the chair's conclusion starts at the foot of page 1 and runs on to page 2; "+ Đ/c X:" task
  lines with "trước ngày 15/6/2024", "trong tuần này", "trong quý II/2024" and a group ("+ Tổ điều dưỡng khu B: …,
  hằng tuần"); vote as a percentage only ("với tỷ lệ 100% …"); 2 pages -> — / —
- b09-dongthap-hamlet-book-jan-jun-2022 -> minute BOOK of a Đồng Tháp (Tháp Mười) hamlet cell, five minutes on
  three pages typed on continuously, every minute after the first mid-page under the previous signatures, with a
  title of its own and no header; Liberation Serif 12, right-aligned running head from page 2, "- n -":
    1. 09/01/2022 regular: "vắng: đ/c Phạm Văn Rở (không lý do)"; conclusion with two tasks; ends "Họp kết thúc lúc
       20 giờ 45 phút." -> unexcused_absence, not_approved
    2. 13/02/2022 regular combined with the Q1 thematic meeting ("Chuyên đề: …" line), 18:30–21:00; "đ/c Phạm Văn
       Rở vắng không phép"; conclusion and tasks, never put to a vote; read back -> missing_vote, unexcused_absence
    3. 10/4/2022 regular, 75 minutes; Rở away "(đi làm thuê ở Bình Dương, có báo)" (excused); a list of targets with
       nobody named; a "* Kết luận:" heading left empty before "* Biểu quyết:"; the minute says March was skipped
       (members in Covid isolation)
       -> missing_assignments, missing_conclusion, short_meeting
    4. 08/5/2022 regular: 13/16 present, Rở "(không báo lý do)"; "thống nhất với báo cáo, không có ý kiến"; the
       Bí thư concludes and says "Chi ủy sẽ phân công cụ thể từng đồng chí sau"
       -> low_attendance, missing_assignments, no_discussion, unexcused_absence
    5. 12/6/2022 regular: 16/16 present, opinions, conclusion, tasks, vote, read back -> —
  March has no meeting; Q2 has no thematic meeting; Rở absent without reason in January, February and May
  -> book: missing_month, no_thematic_in_quarter, repeated_absence
- b10-quangngai-commune-office-member-sums-up-minutes-vote-only -> Quảng Ngãi, Bình Sơn, the cell of a commune's
  offices, October 2017 (storm season); DejaVu Serif 11 ragged, one page, "1.–4." headings with "a)–d)"; times in
  words ("bảy giờ ba mươi phút sáng", "chín giờ năm mươi phút"); an ordinary member, not the chair, sums up the
  opinions; tasks ("Giao đồng chí …", "Đồng chí … lập …", a body "Hội Liên hiệp Phụ nữ xã"); the only vote is on the
  minutes ("biểu quyết thông qua biên bản: 12/12") -> missing_conclusion, missing_vote / —
- b11-khanhhoa-lobster-form-2010-scan-photocopy -> scan only (photocopy, 250 dpi, no born-digital twin): Khánh Hòa,
  Vạn Ninh, lobster-farming village cell, July 2010, a printed form typed in (Liberation Sans 11): "Khách mời: ……",
  "(Ký, ghi rõ họ tên)"; counts only ("Vắng: 01 đ/c, lý do: đi biển"); "Ý kiến thảo luận: Không có ý kiến."; a
  "KẾT LUẬN:" heading that holds only the vote; named tasks -> missing_conclusion, no_discussion, unfilled_template / —
- b12-tayninh-hamlet-2008-typewriter-17of19-low -> Tây Ninh, Hòa Thành, a hamlet cell, September 2008, typed on a
  machine (Liberation Mono 10.5, ragged), one dense page, "I/ II/ III/" headings; meeting at a member's house; "Đảng
  viên có mặt: 17/19 đ/c" (89.5 %: low) with two absentees and vague but stated reasons ("bận việc gia đình"); the
  opinions of three members in one sentence naming them; the Bí thư's conclusion with no heading at the end of the
  discussion; a ruled task table "TT | Việc phải làm | Người làm | Hạn" (a group "Tổ 3", "Rằm tháng Tám", an empty
  deadline cell); vote in words "mười bảy trên mười bảy" -> low_attendance / —
- b13-cantho-ward-2026-template-ghiro-passive-plan -> Cần Thơ, ward Cái Khế after the 2025 merger, January 2026
  (the XIVth Congress, the 2026 election, Tết Bính Ngọ); Liberation Sans 11.5 justified, "Trang n"; a ward template
  with "Đại biểu dự: ……" and "(Ký, ghi rõ họ tên)" left in place above the typed names; the month's tasks as
  passive targets ("được đẩy mạnh", "được thăm hỏi") and "mỗi đảng viên …" in the conclusion; "Tán thành: 24/24;
  không tán thành: 0; ý kiến khác: 0" -> missing_assignments, unfilled_template / —
- b14-hcm-govap-ward-scan-moderate -> image-only twin of b01 (moderate, 200 dpi) -> — / —

Labelling decisions (on top of samples/README.md and the "Labelling choices" of samples/heldout*/README.md):
- Conclusion: the chair's summing-up with content, under any heading or none. It counts as "Tiếp thu ý kiến …, đồng
  chí chủ trì chốt lại: …", "Thay mặt chi ủy, đồng chí … tổng hợp và thống nhất …", "Ý kiến chỉ đạo của chủ trì",
  "Cuối buổi, đồng chí Bí thư nhấn mạnh: … yêu cầu …", a ruled table under "KẾT LUẬN CỦA CHỦ TRÌ" introduced by the
  chair's name, and a conclusion that runs over a page break. It does not count when the agenda alone promises it,
  when an ordinary member (not chairing) "tóm tắt lại" the opinions, or when a "Kết luận" heading is left empty or
  holds only the vote.
- Assignments: a task given in passing inside the conclusion ("giao đồng chí … , báo cáo chi bộ trước ngày …") is an
  assignment; "đồng chí Trưởng khu phố …" gives the role "Trưởng khu phố"; "Chi hội Phụ nữ khu phố", "Tổ bảo vệ đội",
  "Tổ 3", "Hội Liên hiệp Phụ nữ xã" are assignees as written; a partner after "cùng" / "phối hợp" stays in the task.
  The task is the verb phrase as written after the assignee, without the deadline phrase (in a table, the task cell).
  No assignment: passive targets, "Đề nghị toàn thể đảng viên …", "mỗi đảng viên cần …", a member's "tôi xin nhận …",
  "Chi ủy sẽ phân công cụ thể từng đồng chí sau", a list of targets with nobody named.
- Votes: a show of hands "27/27 … đạt 100%" gives for 27 and 100; "với tỷ lệ 100% đảng viên có mặt tán thành" gives
  the percentage only; "Chi bộ nhất trí 100% với ý kiến kết luận" gives percent 100; a vote line left as dots is no
  vote; "biểu quyết thông qua biên bản: 12/12" approves the minutes and is no resolution.
- Approval: "Biên bản được thư ký đọc lại …, thống nhất thông qua", "Biên bản đọc lại cho chi bộ nghe, thông qua" and
  "Biên bản đọc lại, chi bộ thống nhất" are approvals; a minute that ends with its end time only is not approved.
- Discussion: opinions of three named members given in one sentence are recorded opinions; "không có ý kiến gì
  thêm" and "thống nhất với báo cáo, không có ý kiến" are none.
- Attendance: "vắng không lý do" / "vắng không phép" give the reason without the verb ("không lý do", "không phép"),
  unexcused; "không báo", "không báo lý do" unexcused; "bận việc gia đình", "có báo", "đã xin phép", "nghỉ chế độ thai
  sản" excused (maternity leave written as an absence is an absence, not an exemption); "Vắng: 01 đ/c, lý do: đi
  biển" with nobody named is one excused absence and no absentee; members "được miễn sinh hoạt" while studying abroad
  or on long sick leave are exempt; "17/19" with nothing said of exemption is total 19, exempt 0. Degrees ("BS.",
  "ĐD.", "BSCKII.", "CNĐD.") are dropped from names.
- Times: times in words are read as figures; a meeting across noon runs from its start to its end with nothing
  subtracted; 90 minutes exactly is not short, a combined meeting is held to 120.
- unfilled_template: "……" or "(Ký, ghi rõ họ tên)" anywhere on the minute, even with the typed names under it.
- Location as written without "tại", a comrade's house included ("nhà đ/c Trần Văn Bé Hai (tổ 5 ấp Long Trung)").
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, meeting, minute, task, vote

DOCS: list[dict] = []


# b01 — Hồ Chí Minh City, Gò Vấp: residential cell; exactly 90 %; conclusion with no heading, tasks in passing.
_B01_CELL, _B01_COMM = "CHI BỘ KHU PHỐ 7", "ĐẢNG BỘ PHƯỜNG 5"
DOCS.append({
    "name": "b01-hcm-govap-ward-showofhands-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.35, "left": 82,
              "right": 56, "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN GÒ VẤP", _B01_COMM, _B01_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Gò Vấp, ngày 12 tháng 10 năm 2023"], bold_left=(2,)),
            G(10),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 10/2023"),
            G(8),
            P("Vào lúc 19 giờ 30 phút, ngày 12/10/2023, tại Văn phòng Ban điều hành khu phố 7 (số 41 đường "
              "Nguyễn Văn Lượng), Chi bộ Khu phố 7 tiến hành sinh hoạt định kỳ tháng 10 năm 2023."),
            H("1. Thành phần"),
            P("- Chi bộ hiện có 30 đảng viên (27 chính thức, 03 dự bị); không có đồng chí nào được miễn sinh hoạt. "
              "Có mặt 27/30 đồng chí, đạt 90%."),
            P("- Vắng 03 đồng chí, đều có báo cáo với chi ủy: đ/c Trương Thị Mỹ Dung (đi công tác Hà Nội), đ/c Lâm "
              "Chấn Huy (nằm viện), đ/c Phan Văn Tám (về quê chịu tang)."),
            P("- Dự và chỉ đạo: đồng chí Hồ Thị Kim Loan, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân Phường 5."),
            P("- Chủ trì: đồng chí Nguyễn Thành Đạt, Bí thư chi bộ. Thư ký: đồng chí Vũ Ngọc Hân, chi ủy viên."),
            H("2. Nội dung sinh hoạt"),
            P("a) Đồng chí Phó Bí thư Tạ Quang Khải thông tin tình hình thời sự nổi bật trong tháng; phổ biến Kế "
              "hoạch của Đảng ủy phường về sơ kết việc thực hiện Chỉ thị 05-CT/TW và hướng dẫn của Ủy ban nhân dân "
              "quận về chỉnh trang, lập lại trật tự lòng lề đường trên các tuyến hẻm."),
            P("b) Đồng chí Bí thư báo cáo kết quả tháng 9: khu phố đã vận động 126 hộ đóng góp quỹ \"Vì người "
              "nghèo\" được 31.500.000 đồng; tổ chức Tết Trung thu cho 214 cháu thiếu nhi; xóa 04 điểm tập kết rác "
              "tự phát trong hẻm 512. Hạn chế: việc thu gom rác ở các dãy nhà trọ chưa đều, một số đảng viên chưa "
              "tham gia đầy đủ sinh hoạt tổ dân phố nơi cư trú."),
            P("c) Phương hướng tháng 11: vận động nhân dân tham gia Ngày hội Đại đoàn kết toàn dân tộc (18/11); rà "
              "soát người ở trọ, tạm trú; tiếp tục chương trình \"Hẻm xanh – sạch – sáng\"; chuẩn bị kiểm điểm, "
              "đánh giá, xếp loại đảng viên cuối năm."),
            H("3. Thảo luận"),
            P("- Đ/c Đặng Hữu Phước (Tổ trưởng tổ dân phố 7/3): hẻm 512 còn 02 hộ kinh doanh lấn chiếm vỉa hè, đề "
              "nghị phường có văn bản nhắc nhở; tổ 7/3 sẵn sàng đứng ra vận động."),
            P("- Đ/c Trần Thị Ngọc Bích: Ngày hội Đại đoàn kết năm nay nên tổ chức gọn, dành kinh phí tặng quà cho "
              "15 hộ cận nghèo, danh sách phải đúng đối tượng, tránh cào bằng."),
            P("- Đ/c Hồ Thị Kim Loan ghi nhận kết quả của khu phố, lưu ý rà soát kỹ các phòng trọ có nguy cơ cháy "
              "nổ trước mùa khô, nhất là những dãy trọ vừa ở vừa kinh doanh."),
            P("Tiếp thu ý kiến các đồng chí, đồng chí chủ trì chốt lại: chi bộ thống nhất với báo cáo kết quả tháng "
              "9 và phương hướng tháng 11; trọng tâm là tổ chức Ngày hội Đại đoàn kết tiết kiệm, đúng đối tượng, "
              "giải quyết dứt điểm việc lấn chiếm vỉa hè ở hẻm 512 và kiểm tra phòng cháy tại nhà trọ. Giao Chi hội "
              "Phụ nữ khu phố lập danh sách 15 hộ cận nghèo nhận quà, xong trước ngày 05/11/2023; đồng chí Trưởng "
              "khu phố phối hợp Công an phường kiểm tra phòng cháy tại các nhà trọ trong tháng 11; đồng chí Đặng "
              "Hữu Phước vận động 02 hộ kinh doanh trả lại vỉa hè hẻm 512."),
            H("4. Biểu quyết"),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 27/27 đồng chí có mặt tán thành các nội dung trên, đạt "
              "100%."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 10 phút cùng ngày. Biên bản được thư ký đọc lại trước chi bộ, các "
              "đồng chí dự họp thống nhất thông qua."),
            S(["THƯ KÝ", "", "", "", "Vũ Ngọc Hân"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Nguyễn Thành Đạt"]),
        ],
        "truth": minute(
            meeting("regular", "2023-10-12", "19:30", "21:10",
                    "Văn phòng Ban điều hành khu phố 7 (số 41 đường Nguyễn Văn Lượng)", _B01_CELL, _B01_COMM),
            "Nguyễn Thành Đạt", "Bí thư chi bộ", "Vũ Ngọc Hân",
            attendance(30, 27, 3, 3, 0, 0,
                       [("Trương Thị Mỹ Dung", "đi công tác Hà Nội", True), ("Lâm Chấn Huy", "nằm viện", True),
                        ("Phan Văn Tám", "về quê chịu tang", True)],
                       [("Hồ Thị Kim Loan", "Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân Phường 5")]),
            True,
            [vote("Kết quả tháng 9, phương hướng tháng 11 và kết luận (giơ tay)", 27, pct=100)],
            [task("Chi hội Phụ nữ khu phố", "lập danh sách 15 hộ cận nghèo nhận quà", "05/11/2023"),
             task("Trưởng khu phố", "phối hợp Công an phường kiểm tra phòng cháy tại các nhà trọ", "tháng 11"),
             task("Đặng Hữu Phước", "vận động 02 hộ kinh doanh trả lại vỉa hè hẻm 512", None)],
            []),
    }],
    "flags": [],
    "scans": [{"name": "b14-hcm-govap-ward-scan-moderate", "folder": "dev", "damage": "moderate", "seed": 1301,
               "dpi": 200}],
})


# b02 — Đà Nẵng, school: the agenda promises the Bí thư's conclusion; opinions go straight to the vote.
_B02_CELL, _B02_COMM = "CHI BỘ TRƯỜNG THCS NGUYỄN LƯƠNG BẰNG", "ĐẢNG BỘ PHƯỜNG HÒA KHÁNH BẮC"
DOCS.append({
    "name": "b02-danang-school-agenda-promises-conclusion", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.3, "left": 72,
              "right": 54, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN LIÊN CHIỂU", _B02_COMM, _B02_CELL],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Liên Chiểu, ngày 06 tháng 11 năm 2019"], bold_left=(2,), size=10),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2019"),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            L("– Thời gian: 16 giờ 45 phút, thứ Tư ngày 06/11/2019."),
            L("– Địa điểm: Phòng họp Hội đồng sư phạm nhà trường."),
            H("II. THÀNH PHẦN"),
            L("– Đảng viên của chi bộ: 19 đồng chí; có mặt: 18 đồng chí; vắng: 01 đồng chí (đ/c Lê Thị Diệu Hiền, "
              "nghỉ thai sản)."),
            L("– Chủ trì: đ/c Phan Thanh Tùng, Bí thư chi bộ, Hiệu trưởng."),
            L("– Thư ký: đ/c Ngô Thị Bảo Trâm, giáo viên Ngữ văn."),
            H("III. CHƯƠNG TRÌNH"),
            L("1) Thông tin thời sự, văn bản mới; 2) Đánh giá công tác tháng 10, phương hướng tháng 11; 3) Thảo "
              "luận; 4) Đồng chí Bí thư kết luận; 5) Biểu quyết, phân công nhiệm vụ."),
            H("IV. DIỄN BIẾN"),
            L("1. Đ/c Phó Bí thư Trần Văn Quý thông tin: Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các "
              "cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; kế hoạch của Sở Giáo dục và Đào tạo về "
              "Hội khỏe Phù Đổng cấp thành phố; thông báo của Quận ủy về lịch kiểm tra công tác đảng viên ở các chi "
              "bộ trường học trong tháng 12."),
            L("2. Đ/c Bí thư báo cáo: tháng 10 nhà trường hoàn thành khảo sát chất lượng đầu năm, tỉ lệ học sinh yếu "
              "môn Toán khối 6 còn 11,2%; tổ chức hội thi giáo viên dạy giỏi cấp trường với 14 tiết dự thi, 09 tiết "
              "xếp loại giỏi; 100% đảng viên đăng ký nêu gương theo Quy định 08. Phương hướng tháng 11: tổ chức các "
              "hoạt động chào mừng ngày Nhà giáo Việt Nam 20/11, dự giờ thăm lớp, phụ đạo học sinh yếu, chuẩn bị "
              "kiểm tra giữa học kỳ I."),
            L("3. Thảo luận:"),
            L("– Đ/c Nguyễn Thị Hoài Thương (Tổ trưởng tổ Toán – Tin): học sinh khối 6 mới lên còn hổng kiến thức "
              "phân số, đề nghị tăng 02 buổi phụ đạo mỗi tuần, bố trí vào chiều thứ Ba và thứ Năm."),
            L("– Đ/c Huỳnh Bá Lộc: phòng máy tính có 9/30 máy hỏng, tiết Tin học phải ghép 3 em một máy; đề nghị "
              "trích kinh phí sửa chữa trước đợt kiểm tra."),
            L("– Đ/c Võ Thị Kim Yến (Tổng phụ trách Đội): chương trình văn nghệ 20/11 đã chọn được 8 tiết mục, còn "
              "thiếu trang phục; Liên đội sẽ vận động phụ huynh hỗ trợ."),
            L("– Đ/c Trần Văn Quý đồng tình với đ/c Thương, đề nghị tổ Toán – Tin lập danh sách học sinh theo từng "
              "mức độ để phụ đạo cho sát."),
            H("V. BIỂU QUYẾT"),
            L("Chi bộ biểu quyết thông qua báo cáo và phương hướng nhiệm vụ tháng 11/2019: 17/18 đồng chí tán thành "
              "(đạt 94,4%), 01 đồng chí không tán thành."),
            H("VI. PHÂN CÔNG"),
            L("– Đ/c Nguyễn Thị Hoài Thương xây dựng lịch phụ đạo môn Toán khối 6, hoàn thành trước ngày "
              "11/11/2019."),
            L("– Đ/c Huỳnh Bá Lộc lập dự trù sửa chữa phòng máy tính, trình Hiệu trưởng trong tuần này."),
            L("– Đ/c Võ Thị Kim Yến cùng Chi đoàn giáo viên dàn dựng chương trình văn nghệ cho lễ kỷ niệm ngày Nhà "
              "giáo Việt Nam, xong trước ngày 15/11/2019."),
            L("– Đ/c Trần Văn Quý theo dõi, đôn đốc việc dự giờ thăm lớp của các tổ chuyên môn, thường xuyên."),
            G(4),
            L("Buổi sinh hoạt kết thúc vào lúc 18 giờ 30 phút cùng ngày."),
            S(["THƯ KÝ", "", "", "Ngô Thị Bảo Trâm"], ["BÍ THƯ CHI BỘ", "", "", "Phan Thanh Tùng"]),
        ],
        "truth": minute(
            meeting("regular", "2019-11-06", "16:45", "18:30", "Phòng họp Hội đồng sư phạm nhà trường",
                    _B02_CELL, _B02_COMM),
            "Phan Thanh Tùng", "Bí thư chi bộ", "Ngô Thị Bảo Trâm",
            attendance(19, 18, 1, 1, 0, 0, [("Lê Thị Diệu Hiền", "nghỉ thai sản", True)]),
            False,
            [vote("Báo cáo và phương hướng nhiệm vụ tháng 11/2019", 17, 1, None, 94.4)],
            [task("Nguyễn Thị Hoài Thương", "xây dựng lịch phụ đạo môn Toán khối 6", "11/11/2019"),
             task("Huỳnh Bá Lộc", "lập dự trù sửa chữa phòng máy tính, trình Hiệu trưởng", "tuần này"),
             task("Võ Thị Kim Yến", "cùng Chi đoàn giáo viên dàn dựng chương trình văn nghệ cho lễ kỷ niệm ngày "
                  "Nhà giáo Việt Nam", "15/11/2019"),
             task("Trần Văn Quý", "theo dõi, đôn đốc việc dự giờ thăm lớp của các tổ chuyên môn", "thường xuyên")],
            ["missing_conclusion", "not_approved"]),
    }],
    "flags": [], "scans": [],
})


# b03 — Đắk Lắk, Ê Đê village in the 2016 drought: general calls only; one absentee "không báo".
_B03_CELL, _B03_COMM = "CHI BỘ BUÔN KRAI", "ĐẢNG UỶ XÃ EA PHÊ"
DOCS.append({
    "name": "b03-daklak-ede-village-general-calls-unexcused", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.3, "left": 76,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD([_B03_COMM, _B03_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ea Phê, ngày 10 tháng 4 năm 2016"],
               bold_left=(1,)),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("Tháng 4 năm 2016", bold=False, italic=True),
            G(6),
            P("Hôm nay, lúc 7h30 ngày 10/4/2016, tại nhà văn hoá cộng đồng buôn Krai, Chi bộ buôn Krai họp thường "
              "kỳ tháng 4."),
            H("* Thành phần:"),
            P("Tổng số đảng viên: 16 đồng chí; miễn sinh hoạt: 01 đồng chí (đ/c Y Nuê Niê, tuổi cao, sức yếu). Có "
              "mặt: 14/15 đồng chí. Vắng: 01 đồng chí – đ/c Y Kô Ayun (không báo)."),
            P("Chủ trì: đ/c Y Bhin Niê – Bí thư Chi bộ, Trưởng buôn. Thư ký: đ/c H'Liên Êban – Chi uỷ viên."),
            H("* Nội dung:"),
            P("1. Đồng chí Phó Bí thư Lê Đình Hoà thông tin: hạn hán kéo dài từ đầu mùa khô, toàn xã có trên 1.200 "
              "ha cà phê thiếu nước tưới; Kế hoạch của Đảng uỷ xã triển khai Nghị quyết Đại hội XII của Đảng; cuộc "
              "bầu cử đại biểu Quốc hội khoá XIV và đại biểu Hội đồng nhân dân các cấp vào ngày 22/5/2016."),
            P("2. Đồng chí Bí thư đánh giá tháng 3: buôn có 47 ha cà phê bị hạn, trong đó 12 ha có nguy cơ mất "
              "trắng; đã nạo vét 02 giếng chung và hồ Ea Krai; vận động 9 hộ nhường nước cho các hộ có vườn khô "
              "nặng; an ninh trật tự ổn định. Hạn chế: vài hộ tự ý đắp đập chặn suối gây mâu thuẫn; việc lập danh "
              "sách cử tri còn chậm."),
            P("3. Phương hướng tháng 4 và tháng 5:"),
            P("– Việc điều tiết nước tưới giữa các hộ được thực hiện theo lịch luân phiên, không để xảy ra tranh "
              "chấp nguồn nước."),
            P("– Danh sách cử tri của buôn được rà soát, niêm yết đúng thời gian quy định."),
            P("– Diện tích cà phê già cỗi cần tái canh được thống kê để đăng ký với xã."),
            P("– Tiếp tục vận động con em trong buôn không bỏ học đi làm thuê trong mùa khô."),
            H("* Thảo luận:"),
            P("Đ/c Y Khu Ayun: hộ ông Y Bhăm ở cuối suối không có nước tưới ba tuần nay, cây đã rụng trái non; đề "
              "nghị chi bộ vận động các hộ đầu nguồn mở đập cho nước về."),
            P("Đ/c H'Nga Êban (Chi hội trưởng Chi hội Phụ nữ): các hộ đầu nguồn phần lớn là người quen, tôi xin nhận "
              "cùng chị em đến nói chuyện từng nhà."),
            P("Đ/c Trần Văn Lịch: giá cà phê chỉ còn khoảng 33.000 đồng/kg, nhiều hộ đã vay nóng để mua dầu chạy máy "
              "bơm; đề nghị xã giới thiệu bà con vay vốn Ngân hàng Chính sách xã hội."),
            H("* Ý kiến chỉ đạo của chủ trì:"),
            P("Đồng chí Y Bhin Niê tiếp thu các ý kiến và thống nhất: nước tưới là việc cấp bách nhất của buôn lúc "
              "này, chi bộ vận động mở các đập chặn suối ngay trong tuần, việc chia nước phải công khai tại nhà văn "
              "hoá; danh sách cử tri phải xong đúng hạn xã giao; chi bộ kiến nghị Đảng uỷ xã hỗ trợ 02 máy bơm dầu "
              "cho các hộ cuối suối. Đề nghị toàn thể đảng viên gương mẫu chấp hành lịch tưới, không để xảy ra xô "
              "xát; mỗi đảng viên cần vận động ít nhất hai hộ xung quanh cùng thực hiện."),
            P("Biểu quyết: 14/14 đồng chí có mặt nhất trí (100%)."),
            P("Cuộc họp kết thúc lúc 10h00 cùng ngày. Biên bản đã đọc cho chi bộ nghe và được nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "", "H'Liên Êban"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Y Bhin Niê"]),
        ],
        "truth": minute(
            meeting("regular", "2016-04-10", "07:30", "10:00", "nhà văn hoá cộng đồng buôn Krai", _B03_CELL,
                    _B03_COMM),
            "Y Bhin Niê", "Bí thư Chi bộ", "H'Liên Êban",
            attendance(16, 14, 1, 0, 1, 1, [("Y Kô Ayun", "không báo", False)]),
            True,
            [vote("Ý kiến chỉ đạo và phương hướng tháng 4, tháng 5", 14, pct=100)],
            [],
            ["missing_assignments", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# b04 / b05 — Bình Phước, Đồng Phú: one printed form of the plantation, typed in by two teams' clerks.
_RUBBER_STYLE = {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.35, "left": 72,
                 "right": 52, "para_gap": 2}
_B04_CELL, _B05_CELL, _RUBBER_COMM = "CHI BỘ ĐỘI 4", "CHI BỘ ĐỘI 2", "ĐẢNG BỘ NÔNG TRƯỜNG TÂN LẬP"
DOCS.append({
    "name": "b04-binhphuoc-rubber-form-dots-80min-no-vote", "folder": "dev",
    "style": _RUBBER_STYLE,
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CAO SU ĐỒNG PHÚ", _RUBBER_COMM, _B04_CELL, "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Lập, ngày 25 tháng 6 năm 2012"], bold_left=(2,), size=10.5),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("Tháng 6 năm 2012", bold=False),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            L("Bắt đầu: 13 giờ 30 phút, ngày 25 tháng 6 năm 2012."),
            L("Địa điểm: Hội trường Đội 4, Nông trường Tân Lập."),
            H("II. THÀNH PHẦN"),
            L("1. Tổng số đảng viên: 21 đ/c. Miễn sinh hoạt: 0 đ/c."),
            L("2. Có mặt: 20 đ/c. Vắng: 01 đ/c. Trong đó có lý do: 01 đ/c (đ/c Điểu Lộc – đi viện); không lý do: "
              "0 đ/c."),
            L("3. Khách mời: ……"),
            L("4. Chủ trì: đ/c Huỳnh Văn Sáu. Chức vụ: Bí thư chi bộ, Đội trưởng."),
            L("5. Thư ký: đ/c Điểu Thị Ngọc. Chức vụ: Chi ủy viên, Kế toán đội."),
            H("III. NỘI DUNG"),
            L("1. Đánh giá kết quả tháng 5/2012:"),
            P("Sản lượng mủ quy khô cả đội đạt 61,8 tấn, bằng 8,4% kế hoạch năm; 3/5 tổ cạo vượt định mức; 100% "
              "công nhân được cấp bảo hộ lao động. Tồn tại: xảy ra 02 vụ mất trộm mủ ở lô 17; 01 công nhân cạo "
              "phạm sâu bị nhắc nhở; việc phun thuốc phòng bệnh còn chậm so với lịch.", indent=24),
            L("2. Phương hướng tháng 7/2012:"),
            P("Giữ ngày công cạo trong mùa mưa, tăng cường bôi thuốc phòng loét sọc mặt cạo và nấm hồng; bảo vệ "
              "vườn cây, mủ tạp; vận động công nhân tham gia bảo hiểm xã hội đầy đủ.", indent=24),
            L("3. Ý kiến thảo luận:"),
            P("- Đ/c Nguyễn Văn Tuấn (Tổ trưởng tổ 2): lô 17 giáp rừng, ban đêm không có người gác nên kẻ gian vào "
              "lấy mủ đông; tổ 2 mới nhận 3 công nhân chưa vững kỹ thuật.", indent=24),
            P("- Đ/c Trịnh Thị Lan: thuốc phòng nấm hồng về chậm gần hai tuần, công nhân phải tự mua.", indent=24),
            P("- Đ/c Điểu Brăng: bà con người Stiêng ở tổ 4 muốn được tập huấn thêm về kỹ thuật cạo úp.",
              indent=24),
            L("4. Kết luận của chủ trì:"),
            P("Đồng chí Bí thư kết luận: tháng 7 là cao điểm mưa, đội phải giữ bằng được ngày công và chất lượng "
              "mặt cạo; lô 17, 18 phải có người gác đêm; đề nghị nông trường cấp thuốc phòng bệnh kịp thời; quan tâm "
              "kèm cặp công nhân mới, nhất là công nhân người dân tộc.", indent=24),
            L("5. Biểu quyết:"),
            L("Tán thành: …… đ/c; Không tán thành: …… đ/c; Ý kiến khác: …… đ/c."),
            L("6. Phân công thực hiện:"),
            P("- Đ/c Đội phó kỹ thuật chỉ đạo các tổ phun thuốc phòng nấm hồng, xong trước ngày 10/7/2012.",
              indent=24),
            P("- Tổ bảo vệ đội bố trí gác đêm tại lô 17 và lô 18, thường xuyên.", indent=24),
            P("- Đ/c Nguyễn Văn Tuấn kèm cặp 3 công nhân mới của tổ 2 về kỹ thuật cạo.", indent=24),
            L("Cuộc họp kết thúc lúc 14 giờ 50 phút cùng ngày. Biên bản đã được đọc lại và thông qua trước chi bộ."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Điểu Thị Ngọc"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "Huỳnh Văn Sáu"]),
        ],
        "truth": minute(
            meeting("regular", "2012-06-25", "13:30", "14:50", "Hội trường Đội 4, Nông trường Tân Lập",
                    _B04_CELL, _RUBBER_COMM),
            "Huỳnh Văn Sáu", "Bí thư chi bộ", "Điểu Thị Ngọc",
            attendance(21, 20, 1, 1, 0, 0, [("Điểu Lộc", "đi viện", True)]),
            True,
            [],
            [task("Đội phó kỹ thuật", "chỉ đạo các tổ phun thuốc phòng nấm hồng", "10/7/2012"),
             task("Tổ bảo vệ đội", "bố trí gác đêm tại lô 17 và lô 18", "thường xuyên"),
             task("Nguyễn Văn Tuấn", "kèm cặp 3 công nhân mới của tổ 2 về kỹ thuật cạo", None)],
            ["missing_vote", "short_meeting", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})

DOCS.append({
    "name": "b05-binhphuoc-rubber-form-filled-90min-clean", "folder": "dev",
    "style": _RUBBER_STYLE,
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY CAO SU ĐỒNG PHÚ", _RUBBER_COMM, _B05_CELL, "Số: 03-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Lập, ngày 22 tháng 3 năm 2013"], bold_left=(2,), size=10.5),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("Tháng 3 năm 2013", bold=False),
            G(6),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            L("Bắt đầu: 14 giờ 00 phút, ngày 22 tháng 3 năm 2013."),
            L("Địa điểm: Văn phòng Đội 2, Nông trường Tân Lập."),
            H("II. THÀNH PHẦN"),
            L("1. Tổng số đảng viên: 20 đ/c. Miễn sinh hoạt: 02 đ/c (đ/c Lê Văn Sáng, đ/c Phạm Thị Hà – nghỉ chữa "
              "bệnh dài ngày)."),
            L("2. Có mặt: 18 đ/c. Vắng: 0 đ/c. Trong đó có lý do: 0 đ/c; không lý do: 0 đ/c."),
            L("3. Khách mời: đ/c Phạm Văn Hiền – Phó Bí thư Đảng ủy nông trường."),
            L("4. Chủ trì: đ/c Lê Quang Vinh. Chức vụ: Bí thư chi bộ, Đội trưởng."),
            L("5. Thư ký: đ/c Đào Thị Thu. Chức vụ: Chi ủy viên."),
            H("III. NỘI DUNG"),
            L("1. Đánh giá kết quả tháng 2/2013:"),
            P("Vườn cây đang thời kỳ rụng lá, đội đã ngưng cạo đúng lịch; hoàn thành phát dọn thực bì 186/210 ha; "
              "làm xong 4,2 km đường băng cản lửa; chưa để xảy ra cháy. Tồn tại: lô 9 còn nhiều cỏ tranh sát hàng "
              "cây; một số hộ dân quanh lô 6 vẫn đốt rác gần vườn.", indent=24),
            L("2. Phương hướng tháng 4/2013:"),
            P("Tiếp tục phòng chống cháy đến hết mùa khô; chuẩn bị mở miệng cạo khi cây ra lá ổn định; tập huấn "
              "lại kỹ thuật cạo cho công nhân; sửa chữa đường lô phục vụ vận chuyển mủ.", indent=24),
            L("3. Ý kiến thảo luận:"),
            P("- Đ/c Hồ Văn Mạnh (Tổ trưởng tổ 5): lô 6, 7, 9 chưa có băng cản lửa khép kín, đề nghị huy động "
              "thêm nhân công trong tuần tới.", indent=24),
            P("- Đ/c Thị Nhung: năm nay đội có 11 công nhân mới, cần học lại kỹ thuật trước khi mở miệng cạo.",
              indent=24),
            P("- Đ/c Phạm Văn Hiền (Phó Bí thư Đảng ủy nông trường) đề nghị chi bộ phối hợp với Ban quản lý rừng "
              "phòng hộ để kiểm soát người vào rừng.", indent=24),
            L("4. Kết luận của chủ trì:"),
            P("Thay mặt chi ủy, đồng chí Lê Quang Vinh tổng hợp và thống nhất: (1) phòng chống cháy là nhiệm vụ "
              "số một đến hết mùa khô, khép kín băng cản lửa các lô 6, 7, 9; (2) chuẩn bị chu đáo cho mở miệng "
              "cạo, không mở sớm khi cây chưa đủ lá; (3) tuyên truyền hộ dân quanh vườn không đốt rác gần lô cao "
              "su.", indent=24),
            L("5. Biểu quyết:"),
            L("Tán thành: 18 đ/c; Không tán thành: 0 đ/c; Ý kiến khác: 0 đ/c."),
            L("6. Phân công thực hiện:"),
            P("- Đ/c Hồ Văn Mạnh tổ chức làm đường băng cản lửa quanh các lô 6, 7, 9, xong trước 31/3/2013.",
              indent=24),
            P("- Đ/c Đào Thị Thu lập danh sách công nhân tập huấn kỹ thuật cạo, nộp nông trường trước ngày "
              "05/4/2013.", indent=24),
            P("- Tổ bảo vệ đội trực cháy 24/24 giờ đến hết mùa khô.", indent=24),
            L("Cuộc họp kết thúc lúc 15 giờ 30 phút cùng ngày. Biên bản đã được đọc lại và thông qua trước chi bộ."),
            S(["THƯ KÝ", "", "", "Đào Thị Thu"], ["CHỦ TRÌ", "", "", "Lê Quang Vinh"]),
        ],
        "truth": minute(
            meeting("regular", "2013-03-22", "14:00", "15:30", "Văn phòng Đội 2, Nông trường Tân Lập",
                    _B05_CELL, _RUBBER_COMM),
            "Lê Quang Vinh", "Bí thư chi bộ", "Đào Thị Thu",
            attendance(20, 18, 0, 0, 0, 2, [], [("Phạm Văn Hiền", "Phó Bí thư Đảng ủy nông trường")]),
            True,
            [vote("Kết luận và phương hướng tháng 4/2013", 18, 0, 0)],
            [task("Hồ Văn Mạnh", "tổ chức làm đường băng cản lửa quanh các lô 6, 7, 9", "31/3/2013"),
             task("Đào Thị Thu", "lập danh sách công nhân tập huấn kỹ thuật cạo, nộp nông trường", "05/4/2013"),
             task("Tổ bảo vệ đội", "trực cháy 24/24 giờ", "hết mùa khô")],
            []),
    }],
    "flags": [], "scans": [],
})


# b06 — Sóc Trăng, Khmer hamlet: no headings; reports only; "đồng chí Bí thư nhấn mạnh … yêu cầu …"; not read back.
_B06_CELL, _B06_COMM = "CHI BỘ ẤP TÂN NAM", "ĐẢNG BỘ XÃ VĨNH HẢI"
DOCS.append({
    "name": "b06-soctrang-khmer-hamlet-no-discussion-not-approved", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 32, "spacing": 1.4, "left": 80,
              "right": 58, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THỊ XÃ VĨNH CHÂU", _B06_COMM, _B06_CELL],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Hải, ngày 14 tháng 3 năm 2021"], bold_left=(2,)),
            G(12),
            C("BIÊN BẢN", size=14),
            C("Sinh hoạt chi bộ định kỳ tháng 3/2021", bold=True, italic=True),
            G(8),
            P("Hôm nay, vào lúc 19 giờ 00 ngày 14 tháng 3 năm 2021, tại Trụ sở Ban nhân dân ấp Tân Nam, Chi bộ ấp "
              "Tân Nam tổ chức sinh hoạt định kỳ tháng 3 năm 2021, thực hiện nghiêm quy định phòng, chống dịch "
              "Covid-19 (đeo khẩu trang, ngồi giãn cách)."),
            P("Chi bộ có 21 đảng viên, trong đó đồng chí Kim Sên (82 tuổi) được miễn sinh hoạt đảng. Đảng viên phải "
              "dự: 20; có mặt: 18; vắng: 02 là đồng chí Sơn Thị Sa Phia (đi làm công nhân ở Bình Dương, đã xin phép) "
              "và đồng chí Trịnh Văn Út (bệnh, có báo). Đồng chí Thạch Sa Rươne, Bí thư chi bộ, chủ trì; đồng chí "
              "Lâm Thị Sô Phương, chi ủy viên, làm thư ký."),
            P("Mở đầu, đồng chí Phó Bí thư Lý Văn Hưng thông tin kết quả Đại hội đại biểu toàn quốc lần thứ XIII "
              "của Đảng; lịch bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 – "
              "2026 vào ngày 23/5/2021; tình hình xâm nhập mặn đầu mùa khô, độ mặn đo ở cống Tân Nam có ngày lên tới "
              "9 g/l."),
            P("Tiếp theo, đồng chí Bí thư đọc báo cáo kết quả tháng 2: ấp thu hoạch xong 186 ha hành tím vụ đông "
              "xuân, năng suất bình quân 14 tấn/ha nhưng giá chỉ còn 6.000 – 7.000 đồng/kg; kiểm tra, phát hiện 03 "
              "trường hợp từ vùng dịch về không khai báo y tế; 42 hộ khó khăn được nhận gạo hỗ trợ. Phương hướng "
              "tháng 4: giữ nước ngọt cho 40 ha hành tím, dưa hấu vụ xuân hè; chuẩn bị Tết cổ truyền Chôl Chnăm "
              "Thmây an toàn trong điều kiện dịch; lập và niêm yết danh sách cử tri."),
            P("Sau khi nghe các báo cáo, các đồng chí đảng viên dự họp không có ý kiến gì thêm."),
            P("Cuối buổi, đồng chí Bí thư nhấn mạnh: tháng 4 vừa là cao điểm hạn mặn vừa là dịp Tết Chôl Chnăm "
              "Thmây, chi bộ phải vừa giữ nước ngọt cho sản xuất vừa giữ an toàn phòng dịch; yêu cầu mỗi đảng viên "
              "vận động gia đình và bà con đón Tết gọn nhẹ, không tụ tập đông người ở chùa; giao đồng chí Lâm Văn "
              "Đức, Trưởng ấp, phối hợp Ban quản trị chùa xây dựng phương án tổ chức lễ, báo cáo chi bộ trước ngày "
              "31/3/2021."),
            P("Chi bộ nhất trí 100% với ý kiến kết luận của đồng chí Bí thư."),
            P("Cuộc họp kết thúc lúc 20 giờ 40 phút cùng ngày."),
            S(["NGƯỜI GHI BIÊN BẢN", "", "", "Lâm Thị Sô Phương"], ["BÍ THƯ CHI BỘ", "", "", "Thạch Sa Rươne"]),
        ],
        "truth": minute(
            meeting("regular", "2021-03-14", "19:00", "20:40", "Trụ sở Ban nhân dân ấp Tân Nam", _B06_CELL,
                    _B06_COMM),
            "Thạch Sa Rươne", "Bí thư chi bộ", "Lâm Thị Sô Phương",
            attendance(21, 18, 2, 2, 0, 1,
                       [("Sơn Thị Sa Phia", "đi làm công nhân ở Bình Dương, đã xin phép", True),
                        ("Trịnh Văn Út", "bệnh, có báo", True)]),
            True,
            [vote("Ý kiến kết luận của đồng chí Bí thư", pct=100)],
            [task("Lâm Văn Đức", "phối hợp Ban quản trị chùa xây dựng phương án tổ chức lễ, báo cáo chi bộ",
                  "31/3/2021")],
            ["no_discussion", "not_approved"]),
    }],
    "flags": [], "scans": [],
})


# b07 — Bình Dương, electronics company: combined meeting of 110 minutes; counts in words; conclusion in a table.
_B07_CELL, _B07_COMM = "CHI BỘ CÔNG TY VIỆT HƯNG", "ĐẢNG BỘ CÁC KHU CÔNG NGHIỆP"
_B07_TOPIC = ("Đảng viên gương mẫu chấp hành kỷ luật lao động và an toàn, vệ sinh lao động trong doanh nghiệp")
DOCS.append({
    "name": "b07-binhduong-factory-combined-110min-low-unexcused", "folder": "dev",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 20, "spacing": 1.3, "left": 70,
              "right": 52, "head": "Chi bộ Công ty Việt Hưng – Biên bản sinh hoạt tháng 8/2023",
              "head_align": "right", "foot": "- {n} -", "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD([_B07_COMM, _B07_CELL, "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thuận An, ngày 19 tháng 8 năm 2023"],
               bold_left=(1,)),
            G(8),
            C("BIÊN BẢN", size=13),
            C("HỌP CHI BỘ THƯỜNG KỲ THÁNG 8/2023 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
            C("Chuyên đề: " + _B07_TOPIC, bold=False, italic=True),
            G(6),
            L("Thời gian: từ 14g00 đến 15g50 ngày 19/8/2023 (thứ Bảy)."),
            L("Địa điểm: Phòng họp tầng 2, nhà điều hành Công ty."),
            P("Chi bộ có hai mươi sáu đảng viên, có mặt hai mươi ba đồng chí; vắng ba đồng chí: đồng chí Nguyễn Thị "
              "Hồng Nhung nghỉ chế độ thai sản, đồng chí Quách Minh Luân đi công tác tại nhà máy Bắc Ninh, đồng chí "
              "Lê Văn Thạnh vắng không lý do."),
            P("Đồng chí Đinh Công Tuấn, Bí thư chi bộ, Phó Giám đốc nhân sự, chủ trì hội nghị; đồng chí Lưu Thị "
              "Kiều Oanh, chi ủy viên, ghi biên bản."),
            H("PHẦN THỨ NHẤT: SINH HOẠT THƯỜNG KỲ"),
            P("Đồng chí Phó Bí thư Hà Văn Khánh thông tin: đơn hàng quý III của Công ty giảm khoảng 18% so với cùng "
              "kỳ, Ban Giám đốc bố trí cho 320 lao động nghỉ luân phiên mỗi tuần một ngày, vẫn bảo đảm lương tối "
              "thiểu vùng; Đảng ủy Các Khu công nghiệp hướng dẫn các chi bộ doanh nghiệp nắm chắc tư tưởng công nhân, "
              "không để xảy ra ngừng việc tập thể."),
            P("Đồng chí Bí thư đánh giá tháng 7: chi bộ duy trì sinh hoạt đúng kỳ; Công đoàn tổ chức khám sức khỏe "
              "định kỳ cho 1.460 lao động; 01 quần chúng hoàn thành lớp bồi dưỡng nhận thức về Đảng. Hạn chế: xảy ra "
              "02 vụ tai nạn lao động nhẹ ở xưởng SMT (kẹt tay khi vệ sinh máy); một số đảng viên là tổ trưởng chưa "
              "kiểm tra an toàn đầu ca. Phương hướng tháng 9: ổn định việc làm, thu nhập; không để tái diễn tai nạn "
              "lao động; chuẩn bị hồ sơ đề nghị kết nạp đảng viên."),
            H("PHẦN THỨ HAI: SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Trần Ngọc Sơn, chi ủy viên, Trưởng phòng An toàn – Môi trường, trình bày chuyên đề: nêu các "
              "quy định của Luật An toàn, vệ sinh lao động, phân tích nguyên nhân hai vụ kẹt tay vừa qua (tháo nắp "
              "che chắn khi máy chưa dừng hẳn, làm thêm giờ liên tục), và đề nghị mỗi đảng viên là tấm gương về giữ "
              "kỷ luật lao động tại dây chuyền mình làm việc."),
            H("THẢO LUẬN"),
            P("– Đồng chí Phạm Thị Thu Hà (tổ trưởng chuyền lắp ráp 3): công nhân mới thường bỏ găng tay vì nóng; đề "
              "nghị thay loại găng mỏng hơn và dán hướng dẫn bằng hình ảnh ngay tại máy."),
            P("– Đồng chí Nông Văn Chiến: nhiều anh em làm thêm giờ liên tục để bù ngày nghỉ luân phiên nên mệt mỏi, "
              "dễ sơ suất; tổ trưởng cần bố trí ca hợp lý."),
            P("– Đồng chí Hà Văn Khánh: đồng chí Lê Văn Thạnh đã hai lần vắng họp, chi ủy cần gặp để tìm hiểu hoàn "
              "cảnh, tránh để kéo dài."),
            H("KẾT LUẬN CỦA CHỦ TRÌ"),
            P("Đồng chí Đinh Công Tuấn kết luận các nội dung như sau:"),
            ("table", [(0.26, "Nội dung", "l"), (0.74, "Kết luận", "l")], [
                ["Công tác tháng 7", "Chi bộ thống nhất với báo cáo; ghi nhận Công đoàn và các tổ đã giữ ổn định "
                 "sản xuất khi đơn hàng giảm."],
                ["Chuyên đề an toàn lao động", "Mỗi đảng viên đăng ký một việc làm cụ thể về an toàn lao động tại "
                 "nơi làm việc; tổ trưởng là đảng viên kiểm tra an toàn đầu ca, không để tái diễn tai nạn."],
                ["Phương hướng tháng 9", "Ổn định việc làm, bố trí làm thêm giờ đúng quy định; quan tâm công nhân "
                 "nghỉ luân phiên; hoàn thiện hồ sơ đề nghị kết nạp 01 quần chúng."],
            ], {"head_center": True}),
            H("PHÂN CÔNG THỰC HIỆN"),
            ("table", [(0.07, "STT", "c"), (0.45, "Công việc", "l"), (0.28, "Người/bộ phận thực hiện", "l"),
                       (0.20, "Thời hạn", "l")], [
                ["1", "Rà soát, dán lại biển cảnh báo an toàn tại các máy dập, máy SMT", "Đ/c Trần Ngọc Sơn",
                 "31/8/2023"],
                ["2", "Gặp đồng chí Lê Văn Thạnh tìm hiểu lý do vắng họp, báo cáo chi ủy", "Đ/c Hà Văn Khánh",
                 "Tháng 9/2023"],
                ["3", "Tổ chức cho công nhân chuyền 3 ký cam kết an toàn lao động", "Tổ Công đoàn chuyền 3",
                 "15/9/2023"],
                ["4", "Theo dõi, biểu dương đảng viên làm tốt trên bảng tin Công ty",
                 "Đ/c Phạm Thị Thu Hà, đ/c Nông Văn Chiến", "Thường xuyên"],
            ]),
            P("Biểu quyết: tán thành 23/23 đồng chí có mặt (100%)."),
            P("Hội nghị kết thúc lúc 15g50 cùng ngày. Biên bản đã được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "", "", "Lưu Thị Kiều Oanh"], ["CHỦ TRÌ", "", "", "Đinh Công Tuấn"]),
        ],
        "truth": minute(
            meeting("regular", "2023-08-19", "14:00", "15:50", "Phòng họp tầng 2, nhà điều hành Công ty",
                    _B07_CELL, _B07_COMM, topic=_B07_TOPIC),
            "Đinh Công Tuấn", "Bí thư chi bộ", "Lưu Thị Kiều Oanh",
            attendance(26, 23, 3, 2, 1, 0,
                       [("Nguyễn Thị Hồng Nhung", "nghỉ chế độ thai sản", True),
                        ("Quách Minh Luân", "đi công tác tại nhà máy Bắc Ninh", True),
                        ("Lê Văn Thạnh", "không lý do", False)]),
            True,
            [vote("Kết luận sinh hoạt thường kỳ và chuyên đề", 23, pct=100)],
            [task("Trần Ngọc Sơn", "Rà soát, dán lại biển cảnh báo an toàn tại các máy dập, máy SMT", "31/8/2023"),
             task("Hà Văn Khánh", "Gặp đồng chí Lê Văn Thạnh tìm hiểu lý do vắng họp, báo cáo chi ủy",
                  "Tháng 9/2023"),
             task("Tổ Công đoàn chuyền 3", "Tổ chức cho công nhân chuyền 3 ký cam kết an toàn lao động", "15/9/2023"),
             task("Phạm Thị Thu Hà", "Theo dõi, biểu dương đảng viên làm tốt trên bảng tin Công ty", "Thường xuyên"),
             task("Nông Văn Chiến", "Theo dõi, biểu dương đảng viên làm tốt trên bảng tin Công ty", "Thường xuyên")],
            ["low_attendance", "short_meeting", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# b08 — Vĩnh Long hospital: combined meeting of 125 minutes across noon; exempt members lift 26/31 to 26/28;
# the conclusion runs over the page break; vote as a percentage only.
_B08_CELL, _B08_COMM = "CHI BỘ KHOA NỘI TỔNG HỢP", "ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH"
_B08_TOPIC = "Y đức của người thầy thuốc theo lời dạy của Chủ tịch Hồ Chí Minh: Lương y phải như từ mẫu"
DOCS.append({
    "name": "b08-vinhlong-hospital-combined-125min-noon-exempt-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 36, "spacing": 1.3, "left": 85,
              "right": 57, "bottom": 50, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH VĨNH LONG", _B08_COMM, _B08_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Long, ngày 16 tháng 5 năm 2024"], bold_left=(2,), size=10.5),
            G(10),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 5/2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ QUÝ II/2024"),
            C("\"" + _B08_TOPIC + "\"", bold=False, italic=True),
            G(8),
            P("Thời gian: bắt đầu lúc 10 giờ 30 phút ngày 16/5/2024. Địa điểm: Phòng giao ban Khoa Nội tổng hợp."),
            P("Tổng số đảng viên: 31 đồng chí. Được miễn sinh hoạt: 03 đồng chí (02 đồng chí đang học nghiên cứu "
              "sinh ở nước ngoài, 01 đồng chí nghỉ điều trị bệnh dài ngày). Đảng viên phải dự: 28; có mặt 26 đồng "
              "chí (đạt 92,9%). Vắng 02 đồng chí: BS. Huỳnh Thị Thu Trang – trực cấp cứu; ĐD. Nguyễn Văn Cường – đi "
              "tập huấn tại Cần Thơ."),
            P("Đại biểu: đồng chí Trương Minh Nhựt, Đảng ủy viên, Phó Giám đốc Bệnh viện."),
            P("Chủ trì: BSCKII. Võ Thị Ngọc Hạnh – Bí thư chi bộ, Trưởng khoa. Thư ký: CNĐD. Lê Hoàng Phúc – Chi ủy "
              "viên, Điều dưỡng trưởng khoa."),
            H("A. Phần sinh hoạt thường kỳ"),
            P("1. Đồng chí Bí thư thông tin: đợt nắng nóng kéo dài làm tăng số người bệnh cao tuổi nhập viện vì rối "
              "loạn điện giải, sốc nhiệt; Sở Y tế chỉ đạo triển khai thanh toán viện phí không dùng tiền mặt và khám "
              "bệnh bằng căn cước công dân gắn chip."),
            P("2. Kết quả tháng 4: khoa tiếp nhận 2.146 lượt người bệnh nội trú, công suất sử dụng giường 128%; không "
              "có sai sót chuyên môn; hài lòng người bệnh đạt 94,6%. Tồn tại: còn nằm ghép 2 người/giường vào giờ cao "
              "điểm; bệnh án điện tử còn nhập thiếu."),
            P("3. Nhiệm vụ tháng 5: giảm nằm ghép; hoàn thiện bệnh án điện tử trước đợt đánh giá chất lượng bệnh "
              "viện; phòng chống sốc nhiệt và sốt xuất huyết."),
            H("B. Phần sinh hoạt chuyên đề"),
            P("Đồng chí Phó Bí thư Trần Quốc Bảo trình bày chuyên đề, liên hệ những việc khoa đã làm được (tổ chức "
              "\"Bữa cơm nghĩa tình\" cho người bệnh nghèo) và những điều chưa làm được (còn phản ánh thái độ giao "
              "tiếp của một số điều dưỡng ở ca đêm)."),
            H("C. Thảo luận"),
            P("- Đồng chí Đoàn Thị Mỹ Linh: ca đêm chỉ có 2 điều dưỡng cho 70 người bệnh."),
            P("- Đồng chí Nguyễn Hoàng Vũ: đề nghị công khai đường dây nóng của khoa."),
            P("- Đồng chí Trương Minh Nhựt đề nghị chi bộ đưa tiêu chí giao tiếp, ứng xử vào đánh giá đảng viên hằng "
              "tháng."),
            H("D. Kết luận của đồng chí chủ trì"),
            P("Đồng chí Võ Thị Ngọc Hạnh ghi nhận tinh thần trách nhiệm của tập thể khoa trong tháng cao điểm và kết "
              "luận: chi bộ thống nhất với báo cáo kết quả tháng 4 và nhiệm vụ tháng 5; trọng tâm tháng 5 là giảm nằm "
              "ghép, hoàn thiện bệnh án điện tử trước đợt đánh giá chất lượng và chủ động phòng chống sốc nhiệt cho "
              "người bệnh cao tuổi. Về chuyên đề, mỗi đảng viên tự rà soát lời nói, việc làm của mình khi tiếp xúc "
              "với người bệnh, nhất là ở ca trực đêm; chi ủy đưa tiêu chí giao tiếp, ứng xử vào đánh giá đảng viên "
              "hằng tháng như ý kiến của đồng chí Phó Giám đốc; khoa công khai đường dây nóng ở các buồng bệnh và "
              "kiến nghị Ban Giám đốc bổ sung điều dưỡng ca đêm trong các tháng cao điểm nắng nóng."),
            H("E. Phân công"),
            P("+ Đ/c Lê Hoàng Phúc: rà soát, bổ sung bệnh án điện tử của người bệnh ra viện từ tháng 3, trước ngày "
              "15/6/2024."),
            P("+ Đ/c Nguyễn Hoàng Vũ: in và dán số đường dây nóng tại 18 buồng bệnh, trong tuần này."),
            P("+ Đ/c Trần Quốc Bảo: xây dựng tiêu chí giao tiếp, ứng xử để chi ủy đánh giá đảng viên, trong quý "
              "II/2024."),
            P("+ Tổ điều dưỡng khu B: kiểm tra, ghi nhận phản ánh của người bệnh, hằng tuần."),
            P("Chi bộ biểu quyết thông qua kết luận và nội dung phân công với tỷ lệ 100% đảng viên có mặt tán thành."),
            P("Buổi sinh hoạt kết thúc lúc 12 giờ 35 phút cùng ngày. Biên bản đã được thông qua trước chi bộ, không có "
              "ý kiến khác."),
            S(["THƯ KÝ", "", "", "", "Lê Hoàng Phúc"], ["T/M CHI ỦY", "BÍ THƯ", "", "", "Võ Thị Ngọc Hạnh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-05-16", "10:30", "12:35", "Phòng giao ban Khoa Nội tổng hợp", _B08_CELL,
                    _B08_COMM, topic=_B08_TOPIC),
            "Võ Thị Ngọc Hạnh", "Bí thư chi bộ", "Lê Hoàng Phúc",
            attendance(31, 26, 2, 2, 0, 3,
                       [("Huỳnh Thị Thu Trang", "trực cấp cứu", True),
                        ("Nguyễn Văn Cường", "đi tập huấn tại Cần Thơ", True)],
                       [("Trương Minh Nhựt", "Đảng ủy viên, Phó Giám đốc Bệnh viện")]),
            True,
            [vote("Kết luận và nội dung phân công", pct=100)],
            [task("Lê Hoàng Phúc", "rà soát, bổ sung bệnh án điện tử của người bệnh ra viện từ tháng 3",
                  "15/6/2024"),
             task("Nguyễn Hoàng Vũ", "in và dán số đường dây nóng tại 18 buồng bệnh", "tuần này"),
             task("Trần Quốc Bảo", "xây dựng tiêu chí giao tiếp, ứng xử để chi ủy đánh giá đảng viên", "quý II/2024"),
             task("Tổ điều dưỡng khu B", "kiểm tra, ghi nhận phản ánh của người bệnh", "hằng tuần")],
            []),
    }],
    "flags": [], "scans": [],
})


# b09 — Đồng Tháp (Tháp Mười), a hamlet cell's book, January–June 2022, typed on continuously.
_B09_CELL, _B09_COMM = "CHI BỘ ẤP 3", "ĐẢNG BỘ XÃ MỸ HÒA"
_B09_TOPIC = "Học tập và làm theo Bác về tinh thần tự lực, tự cường, vượt khó phát triển kinh tế gia đình"
_B09_SIGN = S(["THƯ KÝ", "", "Lê Hoàng Nhân"], ["BÍ THƯ", "", "Huỳnh Văn Lến"])
DOCS.append({
    "name": "b09-dongthap-hamlet-book-jan-jun-2022", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 24, "spacing": 1.25, "left": 78,
              "right": 56, "top": 58, "bottom": 58, "para_gap": 1,
              "head": "Sổ biên bản sinh hoạt Chi bộ Ấp 3 – năm 2022", "head_align": "right", "foot": "- {n} -"},
    "between": 20,
    "minutes": [
        {   # 1 — January
            "blocks": [
                HD(["ĐẢNG BỘ HUYỆN THÁP MƯỜI", _B09_COMM, _B09_CELL, "*"],
                   ["ĐẢNG CỘNG SẢN VIỆT NAM", "Mỹ Hòa, ngày 09 tháng 01 năm 2022"], bold_left=(2,)),
                G(6),
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 01/2022"),
                G(4),
                P("Lúc 19 giờ 00 ngày 09/01/2022, tại nhà văn hóa ấp 3, Chi bộ Ấp 3 họp định kỳ tháng 01/2022."),
                P("Dự họp: 15/16 đảng viên phải dự (miễn sinh hoạt: đ/c Hồ Văn Lợi); vắng: đ/c Phạm Văn Rở (không lý "
                  "do). Chủ trì: đ/c Huỳnh Văn Lến, Bí thư chi bộ. Thư ký: đ/c Lê Hoàng Nhân."),
                P("Đ/c Bí thư thông tin tình hình dịch Covid-19 trong tỉnh, kế hoạch tiêm mũi 3 cho người từ 18 tuổi "
                  "trở lên và chủ trương hỗ trợ người lao động từ Thành phố Hồ Chí Minh, Bình Dương về quê; đánh giá "
                  "tháng 12/2021: ấp xuống giống xong 312 ha lúa đông xuân, 100% người trong độ tuổi đã tiêm đủ 2 mũi, "
                  "67 lao động trở về đã được giới thiệu việc làm tại chỗ 21 người."),
                P("Ý kiến: đ/c Trần Thị Kim Hương đề nghị ưu tiên quà Tết cho các hộ có người mất việc do dịch; đ/c Võ "
                  "Thành Được cho biết mương nội đồng khu 40 ha bị bồi lắng, nước vào ruộng chậm."),
                P("Đ/c Bí thư kết luận: tháng 01 chăm lo Tết cho dân, nhất là hộ khó khăn, không để ai không có Tết; "
                  "bảo đảm nước tưới cho lúa đông xuân. Giao đ/c Trần Thị Kim Hương (Trưởng ấp) lập danh sách hộ khó "
                  "khăn nhận quà Tết, xong trước ngày 20/01/2022; đ/c Võ Thành Được cùng tổ thủy lợi nạo vét mương "
                  "nội đồng khu 40 ha trước Tết Nguyên đán."),
                P("Chi bộ biểu quyết: 15/15 đ/c tán thành."),
                P("Họp kết thúc lúc 20 giờ 45 phút."),
                _B09_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2022-01-09", "19:00", "20:45", "nhà văn hóa ấp 3", _B09_CELL, _B09_COMM),
                "Huỳnh Văn Lến", "Bí thư chi bộ", "Lê Hoàng Nhân",
                attendance(17, 15, 1, 0, 1, 1, [("Phạm Văn Rở", "không lý do", False)]),
                True,
                [vote("Kết luận tháng 01/2022", 15)],
                [task("Trần Thị Kim Hương", "lập danh sách hộ khó khăn nhận quà Tết", "20/01/2022"),
                 task("Võ Thành Được", "cùng tổ thủy lợi nạo vét mương nội đồng khu 40 ha", "Tết Nguyên đán")],
                ["not_approved", "unexcused_absence"]),
        },
        {   # 2 — February, combined with the Q1 thematic meeting; no vote
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2022"),
                C("(kết hợp sinh hoạt chuyên đề quý I/2022)", bold=False, italic=True),
                G(2),
                P("Chuyên đề: " + _B09_TOPIC + ".", italic=True),
                P("Thời gian: từ 18 giờ 30 đến 21 giờ 00 ngày 13/02/2022. Địa điểm: nhà văn hóa ấp 3."),
                P("Có mặt 15/16 đồng chí (đ/c Hồ Văn Lợi miễn sinh hoạt); đ/c Phạm Văn Rở vắng không phép. Đ/c Huỳnh "
                  "Văn Lến, Bí thư chi bộ, chủ trì; đ/c Lê Hoàng Nhân ghi biên bản."),
                P("Đ/c Bí thư đánh giá tháng 01: 58 hộ khó khăn được tặng quà Tết, mỗi phần 500.000 đồng; ấp đón Tết "
                  "an toàn, không có ca Covid-19 nặng; mương khu 40 ha đã nạo vét xong. Đ/c Phó Bí thư Trần Thị Kim "
                  "Hương trình bày chuyên đề, nêu gương hộ đ/c Đặng Văn Út từ 3 công đất sen đã mở rộng thành 2 ha "
                  "sen kết hợp nuôi cá, tạo việc làm cho 6 lao động trong ấp."),
                P("Thảo luận: đ/c Đặng Văn Út cho biết sen đang được giá, sẵn sàng chỉ cách làm cho bà con; đ/c Nguyễn "
                  "Thị Mười đề nghị Hội Nông dân xã hỗ trợ vốn cho hộ muốn chuyển đổi."),
                P("Đ/c Bí thư kết luận: mỗi đảng viên chọn một việc làm cụ thể để phát triển kinh tế gia đình trong "
                  "năm 2022; chi bộ nhân rộng mô hình sen kết hợp cá. Giao đ/c Đặng Văn Út hướng dẫn kỹ thuật cho 5 hộ "
                  "đăng ký chuyển đổi, trong quý I/2022; đ/c Nguyễn Thị Mười làm hồ sơ vay vốn cho các hộ này, nộp Hội "
                  "Nông dân xã trước ngày 15/3/2022."),
                P("Biên bản đọc lại, chi bộ thống nhất. Họp kết thúc 21 giờ 00."),
                _B09_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2022-02-13", "18:30", "21:00", "nhà văn hóa ấp 3", _B09_CELL, _B09_COMM,
                        topic=_B09_TOPIC),
                "Huỳnh Văn Lến", "Bí thư chi bộ", "Lê Hoàng Nhân",
                attendance(17, 15, 1, 0, 1, 1, [("Phạm Văn Rở", "không phép", False)]),
                True,
                [],
                [task("Đặng Văn Út", "hướng dẫn kỹ thuật cho 5 hộ đăng ký chuyển đổi", "quý I/2022"),
                 task("Nguyễn Thị Mười", "làm hồ sơ vay vốn cho các hộ này, nộp Hội Nông dân xã", "15/3/2022")],
                ["missing_vote", "unexcused_absence"]),
        },
        {   # 3 — April: 75 minutes; targets with nobody named; an empty conclusion heading
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4/2022"),
                G(2),
                P("Bắt đầu 19 giờ 30, ngày 10/4/2022, tại nhà văn hóa ấp 3. Đảng viên dự: 15/16 (01 miễn sinh hoạt). "
                  "Vắng: đ/c Phạm Văn Rở (đi làm thuê ở Bình Dương, có báo). Chủ trì: đ/c Huỳnh Văn Lến – Bí thư chi "
                  "bộ; thư ký: đ/c Lê Hoàng Nhân."),
                P("Đ/c Bí thư báo cáo: tháng 3 chi bộ không họp được do nhiều đảng viên là F0 phải cách ly tại "
                  "nhà. Lúa "
                  "đông xuân đã thu hoạch 85% diện tích, năng suất 7,8 tấn/ha, giá lúa tươi 5.600 đồng/kg; phân bón "
                  "tăng gần gấp đôi so với năm trước."),
                P("Chỉ tiêu tháng 4 – tháng 5: thu hoạch dứt điểm 100% diện tích lúa đông xuân; xuống giống hè thu tập "
                  "trung, né rầy từ 25/4 đến 10/5; 100% hộ tham gia bảo hiểm y tế; bê tông hóa 02 tuyến đường đal ra "
                  "kênh Tư Mới; không để phát sinh hộ nghèo mới."),
                P("Ý kiến: đ/c Võ Thành Được lo giá phân cao, đề nghị bà con bón theo khuyến cáo \"1 phải 5 giảm\"; "
                  "đ/c Châu Văn Nghĩa phản ánh tuyến đal ra kênh Tư Mới có 4 hộ chưa đồng ý hiến đất."),
                L("* Kết luận:", bold=True),
                L("* Biểu quyết: 15/15 đồng chí nhất trí.", bold=True),
                P("Họp xong lúc 20 giờ 45 phút. Biên bản được đọc lại và thông qua."),
                _B09_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2022-04-10", "19:30", "20:45", "nhà văn hóa ấp 3", _B09_CELL, _B09_COMM),
                "Huỳnh Văn Lến", "Bí thư chi bộ", "Lê Hoàng Nhân",
                attendance(17, 15, 1, 1, 0, 1, [("Phạm Văn Rở", "đi làm thuê ở Bình Dương, có báo", True)]),
                False,
                [vote("Chỉ tiêu tháng 4 – tháng 5", 15)],
                [],
                ["missing_assignments", "missing_conclusion", "short_meeting"]),
        },
        {   # 4 — May: 13/16; no opinion; "Chi ủy sẽ phân công … sau"
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2022"),
                G(2),
                P("Thời gian: 19 giờ 00 – 20 giờ 40, ngày 08/5/2022. Địa điểm: nhà văn hóa ấp 3."),
                P("Có mặt 13/16 đảng viên phải dự (01 đồng chí miễn sinh hoạt); vắng 03: đ/c Phạm Văn Rở (không "
                  "báo lý do), đ/c Châu Văn Nghĩa (đi "
                  "làm ăn xa), đ/c Đỗ Thị Thu (bệnh). Đ/c Huỳnh Văn Lến, Bí thư chi bộ, chủ trì; đ/c Lê Hoàng Nhân làm "
                  "thư ký."),
                P("Đ/c Bí thư báo cáo kết quả tháng 4 và nhiệm vụ tháng 5: lúa đông xuân đã thu hoạch xong; 188/312 ha "
                  "đã xuống giống hè thu; phát hiện 02 ca sốt xuất huyết ở tổ 4; 4 hộ dọc kênh Tư Mới đã đồng ý hiến "
                  "đất làm đường."),
                P("Các đồng chí dự họp thống nhất với báo cáo, không có ý kiến."),
                P("Đ/c Bí thư kết luận: tháng 5 hoàn thành xuống giống lúa hè thu đúng lịch né rầy; ra quân diệt lăng "
                  "quăng phòng sốt xuất huyết; khởi công tuyến đường đal ra kênh Tư Mới. Chi ủy sẽ phân công cụ thể "
                  "từng đồng chí sau."),
                P("Biểu quyết: 13/13 đồng chí tán thành. Biên bản đã đọc lại cho chi bộ nghe, thống nhất thông qua."),
                _B09_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2022-05-08", "19:00", "20:40", "nhà văn hóa ấp 3", _B09_CELL, _B09_COMM),
                "Huỳnh Văn Lến", "Bí thư chi bộ", "Lê Hoàng Nhân",
                attendance(17, 13, 3, 2, 1, 1,
                           [("Phạm Văn Rở", "không báo lý do", False), ("Châu Văn Nghĩa", "đi làm ăn xa", True),
                            ("Đỗ Thị Thu", "bệnh", True)]),
                True,
                [vote("Kết luận tháng 5/2022", 13)],
                [],
                ["low_attendance", "missing_assignments", "no_discussion", "unexcused_absence"]),
        },
        {   # 5 — June: everyone present; clean
            "blocks": [
                C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 6/2022"),
                G(2),
                P("Lúc 19 giờ 00 ngày 12/6/2022, Chi bộ Ấp 3 họp tại nhà văn hóa ấp 3. Có mặt 16/16 đảng viên phải dự, "
                  "đ/c Hồ Văn Lợi miễn sinh hoạt. Chủ trì: đ/c Huỳnh Văn Lến, Bí thư chi bộ; thư ký: đ/c Lê "
                  "Hoàng Nhân."),
                P("Đ/c Bí thư đánh giá tháng 5: xuống giống xong 312 ha lúa hè thu; dập tắt ổ dịch sốt xuất huyết tổ "
                  "4; tuyến đường đal kênh Tư Mới đã đổ xong 350/900 m."),
                P("Ý kiến: đ/c Phạm Văn Rở báo cáo đã về lại địa phương, nhận khuyết điểm vì vắng họp nhiều lần không "
                  "báo; đ/c Nguyễn Thị Mười đề nghị tổ chức hội thi cắm sen cho phụ nữ vào dịp 2/9."),
                P("Đ/c Bí thư kết luận: chi bộ ghi nhận đ/c Rở đã nhận khuyết điểm, đề nghị đồng chí sinh hoạt "
                  "đều đặn; "
                  "tháng 6 chăm sóc lúa hè thu, hoàn thành tuyến đường đal. Giao đ/c Châu Văn Nghĩa giám sát thi công "
                  "tuyến đal kênh Tư Mới, hoàn thành trước ngày 30/6/2022; giao Chi hội Phụ nữ ấp chuẩn bị hội thi cắm "
                  "sen vào tháng 8."),
                P("Chi bộ biểu quyết: 16/16 đồng chí tán thành, đạt 100%. Họp kết thúc lúc 21 giờ 00. Biên bản đã đọc "
                  "lại và được chi bộ thông qua."),
                _B09_SIGN,
            ],
            "truth": minute(
                meeting("regular", "2022-06-12", "19:00", "21:00", "nhà văn hóa ấp 3", _B09_CELL, _B09_COMM),
                "Huỳnh Văn Lến", "Bí thư chi bộ", "Lê Hoàng Nhân",
                attendance(17, 16, 0, 0, 0, 1),
                True,
                [vote("Kết luận tháng 6/2022", 16, pct=100)],
                [task("Châu Văn Nghĩa", "giám sát thi công tuyến đal kênh Tư Mới", "30/6/2022"),
                 task("Chi hội Phụ nữ ấp", "chuẩn bị hội thi cắm sen", "tháng 8")],
                []),
        },
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"],
    "scans": [],
})


# b10 — Quảng Ngãi, commune offices: times in words; a member (not the chair) sums up; only the minutes are voted.
_B10_CELL, _B10_COMM = "CHI BỘ CƠ QUAN", "ĐẢNG BỘ XÃ BÌNH HẢI"
DOCS.append({
    "name": "b10-quangngai-commune-office-member-sums-up-minutes-vote-only", "folder": "dev",
    "style": {"family": "dejavu", "size": 11, "justify": False, "indent": 18, "spacing": 1.3, "left": 74,
              "right": 54, "top": 50, "bottom": 50, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN BÌNH SƠN", _B10_COMM, _B10_CELL],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bình Hải, ngày 05 tháng 10 năm 2017"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("(Kỳ sinh hoạt tháng 10 năm 2017)", bold=False, italic=True),
            G(6),
            H("1. Thời gian, địa điểm"),
            P("Bắt đầu lúc bảy giờ ba mươi phút sáng ngày 05/10/2017, tại Hội trường Ủy ban nhân dân xã Bình Hải."),
            H("2. Thành phần"),
            P("Đảng viên của chi bộ: 13 đồng chí; dự họp: 12 đồng chí; vắng 01 đồng chí: Nguyễn Thị Thùy Dương (đi "
              "học lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh)."),
            P("Chủ trì: đồng chí Đỗ Văn Thành – Bí thư chi bộ, Phó Chủ tịch Ủy ban nhân dân xã. Thư ký: đồng chí Phạm "
              "Thị Thu Sương."),
            H("3. Nội dung"),
            P("a) Thông tin: đồng chí Bí thư phổ biến công điện của Ban Chỉ đạo phòng chống thiên tai tỉnh về chủ "
              "động ứng phó mùa mưa bão năm 2017 và kế hoạch của Đảng ủy xã về kiểm điểm giữa nhiệm kỳ."),
            P("b) Báo cáo tháng 9: thu ngân sách đạt 71% dự toán năm; lúa hè thu đạt 6,1 tấn/ha; phát hiện 02 công "
              "trình xây dựng trái phép trong khu tái định cư; 18 tàu cá của xã đang hoạt động ở vùng biển Hoàng Sa "
              "và giữ liên lạc với bờ. Hạn chế: thu hồi nợ vay vốn xóa đói giảm nghèo còn chậm."),
            P("c) Thảo luận:"),
            P("– Đồng chí Huỳnh Tấn Lực (Chỉ huy trưởng Quân sự xã): phương án sơ tán dân vùng trũng thôn Thanh Thủy "
              "năm ngoái chưa sát, còn thiếu điểm tập kết cho người già, trẻ em."),
            P("– Đồng chí Nguyễn Văn Kha (công chức Địa chính – Xây dựng): 02 công trình trái phép đã lên móng, cần "
              "xử lý ngay."),
            P("– Đồng chí Trần Thị Bé (Chủ tịch Hội Liên hiệp Phụ nữ xã): hội sẵn sàng vận động các hộ vay vốn trả "
              "nợ đúng hạn."),
            P("Đồng chí Võ Thị Mỹ Lệ (công chức Văn phòng – Thống kê) tóm tắt lại: các ý kiến đều thống nhất với báo "
              "cáo; cần ưu tiên phòng chống bão lụt, rà soát tàu thuyền và xử lý dứt điểm xây dựng trái phép."),
            P("d) Phân công:"),
            P("– Giao đồng chí Huỳnh Tấn Lực xây dựng lại phương án sơ tán dân vùng trũng thôn Thanh Thủy, xong "
              "trước 15/10/2017."),
            P("– Đồng chí Nguyễn Văn Kha lập biên bản, đề xuất xử lý 02 công trình xây dựng trái phép trong tháng "
              "10."),
            P("– Hội Liên hiệp Phụ nữ xã vận động các hộ vay vốn trả nợ đến hạn, báo cáo kết quả vào kỳ họp tháng 11."),
            H("4. Bế mạc"),
            P("Buổi sinh hoạt kết thúc lúc chín giờ năm mươi phút cùng ngày. Thư ký đọc lại biên bản; chi bộ biểu "
              "quyết thông qua biên bản: 12/12 đồng chí nhất trí."),
            S(["THƯ KÝ", "", "", "Phạm Thị Thu Sương"], ["CHỦ TRÌ", "", "", "Đỗ Văn Thành"]),
        ],
        "truth": minute(
            meeting("regular", "2017-10-05", "07:30", "09:50", "Hội trường Ủy ban nhân dân xã Bình Hải", _B10_CELL,
                    _B10_COMM),
            "Đỗ Văn Thành", "Bí thư chi bộ", "Phạm Thị Thu Sương",
            attendance(13, 12, 1, 1, 0, 0,
                       [("Nguyễn Thị Thùy Dương",
                         "đi học lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh", True)]),
            False,
            [],
            [task("Huỳnh Tấn Lực", "xây dựng lại phương án sơ tán dân vùng trũng thôn Thanh Thủy", "15/10/2017"),
             task("Nguyễn Văn Kha", "lập biên bản, đề xuất xử lý 02 công trình xây dựng trái phép", "tháng 10"),
             task("Hội Liên hiệp Phụ nữ xã", "vận động các hộ vay vốn trả nợ đến hạn", "kỳ họp tháng 11")],
            ["missing_conclusion", "missing_vote"]),
    }],
    "flags": [], "scans": [],
})


# b11 — Khánh Hòa (Vạn Ninh), 2010 printed form, scanned only: no opinion; "KẾT LUẬN:" holds only the vote.
_B11_CELL, _B11_COMM = "CHI BỘ THÔN ĐẦM MÔN", "ĐẢNG BỘ XÃ VẠN THẠNH"
DOCS.append({
    "name": "b11-khanhhoa-lobster-form-2010-scan-photocopy", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": False, "indent": 0, "spacing": 1.3, "left": 70,
              "right": 52, "para_gap": 2},
    "born_digital": False,
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN VẠN NINH", _B11_COMM, _B11_CELL, "Số: 07/BB-CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đầm Môn, ngày 04 tháng 7 năm 2010"], bold_left=(2,)),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7/2010", size=13),
            G(6),
            L("Thời gian bắt đầu: 8 giờ 00 phút, ngày 04/7/2010."),
            L("Địa điểm: Nhà văn hóa thôn Đầm Môn."),
            L("Thành phần: Tổng số đảng viên: 12 đ/c. Có mặt: 11 đ/c. Vắng: 01 đ/c, lý do: đi biển."),
            L("Khách mời: ……"),
            L("Chủ trì: đ/c Nguyễn Văn Lực – Bí thư chi bộ. Thư ký: đ/c Trần Thị Hương."),
            H("NỘI DUNG:"),
            P("1. Thông tin: đ/c Bí thư thông tin tình hình Biển Đông, việc tàu cá của ngư dân bị xua đuổi ở vùng "
              "biển Hoàng Sa; chủ trương của tỉnh về quy hoạch lại vùng nuôi tôm hùm lồng trong vịnh Vân Phong.",
              indent=16),
            P("2. Báo cáo tháng 6 và phương hướng tháng 7: toàn thôn có 1.450 lồng tôm hùm, tôm chết do bệnh sữa "
              "khoảng 12%; thu quỹ quốc phòng, an ninh đạt 80%; 03 tàu cá được đóng mới, nâng công suất. Tháng 7: "
              "phòng bệnh cho tôm hùm, không thả giống trôi nổi; chuẩn bị phòng chống bão; vận động nộp các khoản "
              "quỹ còn lại.", indent=16),
            P("3. Ý kiến thảo luận: Không có ý kiến.", indent=16),
            H("KẾT LUẬN:"),
            P("Chi bộ biểu quyết thông qua báo cáo và phương hướng tháng 7: 11/11 đồng chí tán thành (100%).",
              indent=16),
            H("PHÂN CÔNG:"),
            P("- Đ/c Lê Văn Hòn (Trưởng thôn): cùng Tổ tự quản an ninh thôn kiểm tra, gia cố lồng bè nuôi tôm hùm "
              "trước mùa mưa bão.", indent=16),
            P("- Đ/c Đặng Thị Mai: vận động hội viên phụ nữ nộp quỹ quốc phòng, an ninh còn lại trong tháng 7.",
              indent=16),
            P("Buổi họp kết thúc lúc 9 giờ 40 phút. Biên bản đọc lại cho chi bộ nghe, thông qua.", indent=16),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "Trần Thị Hương"],
              ["BÍ THƯ", "(Ký, ghi rõ họ tên)", "", "Nguyễn Văn Lực"]),
        ],
        "truth": minute(
            meeting("regular", "2010-07-04", "08:00", "09:40", "Nhà văn hóa thôn Đầm Môn", _B11_CELL, _B11_COMM),
            "Nguyễn Văn Lực", "Bí thư chi bộ", "Trần Thị Hương",
            attendance(12, 11, 1, 1, 0, 0),
            False,
            [vote("Báo cáo và phương hướng tháng 7", 11, pct=100)],
            [task("Lê Văn Hòn", "cùng Tổ tự quản an ninh thôn kiểm tra, gia cố lồng bè nuôi tôm hùm", "mùa mưa bão"),
             task("Đặng Thị Mai", "vận động hội viên phụ nữ nộp quỹ quốc phòng, an ninh còn lại", "tháng 7")],
            ["missing_conclusion", "no_discussion", "unfilled_template"]),
    }],
    "flags": [],
    "scans": [{"name": "b11-khanhhoa-lobster-form-2010-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 1311, "dpi": 250}],
})


# b12 — Tây Ninh (Hòa Thành), 2008, typed on a machine: 17/19 (low); opinions in one sentence; task table.
_B12_CELL, _B12_COMM = "CHI BỘ ẤP LONG TRUNG", "ĐẢNG BỘ XÃ LONG THÀNH TRUNG"
DOCS.append({
    "name": "b12-tayninh-hamlet-2008-typewriter-17of19-low", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.35, "left": 72,
              "right": 50, "top": 50, "bottom": 50, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN HÒA THÀNH", _B12_COMM, _B12_CELL, "***"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Thành Trung, ngày 12 tháng 9 năm 2008"], bold_left=(2,), size=9.5),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ ĐỊNH KỲ", size=12),
            C("THÁNG 9 NĂM 2008", size=12),
            G(6),
            L("Hồi 19g30 ngày 12/9/2008, tại nhà đ/c Trần Văn Bé Hai (tổ 5 ấp Long Trung), Chi bộ ấp Long Trung họp "
              "định kỳ tháng 9/2008."),
            L("I/ THÀNH PHẦN:"),
            L("- Đảng viên có mặt: 17/19 đ/c. Vắng 02 đ/c: đ/c Phan Văn Tốt (bận việc gia đình), đ/c Dương Thị Lài "
              "(đi thăm con ở Sài Gòn)."),
            L("- Chủ trì: đ/c Lê Văn Đực – Bí thư Chi bộ. Thư ký: đ/c Nguyễn Thị Cẩm Vân."),
            L("II/ NỘI DUNG:"),
            L("1- Đ/c Bí thư phổ biến Nghị quyết Hội nghị Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn; "
              "thông báo của Đảng ủy xã về bảo đảm an ninh trật tự dịp lễ Hội Yến Diêu Trì Cung (rằm tháng Tám) tại "
              "Tòa Thánh."),
            L("2- Đánh giá tháng 8: ấp thu hoạch 64 ha mì, giá mì tươi xuống còn 700 đ/kg nên nhiều hộ treo củ "
              "chưa nhổ; giá phân urê lên 11.000 đ/kg; 02 vụ trộm bò ở tổ 2 đã bắt được đối tượng; đoạn đường đất "
              "tổ 3 ra tỉnh lộ bị xói lở sau mưa. Thu quỹ xóa đói giảm nghèo được 4.200.000 đ."),
            L("3- Phương hướng tháng 9: giữ an ninh dịp lễ; sửa đường tổ 3; vận động bà con không bán mì non; tiếp "
              "tục thu các khoản quỹ."),
            L("III/ THẢO LUẬN – KẾT LUẬN:"),
            L("Các đ/c Võ Văn Mến, Nguyễn Thị Lệ và Trần Hữu Phước có ý kiến: thống nhất với báo cáo; đề nghị tổ 3 "
              "họp dân góp đá sửa đường; cảnh giác với phân bón giả bán dạo; nên có người trực ở đầu ấp các đêm lễ."),
            L("Sau khi nghe ý kiến, đ/c Bí thư tóm ý lại và thống nhất như sau: tháng 9 tập trung giữ an ninh trật "
              "tự dịp lễ, sửa xong đoạn đường tổ 3 bằng sức dân, khuyên bà con chưa nhổ mì khi giá thấp, báo ngay "
              "cho xã khi phát hiện phân bón giả. Việc cụ thể chi bộ giao như sau:"),
            ("table", [(0.07, "TT", "c"), (0.49, "Việc phải làm", "l"), (0.25, "Người làm", "l"),
                       (0.19, "Hạn", "l")], [
                ["1", "Họp dân, vận động góp công, góp đá sửa đường tổ 3", "Tổ 3", "Tháng 10/2008"],
                ["2", "Phối hợp công an xã giữ trật tự đầu ấp các đêm lễ", "Đ/c Võ Văn Mến", "Rằm tháng Tám"],
                ["3", "Nắm danh sách hộ treo mì, báo cáo Đảng ủy xã", "Đ/c Nguyễn Thị Lệ", ""],
            ]),
            L("Biểu quyết: mười bảy trên mười bảy đ/c tán thành (100%)."),
            L("Cuộc họp kết thúc lúc 21g15 cùng ngày. Biên bản được đọc lại, chi bộ thống nhất thông qua."),
            S(["THƯ KÝ", "", "", "", "Nguyễn Thị Cẩm Vân"], ["T/M CHI BỘ", "BÍ THƯ", "", "", "Lê Văn Đực"]),
        ],
        "truth": minute(
            meeting("regular", "2008-09-12", "19:30", "21:15", "nhà đ/c Trần Văn Bé Hai (tổ 5 ấp Long Trung)",
                    _B12_CELL, _B12_COMM),
            "Lê Văn Đực", "Bí thư Chi bộ", "Nguyễn Thị Cẩm Vân",
            attendance(19, 17, 2, 2, 0, 0,
                       [("Phan Văn Tốt", "bận việc gia đình", True), ("Dương Thị Lài", "đi thăm con ở Sài Gòn", True)]),
            True,
            [vote("Kết luận và phân công tháng 9/2008", 17, pct=100)],
            [task("Tổ 3", "Họp dân, vận động góp công, góp đá sửa đường tổ 3", "Tháng 10/2008"),
             task("Võ Văn Mến", "Phối hợp công an xã giữ trật tự đầu ấp các đêm lễ", "Rằm tháng Tám"),
             task("Nguyễn Thị Lệ", "Nắm danh sách hộ treo mì, báo cáo Đảng ủy xã", None)],
            ["low_attendance"]),
    }],
    "flags": [], "scans": [],
})


# b13 — Cần Thơ, ward Cái Khế, January 2026: a ward template with "……" and "(Ký, ghi rõ họ tên)" left; passive plan.
_B13_CELL, _B13_COMM = "CHI BỘ KHU VỰC 4", "ĐẢNG BỘ PHƯỜNG CÁI KHẾ"
DOCS.append({
    "name": "b13-cantho-ward-2026-template-ghiro-passive-plan", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": True, "indent": 26, "spacing": 1.35, "left": 78,
              "right": 56, "foot": "Trang {n}", "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", _B13_COMM, _B13_CELL, "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cái Khế, ngày 10 tháng 01 năm 2026"], bold_left=(2,), size=10.5),
            G(10),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2026"),
            G(8),
            L("Thời gian: 19 giờ 00, ngày 10/01/2026. Địa điểm: Nhà sinh hoạt cộng đồng khu vực 4."),
            L("Tổng số đảng viên: 25; miễn sinh hoạt: 0; có mặt: 24; vắng: 01 (có lý do: 01, không lý do: 0) – đồng "
              "chí Trần Thị Thanh Trúc, nằm viện."),
            L("Đại biểu dự: ……"),
            L("Chủ trì: đồng chí Tô Minh Triết – Bí thư Chi bộ. Thư ký: đồng chí Huỳnh Ngọc Quế Anh."),
            H("1. Thông tin thời sự"),
            P("Đồng chí Phó Bí thư Lâm Quốc Việt thông tin về Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; "
              "cuộc bầu "
              "cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031 vào ngày "
              "15/3/2026; kết quả sáu tháng vận hành chính quyền địa phương hai cấp của phường Cái Khế."),
            H("2. Đánh giá tháng 12/2025"),
            P("Khu vực 4 vận động 97% hộ nộp hồ sơ hành chính trực tuyến mức toàn trình; tặng 36 phần quà cho hộ "
              "nghèo, cận nghèo dịp cuối năm; xử lý 03 điểm tập kết rác tự phát ven rạch Cái Khế. Hạn chế: tình trạng "
              "buôn bán lấn chiếm lối đi ở chợ tạm còn tái diễn; một số đảng viên cao tuổi chưa sử dụng được ứng dụng "
              "Sổ tay đảng viên điện tử."),
            H("3. Nhiệm vụ tháng 01/2026"),
            P("- Công tác tuyên truyền Đại hội XIV của Đảng và cuộc bầu cử được đẩy mạnh đến từng hộ."),
            P("- 100% hộ nghèo, hộ cận nghèo, gia đình chính sách được thăm hỏi, tặng quà Tết Bính Ngọ."),
            P("- Các điểm tập kết rác tự phát ven rạch được xử lý dứt điểm trước Tết."),
            P("- Danh sách cử tri của khu vực được rà soát, cập nhật người mới chuyển đến."),
            P("- Lối đi ở chợ tạm đầu hẻm 91 được giải tỏa, bảo đảm xe cứu thương, xe chữa cháy ra vào được."),
            P("- Việc hướng dẫn đảng viên cao tuổi sử dụng ứng dụng Sổ tay đảng viên điện tử được tổ chức trong "
              "tháng."),
            H("4. Thảo luận"),
            P("Đồng chí Ngô Văn Hậu đề nghị có buổi hướng dẫn đảng viên cao tuổi cài ứng dụng Sổ tay đảng viên; đồng "
              "chí Dương Thị Ánh Tuyết phản ánh chợ tạm đầu hẻm 91 lấn lối đi, xe cứu thương khó vào; đồng chí Lâm "
              "Quốc Việt lưu ý cảnh giác với tin nhắn giả mạo cơ quan thuế dịp cuối năm."),
            H("5. Kết luận của đồng chí chủ trì"),
            P("Đồng chí Tô Minh Triết kết luận: chi bộ thống nhất với đánh giá tháng 12/2025 và nhiệm vụ tháng "
              "01/2026; trọng tâm là tuyên truyền Đại hội XIV và bầu cử, chăm lo Tết cho hộ khó khăn, giữ vệ sinh môi "
              "trường và trật tự lối đi ở chợ tạm. Đề nghị mỗi đảng viên nắm chắc tình hình các hộ nơi mình cư trú, "
              "kịp thời phản ánh với chi ủy."),
            H("6. Biểu quyết"),
            P("Tán thành: 24/24; không tán thành: 0; ý kiến khác: 0."),
            P("Buổi sinh hoạt kết thúc lúc 20 giờ 50 phút cùng ngày; biên bản đã được đọc lại và thông qua."),
            S(["THƯ KÝ", "", "(Ký, ghi rõ họ tên)", "", "Huỳnh Ngọc Quế Anh"],
              ["T/M CHI BỘ", "BÍ THƯ", "(Ký, ghi rõ họ tên)", "", "Tô Minh Triết"]),
        ],
        "truth": minute(
            meeting("regular", "2026-01-10", "19:00", "20:50", "Nhà sinh hoạt cộng đồng khu vực 4", _B13_CELL,
                    _B13_COMM),
            "Tô Minh Triết", "Bí thư Chi bộ", "Huỳnh Ngọc Quế Anh",
            attendance(25, 24, 1, 1, 0, 0, [("Trần Thị Thanh Trúc", "nằm viện", True)]),
            True,
            [vote("Đánh giá tháng 12/2025 và nhiệm vụ tháng 01/2026", 24, 0, 0)],
            [],
            ["missing_assignments", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})
