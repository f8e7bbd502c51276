"""Held-out set 16, writer r (test/, `r…`): the whole country, 2006–2024. Theme: what was decided, and who does what
by when — the END of the minute (conclusion, votes, assignments) varied above all.

Written by hand, without reading the extractor (extract/**), ingest/**, bench/**, the generator (samples/generator/**),
samples/parts/**, the tests other than tests/samples/test_heldout_sets.py, the other writers' modules of this set or
the earlier sets' minute texts and truth files (only their READMEs' labelling choices, the helpers at the top of
samples/heldout2/minutes.py and samples/heldout/minutes.py, and the k01 entry of samples/heldout15/minutes_k.py as a
format example), and without running the extractor. Rendered by samples/heldout2/make.py (`build`). Names, places and
figures are invented or used loosely; the paperwork follows /work/shared/DOMAIN.md and the events of each year.

Files (name -> what varies -> minute flags / book flags):

- r01-quangninh-coalmine-numbered-conclusion-task-table-clean -> Quảng Ninh (Cẩm Phả) coal-mine transport workshop,
  March 2023; Liberation Sans 11 justified, "Trang n/N" at the foot; "I.–V." capital headings, opening as fields;
  guest of the company's standing committee speaks; "Ý KIẾN KẾT LUẬN CỦA CHỦ TRÌ" in three numbered points, one of
  which gives a group a task ("Tổ cơ điện … trong tháng này"); vote "tán thành 21/21; không tán thành: 0; ý kiến khác:
  0"; ruled task table "TT | Nội dung công việc | Chủ trì thực hiện | Phối hợp | Thời hạn" (a "Phối hợp" column, two
  members in one cell, a chi đoàn, "Trước 31/3/2023", "Quý II/2023", "Thường xuyên") -> — / —
- r02-hue-ward-guest-directs-chair-only-thanks -> Huế (Thủy Xuân) residential cell, August 2017; Liberation Serif 13
  justified; prose opening, 4 exempt members, one absentee; the upper committee's guest gives directions and the
  chair only thanks and closes (no conclusion); show-of-hands vote on the month's direction "21/21 … 100%"; a
  "Phân công" dash list: a member "cùng Ban công tác Mặt trận", "Đề nghị Chi hội Phụ nữ khu vực 4 …" (no
  deadline), a veterans' branch with an occasion as content -> missing_conclusion / —
- r03-daknong-mnong-deputy-concludes-three-votes-clean -> Đắk Nông (Đắk Glong) M'Nông bon, June 2019 (Chỉ thị
  35-CT/TW, African swine fever); DejaVu Sans 11 ragged; the Bí thư away at a course, the Phó Bí thư chairs and
  concludes "Thay mặt chi ủy …"; three votes: an admission in words ("mười bảy trên mười bảy … chính thức"), a
  commendation by show of hands, the conclusion; tasks woven into the conclusion ("Giao đồng chí …", "… chịu trách
  nhiệm …", "Chi ủy giao cho Chi đoàn …") and a call to every member (no task) -> — / —
- r04-haiphong-port-vote-after-two-left-75min -> Hải Phòng port crane team, June 2014 (the HD-981 rig); DejaVu Serif
  11.5; two members leave at 17:15 for a ship's shift, the vote is counted after ("20/20 … tại thời điểm biểu
  quyết"); "KẾT LUẬN" heading; numbered "PHÂN CÔNG" (the chair himself, "hằng tuần", two members jointly "trong quý
  III/2014"); 16:30–17:45 -> short_meeting / —
- r05-cantho-school-form-conclusion-dots-assignments-dots -> Cần Thơ (Ninh Kiều) primary school, September 2009
  (cúm A/H1N1, "Hai không"); Liberation Serif 12 ragged printed form: "Số: ……", "Kết luận của chủ trì: ……", "Phân
  công thực hiện: ……", "(Ký, ghi rõ họ tên)" under both titles; vote on the month's direction "Tán thành: 15/16 đ/c;
  Không tán thành: 01 đ/c; Ý kiến khác: không"; "Đề nghị mỗi đảng viên …" only -> missing_conclusion,
  missing_assignments, unfilled_template / —
- r06-lamdong-tea-coop-report-only-end-time-only -> Lâm Đồng (Bảo Lâm) tea cooperative, September 2008 (Nghị quyết
  26-NQ/TW, inflation); Liberation Mono 11 ragged; "Chi bộ thảo luận, … nhất trí với báo cáo, không có ý kiến bổ
  sung"; the chair's inline conclusion gives three tasks ("tháng 9", "hằng tháng", "thường xuyên", one to the absent
  K'Ho member); "Biểu quyết: 11/11 đ/c tán thành."; ends with the end time only -> no_discussion, not_approved / —
- r07-danang-hospital-icu-conclusion-over-page-break-clean -> Đà Nẵng hospital ICU, April 2021 (COVID-19 vaccination,
  the May 2021 elections); Liberation Serif 12 justified, running head (right, ruled) and "- n -" at the foot; 2 pages;
  the conclusion "a)–d)" runs over the page break, its "c) Phân công thực hiện:" gives two members jointly "trước
  ngày 15/4", "ngay sau cuộc họp", a chi đoàn "trước ngày bầu cử 23/5/2021", a role only ("Đồng chí Chi ủy viên
  phụ trách chuyên môn … trong quý II"); "d) Đề nghị mỗi đảng viên …" no task; "nhất trí hoàn toàn … (14/14 …,
  đạt 100%)" -> — / —
- r08-thanhhoa-muong-village-low-unexcused-no-vote -> Thanh Hóa (Bá Thước) village, April 2011 (elections of
  22/5/2011); Liberation Sans 12 ragged, old tone marks ("Chi uỷ", "Hoà"); 16 of 20 due, two absent "không lý do" /
  "không báo"; a bold "5. Thống nhất:" part in which the Bí thư sums up; tasks to a role only ("đ/c Chi uỷ viên
  phụ trách tổ chức"), to a member "chịu trách nhiệm cùng tổ bầu cử", to "Tổ bảo vệ thôn … suốt mùa khô"; "Chi bộ
  sẽ gặp gỡ, nhắc nhở …" no task; no vote at all; minutes approved -> low_attendance, unexcused_absence,
  missing_vote / —
- r09-gialai-jrai-village-general-calls-no-assignments -> Gia Lai (Ia Grai) Jrai village, August 2024 (the death of
  Tổng Bí thư Nguyễn Phú Trọng, Chỉ thị 35-CT/TW of 2024); DejaVu Sans 10.5 justified, "Trang n" at the foot; last
  month's tasks reviewed, a guest's offer of help, "Chủ trì tổng hợp" conclusion, "Đề nghị mỗi đảng viên …",
  "toàn thể đảng viên …", "Chi ủy sẽ phân công cụ thể … sau"; "100% đảng viên dự họp tán thành" ->
  missing_assignments / —
- r10-binhduong-wood-factory-combined-thematic-table-clean -> Bình Dương (Tân Uyên) wood-furniture company,
  December 2024, regular + thematic (the 2021–2025 Hồ Chí Minh topic) 13:30–16:00; Liberation Serif 12.5 justified,
  "Trang n" at the foot; "PHẦN I.–IV."; "KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ" leading into a ruled table "STT | Nội dung |
  Người phụ trách | Hoàn thành" ("Trước Tết Nguyên đán", "Đến hết năm 2025", two bodies in one cell, "Chi ủy");
  show-of-hands "25/27 … (đạt 92,6%); 02 đồng chí có ý kiến khác" -> — / —
- r11-soctrang-khmer-hamlet-book-jan-jun-2012 -> Sóc Trăng (Trần Đề) Khmer hamlet, minute book of 2012: January,
  February, March, May, June (regular + thematic on Nghị quyết Trung ương 4 khóa XI); Liberation Serif 11.5 ragged,
  running head from page 2, "- n -" at the foot. Jan: one member absent "không lý do", tasks "xong trước Tết
  Nguyên đán", "đến hết tháng Giêng", a chi đoàn with no deadline -> unexcused_absence. Feb (typed on mid-page under
  January's signatures, no header): 19:00–20:15, vote in words "mười ba trên mười ba", two members jointly ->
  short_meeting. Mar (new page, own header): the same member "không báo"; a ruled task table; no vote; ends with the
  end time -> unexcused_absence, missing_vote, not_approved. May (mid-page, no header): "tháng 4 … không tổ chức
  sinh hoạt được" (Chôl Chnăm Thmây, drought); 10 of 13 due, the same member "vắng không lý do" -> low_attendance,
  unexcused_absence. Jun (mid-page): combined 13:30–16:00, two votes (a criticism 12 with 01 "không biểu quyết", the
  conclusion 13/13) -> —. Book: missing_month (April), no_thematic_in_quarter (Q1), repeated_absence (Lâm Văn Sà
  Mết, 3 minutes)
- r12-danang-hospital-icu-scan-moderate -> image-only twin of r07: moderate, 200 dpi -> as r07
- r13-lamdong-tea-coop-scan-photocopy -> image-only twin of r06: photocopy, 250 dpi -> as r06
- r14-caobang-tay-hamlet-scan-chair-repeats-agenda-80min -> scan with no born-digital twin (moderate, 250 dpi): Cao
  Bằng (Hòa An) Tày hamlet, November 2006 (WTO, Chỉ thị 06-CT/TW, Chương trình 135 giai đoạn II); Liberation Mono 11;
  the chair only repeats the agenda and promises to report the requests to the commune committee (no conclusion);
  "10/10 đ/c giơ tay"; dash "Phân công" ("trước Tết Đinh Hợi", "trong tháng 12/2006", a veterans' branch "suốt mùa
  đông"); 19:00–20:20 -> missing_conclusion, short_meeting / —

Labelling decisions (on top of the READMEs' "Labelling choices"):
- Conclusion: the chair's own summing-up with content, under any heading or none (r01 "Ý kiến kết luận của chủ trì",
  r08 "Thống nhất:" with the Bí thư "tổng hợp, chi bộ thống nhất", r09 "Chủ trì tổng hợp", r07 over a page break, r03
  a deputy "Thay mặt chi ủy"). Not a conclusion: the guest's "phát biểu chỉ đạo" followed by the chair's thanks (r02);
  the chair repeating the agenda and promising to report upward (r14); a form's "Kết luận của chủ trì: ……" (r05).
- Votes: each vote is one resolution (r03: admission, commendation, conclusion; r11 Jun: criticism, conclusion).
  The admission vote counts official members ("mười bảy trên mười bảy" -> for 17, "đạt 100%" -> 100). "có ý kiến
  khác" is abstain (r10: 25 / null / 2 / 92.6); "01 đồng chí không biểu quyết" abstain 1; "Ý kiến khác: không"
  abstain 0; "không tán thành: 0" against 0. A vote after two members left (r04) counts the 20 hands; both leavers
  are present (22). "100% đảng viên dự họp tán thành" gives percent only. Approving the minutes is no vote.
- Assignments: a person, a group or a role named as the doer, in a list, a table or the conclusion's sentences;
  "Đề nghị Chi hội Phụ nữ khu vực 4 …" (one named body) is a task; two people or bodies in one cell or sentence give
  one task each; a "Phối hợp" column, a partner after "cùng" / "phối hợp với", a guest's offer, last month's tasks
  reported done, "Đề nghị mỗi đảng viên …", "toàn thể đảng viên …", "Chi ủy sẽ phân công … sau", "Chi bộ sẽ gặp gỡ,
  nhắc nhở …" are not. A role with no name keeps the role without "đồng chí"/"đ/c" ("Chi ủy viên phụ trách chuyên
  môn", "Chi uỷ viên phụ trách tổ chức"); a job before a name is dropped ("đ/c Phó Chủ nhiệm HTX Nguyễn Đình Toàn" ->
  "Nguyễn Đình Toàn"). The chair may be an assignee (r01, r04).
- Deadlines drop the words in front ("Trước 31/3/2023" -> "31/3/2023", "Trước ngày 25/3/2012" -> "25/3/2012", "trước
  ngày 20/6/2014" -> "20/6/2014", "xong trước Tết Nguyên đán" / "Trước Tết Nguyên đán" -> "Tết Nguyên đán", "Đến hết
  năm 2025" -> "hết năm 2025", "trước ngày bầu cử 23/5/2021" -> "ngày bầu cử 23/5/2021", "từ nay đến hết tháng
  Giêng" -> "hết tháng Giêng", "báo cáo chi bộ tại kỳ họp tháng 6" -> "kỳ họp tháng 6", "trong tháng này" -> "tháng
  này"); "ngay sau cuộc họp", "suốt mùa khô", "suốt mùa đông", "hằng tuần", "hằng tháng", "thường xuyên" stay whole;
  a task whose content names the occasion has none.
- Attendance: total = present + absent + exempt; members who leave early are present; the book's exempt elder
  counts in every minute's total. The Bí thư away while the deputy chairs (r03) is an excused absentee.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import HD, C, G, H, L, P, S, meeting, minute, task, vote

DOCS: list[dict] = []


def TB(cols, rows, **kw):
    return ("table", cols, rows, kw)


# =================================================================================================
# r01 — Quảng Ninh, Cẩm Phả: coal-mine transport workshop; numbered conclusion; task table. Clean.
# =================================================================================================
DOCS.append({
    "name": "r01-quangninh-coalmine-numbered-conclusion-task-table-clean", "folder": "test",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 22, "spacing": 1.35,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ THAN QUẢNG NINH", "ĐẢNG ỦY CÔNG TY THAN KHE SIM", "CHI BỘ PHÂN XƯỞNG VẬN TẢI 3", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Phả, ngày 14 tháng 3 năm 2023"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2023"),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("Thời gian: từ 14 giờ 00 phút đến 16 giờ 10 phút, ngày 14/3/2023."),
            P("Địa điểm: Hội trường Phân xưởng Vận tải 3, khai trường Bắc Khe Sim."),
            P("Chủ trì: đồng chí Vũ Đình Thắng – Bí thư chi bộ, Quản đốc phân xưởng."),
            P("Thư ký: đồng chí Nguyễn Thị Minh Nguyệt – Chi ủy viên, nhân viên kinh tế phân xưởng."),
            P("Đảng viên của chi bộ: 23 đồng chí (22 chính thức, 01 dự bị). Có mặt: 21 đồng chí. Vắng: 02 đồng chí, "
              "đều có lý do: đồng chí Đào Văn Khải (nghỉ phép năm) và đồng chí Lương Thị Huế (đi học lớp trung cấp "
              "lý luận chính trị tại Trường Chính trị tỉnh)."),
            P("Dự và chỉ đạo: đồng chí Phạm Quang Huy – Ủy viên Ban Thường vụ Đảng ủy Công ty, Phó Giám đốc Công ty."),
            H("II. NỘI DUNG SINH HOẠT"),
            P("1. Thông tin thời sự. Đồng chí Bí thư thông tin: Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Hội nghị "
              "Trung ương 6 khóa XIII về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt "
              "Nam trong giai đoạn mới đang được triển khai học tập trong toàn Đảng bộ; Tập đoàn giao kế hoạch năm "
              "2023 cho Công ty với sản lượng đất đá bóc 14,2 triệu m³; Tỉnh ủy chỉ đạo các mỏ lộ thiên chuẩn bị "
              "sớm phương án phòng chống mưa bão, không để sạt lở bãi thải như mùa mưa năm 2015."),
            P("2. Kết quả tháng 2/2023. Phân xưởng vận chuyển được 1.126.000 m³ đất đá và 182.500 tấn than nguyên "
              "khai, đạt 103% kế hoạch tháng; không để xảy ra tai nạn lao động nặng. Tồn tại: 02 xe CAT 777 phải "
              "nằm chờ 6 ngày vì thiếu lốp; một số lái xe còn chạy quá tốc độ trên tuyến đường vận chuyển mới, "
              "Phòng An toàn đã lập biên bản 03 trường hợp."),
            P("3. Nhiệm vụ tháng 3/2023. Phấn đấu vận chuyển 1.150.000 m³ đất đá; chuẩn bị hệ thống thoát nước "
              "khai trường trước mùa mưa; huấn luyện an toàn cho công nhân mới tuyển; làm tốt công tác tạo nguồn "
              "phát triển đảng viên trong công nhân trực tiếp sản xuất."),
            H("III. THẢO LUẬN"),
            P("– Đồng chí Hoàng Văn Luận (Phó Quản đốc cơ điện): xe nằm chờ không chỉ do thiếu lốp mà do dự trù vật "
              "tư chậm; đề nghị lập dự trù vật tư theo quý, không để đến tháng mới đề nghị."),
            P("– Đồng chí Lê Thị Hồng Vân (Tổ trưởng công đoàn): lớp công nhân lái xe tuyển tháng 2 có 14 người, "
              "phần lớn chưa quen đường mỏ, cần kèm cặp một kèm một ít nhất một tháng."),
            P("– Đồng chí Đặng Thị Lài: hai quần chúng Trần Văn Tài, Bùi Đức Mạnh đã học xong lớp bồi dưỡng nhận "
              "thức về Đảng, đề nghị chi bộ cử đảng viên theo dõi, giúp đỡ."),
            P("– Đồng chí Phạm Quang Huy phát biểu: ghi nhận kết quả tháng 2 của phân xưởng; dự báo năm nay mùa mưa "
              "đến sớm, bãi thải Bắc phải được kiểm tra trước ngày 01/4."),
            H("IV. Ý KIẾN KẾT LUẬN CỦA CHỦ TRÌ"),
            P("Trên cơ sở ý kiến của các đồng chí đảng viên và ý kiến chỉ đạo của đồng chí Ủy viên Ban Thường vụ Đảng "
              "ủy Công ty, đồng chí Vũ Đình Thắng kết luận:"),
            P("1. Chi bộ thống nhất đánh giá kết quả tháng 2/2023 như báo cáo. Chấn chỉnh ngay việc chạy quá tốc độ; "
              "đảng viên là lái xe phải đi đầu chấp hành, vi phạm sẽ kiểm điểm trước chi bộ."),
            P("2. Trọng tâm tháng 3 là giữ sản lượng vận chuyển và chuẩn bị thoát nước khai trường. Không để xe nằm "
              "chờ vật tư kéo dài: Tổ cơ điện lập dự trù vật tư quý II gửi Phòng Vật tư trong tháng này."),
            P("3. Tiếp tục tạo nguồn phát triển đảng viên trong công nhân trực tiếp; năm 2023 chi bộ phấn đấu kết nạp "
              "ít nhất 02 đảng viên mới."),
            P("Chi bộ biểu quyết thông qua kết luận: tán thành 21/21 đồng chí; không tán thành: 0; ý kiến khác: 0."),
            H("V. PHÂN CÔNG THỰC HIỆN"),
            TB([(0.07, "TT", "c"), (0.40, "Nội dung công việc", "l"), (0.21, "Chủ trì thực hiện", "l"),
                (0.16, "Phối hợp", "l"), (0.16, "Thời hạn", "l")],
               [["1", "Kiểm tra, gia cố rãnh thoát nước và đê chắn đất đá khu bãi thải Bắc", "Đ/c Hoàng Văn Luận",
                 "Tổ cơ điện", "Trước 31/3/2023"],
                ["2", "Huấn luyện an toàn, phân công kèm cặp 14 công nhân lái xe mới tuyển", "Đ/c Lê Thị Hồng Vân",
                 "Phòng An toàn", "Tháng 4/2023"],
                ["3", "Phát động thi đua chào mừng Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động",
                 "Chi đoàn Thanh niên phân xưởng", "Công đoàn bộ phận", "Quý II/2023"],
                ["4", "Theo dõi, giúp đỡ quần chúng Trần Văn Tài, Bùi Đức Mạnh phấn đấu vào Đảng",
                 "Đ/c Vũ Đình Thắng, đ/c Đặng Thị Lài", "", "Thường xuyên"]],
               head_center=True),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ, các đồng "
              "chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Nguyễn Thị Minh Nguyệt"], ["BÍ THƯ", "Vũ Đình Thắng"]),
        ],
        "truth": minute(
            meeting("regular", "2023-03-14", "14:00", "16:10",
                    "Hội trường Phân xưởng Vận tải 3, khai trường Bắc Khe Sim",
                    "CHI BỘ PHÂN XƯỞNG VẬN TẢI 3", "ĐẢNG ỦY CÔNG TY THAN KHE SIM"),
            "Vũ Đình Thắng", "Bí thư chi bộ", "Nguyễn Thị Minh Nguyệt",
            attendance(23, 21, 2, 2, 0, 0,
                       [("Đào Văn Khải", "nghỉ phép năm", True),
                        ("Lương Thị Huế", "đi học lớp trung cấp lý luận chính trị tại Trường Chính trị tỉnh", True)],
                       [("Phạm Quang Huy", "Ủy viên Ban Thường vụ Đảng ủy Công ty, Phó Giám đốc Công ty")]),
            True,
            [vote("Kết luận sinh hoạt tháng 3/2023", 21, 0, 0)],
            [task("Tổ cơ điện", "lập dự trù vật tư quý II gửi Phòng Vật tư", "tháng này"),
             task("Hoàng Văn Luận", "Kiểm tra, gia cố rãnh thoát nước và đê chắn đất đá khu bãi thải Bắc",
                  "31/3/2023"),
             task("Lê Thị Hồng Vân", "Huấn luyện an toàn, phân công kèm cặp 14 công nhân lái xe mới tuyển",
                  "Tháng 4/2023"),
             task("Chi đoàn Thanh niên phân xưởng", "Phát động thi đua chào mừng Tháng Công nhân và Tháng hành động "
                  "về an toàn, vệ sinh lao động", "Quý II/2023"),
             task("Vũ Đình Thắng", "Theo dõi, giúp đỡ quần chúng Trần Văn Tài, Bùi Đức Mạnh phấn đấu vào Đảng",
                  "Thường xuyên"),
             task("Đặng Thị Lài", "Theo dõi, giúp đỡ quần chúng Trần Văn Tài, Bùi Đức Mạnh phấn đấu vào Đảng",
                  "Thường xuyên")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# r02 — Huế, Thủy Xuân: the guest directs, the chair only thanks. No conclusion.
# =================================================================================================
DOCS.append({
    "name": "r02-hue-ward-guest-directs-chair-only-thanks", "folder": "test",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 30, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["THÀNH ỦY HUẾ", "ĐẢNG ỦY PHƯỜNG THỦY XUÂN", "CHI BỘ KHU VỰC 4", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thủy Xuân, ngày 05 tháng 8 năm 2017"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 8 NĂM 2017", size=14),
            G(6),
            P("Hôm nay, vào lúc 19 giờ 30 phút ngày 05 tháng 8 năm 2017, tại Nhà sinh hoạt cộng đồng khu vực 4, Chi "
              "bộ khu vực 4 tiến hành sinh hoạt thường kỳ tháng 8."),
            P("Chủ trì: đồng chí Tôn Thất Hùng, Bí thư chi bộ. Thư ký: đồng chí Trần Thị Thu Hà, Chi ủy viên."),
            P("Tổng số đảng viên: 26 đồng chí; miễn sinh hoạt: 04 đồng chí; số phải dự: 22. Có mặt 21/22 đồng chí; "
              "vắng 01 là đồng chí Nguyễn Văn Lợi (ốm, đang điều trị tại Bệnh viện Trung ương Huế)."),
            P("Khách mời: đồng chí Phan Thị Diệu Linh, Phó Bí thư Thường trực Đảng ủy phường."),
            H("1. Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin: Hội nghị Trung ương 5 khóa XII đã ban hành các nghị quyết về hoàn thiện thể "
              "chế kinh tế thị trường định hướng xã hội chủ nghĩa, về phát triển kinh tế tư nhân và về cơ cấu lại, "
              "đổi mới doanh nghiệp nhà nước; Thành ủy đã tổ chức hội nghị học tập, quán triệt trong tháng 7. Cả "
              "nước vừa kỷ niệm 70 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2017)."),
            H("2. Kết quả thực hiện nhiệm vụ tháng 7"),
            P("Chi bộ lãnh đạo khu vực thăm, tặng 19 suất quà cho gia đình chính sách nhân ngày 27/7; nạo vét được 320 "
              "mét mương thoát nước dọc đường Huyền Trân Công Chúa; vận động 06 hộ đăng ký đấu nối nước sạch. Hạn "
              "chế: tình trạng đổ rác xuống mương Khe Sòng vẫn còn; 03 hộ bán quán ăn lấn chiếm vỉa hè chưa được "
              "nhắc nhở dứt điểm."),
            H("3. Phương hướng tháng 8"),
            P("Tổ chức các hoạt động kỷ niệm 72 năm Cách mạng Tháng Tám và Quốc khánh 2/9; chủ động phòng chống lụt "
              "bão, kiểm tra nhà yếu, cây xanh có nguy cơ gãy đổ; giữ gìn vệ sinh môi trường khu dân cư, nhất là "
              "đoạn mương Khe Sòng."),
            H("4. Thảo luận"),
            P("Đồng chí Lê Quang Vinh: rác dưới mương phần lớn do người nơi khác chở đến đổ ban đêm; đề nghị lắp thêm "
              "đèn chiếu sáng và đặt biển cấm ở đầu cầu."),
            P("Đồng chí Hồ Thị Xuân Mai (Chi hội trưởng Chi hội Phụ nữ): nhiều chị em lao động tự do muốn học nghề "
              "may; phường đang mở lớp miễn phí, chi hội có thể vận động được khoảng 10 người."),
            P("Đồng chí Đoàn Văn Sen: kiệt 52 bị sụt lún sau trận mưa tháng 6, xe máy đi lại rất nguy hiểm, đề nghị "
              "chi bộ kiến nghị phường sớm sửa chữa."),
            P("Đồng chí Phan Thị Diệu Linh phát biểu chỉ đạo: đánh giá cao chi bộ đã làm tốt công tác đền ơn đáp "
              "nghĩa; đề nghị chi bộ tập trung xử lý dứt điểm điểm đổ rác ở mương Khe Sòng trước mùa mưa, nắm chắc "
              "các hộ có nhà xuống cấp để phường có phương án di dời khi có bão; về kiến nghị sửa kiệt 52, Đảng ủy "
              "sẽ giao Ủy ban nhân dân phường khảo sát, bố trí kinh phí."),
            P("Đồng chí chủ trì thay mặt chi bộ cảm ơn ý kiến chỉ đạo của đồng chí Phó Bí thư Thường trực Đảng ủy "
              "phường và những ý kiến đóng góp tâm huyết của các đồng chí đảng viên."),
            P("Chi bộ biểu quyết thông qua phương hướng nhiệm vụ tháng 8/2017 bằng hình thức giơ tay: 21/21 đồng chí "
              "tán thành, đạt 100%."),
            H("5. Phân công"),
            P("- Đồng chí Lê Quang Vinh cùng Ban công tác Mặt trận khu vực tổ chức trực, nhắc nhở việc đổ rác tại "
              "mương Khe Sòng, xong trước 20/8."),
            P("- Đồng chí Đoàn Văn Sen lập danh sách các hộ có nhà ở xuống cấp, báo cáo Đảng ủy phường trong tháng "
              "8/2017."),
            P("- Đề nghị Chi hội Phụ nữ khu vực 4 vận động hội viên lao động tự do tham gia lớp học may do phường tổ "
              "chức."),
            P("- Chi hội Cựu chiến binh tổ chức gặp mặt truyền thống nhân kỷ niệm 72 năm Cách mạng Tháng Tám và Quốc "
              "khánh 2/9."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 40 phút. Biên bản đã được đọc lại cho chi bộ nghe và được nhất trí "
              "thông qua."),
            S(["THƯ KÝ", "Trần Thị Thu Hà"], ["T/M CHI BỘ", "BÍ THƯ", "Tôn Thất Hùng"]),
        ],
        "truth": minute(
            meeting("regular", "2017-08-05", "19:30", "21:40", "Nhà sinh hoạt cộng đồng khu vực 4",
                    "CHI BỘ KHU VỰC 4", "ĐẢNG ỦY PHƯỜNG THỦY XUÂN"),
            "Tôn Thất Hùng", "Bí thư chi bộ", "Trần Thị Thu Hà",
            attendance(26, 21, 1, 1, 0, 4,
                       [("Nguyễn Văn Lợi", "ốm, đang điều trị tại Bệnh viện Trung ương Huế", True)],
                       [("Phan Thị Diệu Linh", "Phó Bí thư Thường trực Đảng ủy phường")]),
            False,
            [vote("Phương hướng nhiệm vụ tháng 8/2017", 21, pct=100)],
            [task("Lê Quang Vinh", "cùng Ban công tác Mặt trận khu vực tổ chức trực, nhắc nhở việc đổ rác tại mương "
                  "Khe Sòng", "20/8"),
             task("Đoàn Văn Sen", "lập danh sách các hộ có nhà ở xuống cấp, báo cáo Đảng ủy phường", "tháng 8/2017"),
             task("Chi hội Phụ nữ khu vực 4", "vận động hội viên lao động tự do tham gia lớp học may do phường tổ "
                  "chức", None),
             task("Chi hội Cựu chiến binh", "tổ chức gặp mặt truyền thống nhân kỷ niệm 72 năm Cách mạng Tháng Tám và "
                  "Quốc khánh 2/9", None)],
            ["missing_conclusion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# r03 — Đắk Nông, Đắk Glong: M'Nông bon; the deputy concludes for the Bí thư; three votes. Clean.
# =================================================================================================
DOCS.append({
    "name": "r03-daknong-mnong-deputy-concludes-three-votes-clean", "folder": "test",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 0, "spacing": 1.4, "left": 72,
              "right": 52, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN ĐẮK GLONG", "ĐẢNG ỦY XÃ QUẢNG KHÊ", "CHI BỘ BON R'NGÔ", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Khê, ngày 12 tháng 6 năm 2019"], bold_left=(2,), size=9.5),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 6 năm 2019", bold=False, italic=True),
            G(8),
            L("Thời gian: bắt đầu 8 giờ 00, kết thúc 10 giờ 30, ngày 12/6/2019."),
            L("Địa điểm: Nhà văn hóa cộng đồng bon R'Ngô."),
            L("Chi bộ có 20 đảng viên (18 chính thức, 02 dự bị). Có mặt 19 đồng chí. Vắng 01: đồng chí Điểu Đơn, Bí "
              "thư chi bộ (đi học lớp bồi dưỡng kiến thức quốc phòng và an ninh tại huyện)."),
            L("Do đồng chí Bí thư vắng, chi ủy phân công đồng chí Hoàng Văn Pẩu, Phó Bí thư chi bộ, chủ trì; đồng chí "
              "Thị Hương, Chi ủy viên, làm thư ký."),
            L("Mời dự phần xét kết nạp: chị Thị Nhung, Bí thư Chi đoàn bon R'Ngô."),
            H("1. Thông tin, quán triệt"),
            L("Đồng chí chủ trì phổ biến Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các "
              "cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; thông báo của Đảng ủy xã về bệnh dịch "
              "tả lợn châu Phi: đến ngày 10/6, trên địa bàn xã đã có 2 thôn có lợn mắc bệnh, phải tiêu hủy 47 con."),
            H("2. Kết quả tháng 5"),
            L("Bon trồng dặm xong 3,5 ha cà phê tái canh; 100% hộ chăn nuôi được tuyên truyền về phòng chống dịch tả "
              "lợn châu Phi, chưa phát hiện ổ dịch trong bon. Hạn chế: còn hộ thả rông lợn, mua lợn giống không rõ "
              "nguồn gốc từ nơi khác về; giá cà phê, hồ tiêu xuống thấp, một số hộ chưa trả nợ vay Ngân hàng Chính "
              "sách xã hội đúng hạn."),
            H("3. Xét đề nghị kết nạp đảng viên"),
            L("Chi ủy báo cáo quá trình rèn luyện của quần chúng Thị Nhung, sinh năm 1996, Bí thư Chi đoàn bon, đã "
              "học lớp bồi dưỡng nhận thức về Đảng, được Chi đoàn và Ban công tác Mặt trận bon giới thiệu. Đồng chí "
              "Nông Thị Lả, đảng viên được phân công giúp đỡ, nhận xét quần chúng có lập trường tư tưởng vững vàng, "
              "nhiệt tình với công tác thanh niên, gia đình chấp hành tốt chủ trương, chính sách."),
            L("Chi bộ biểu quyết: mười bảy trên mười bảy đồng chí đảng viên chính thức có mặt tán thành, đạt 100%, đề "
              "nghị Đảng ủy xã xem xét kết nạp quần chúng Thị Nhung vào Đảng."),
            H("4. Đề nghị khen thưởng"),
            L("Chi ủy đề nghị Đảng ủy xã tặng giấy khen cho đồng chí Nông Thị Lả vì đã có thành tích trong vận động "
              "nhân dân phòng chống dịch tả lợn châu Phi. Chi bộ giơ tay biểu quyết: 19/19 đồng chí nhất trí."),
            H("5. Thảo luận nhiệm vụ tháng 6"),
            L("- Đồng chí Điểu Ré: đề nghị bon lập chốt kiểm soát ở đầu bon, không cho thương lái chở lợn vào bán."),
            L("- Đồng chí Nông Thị Lả: nhiều hộ chưa có vôi bột khử trùng chuồng trại, đề nghị xin hỗ trợ của xã."),
            L("- Đồng chí Nguyễn Văn Tình: đề nghị chi bộ nhắc các hộ vay vốn trả nợ đúng hạn, tránh ảnh hưởng đến cả "
              "tổ tiết kiệm và vay vốn."),
            H("6. Kết luận"),
            L("Thay mặt chi ủy, đồng chí Hoàng Văn Pẩu, Phó Bí thư chi bộ, kết luận: Tháng 6, chi bộ tập trung lãnh "
              "đạo phòng chống dịch tả lợn châu Phi là việc cấp bách nhất; đồng thời chăm sóc cà phê mùa mưa và đôn "
              "đốc trả nợ vay. Giao đồng chí Thị Hương phối hợp với Trưởng bon hướng dẫn các hộ nuôi lợn khử trùng "
              "chuồng trại bằng vôi bột, xong trong tháng 6. Đồng chí Điểu Ré chịu trách nhiệm cùng tổ tự quản tổ "
              "chức chốt kiểm soát ở đầu bon, trực thường xuyên. Chi ủy giao cho Chi đoàn thanh niên bon cử đoàn "
              "viên giúp 03 hộ neo đơn làm cỏ, bón phân cà phê trong tháng 7/2019. Đề nghị mỗi đảng viên gương mẫu "
              "không giấu dịch, không bán chạy lợn bệnh."),
            L("Chi bộ biểu quyết thông qua kết luận: 19/19 đồng chí tán thành, đạt tỷ lệ 100%."),
            L("Buổi sinh hoạt kết thúc vào lúc 10 giờ 30 phút cùng ngày. Biên bản được đọc lại và thông qua trước chi "
              "bộ."),
            S(["THƯ KÝ", "Thị Hương"], ["T/M CHI BỘ", "PHÓ BÍ THƯ", "Hoàng Văn Pẩu"]),
        ],
        "truth": minute(
            meeting("regular", "2019-06-12", "08:00", "10:30", "Nhà văn hóa cộng đồng bon R'Ngô",
                    "CHI BỘ BON R'NGÔ", "ĐẢNG ỦY XÃ QUẢNG KHÊ"),
            "Hoàng Văn Pẩu", "Phó Bí thư chi bộ", "Thị Hương",
            attendance(20, 19, 1, 1, 0, 0,
                       [("Điểu Đơn", "đi học lớp bồi dưỡng kiến thức quốc phòng và an ninh tại huyện", True)],
                       [("Thị Nhung", "Bí thư Chi đoàn bon R'Ngô")]),
            True,
            [vote("Đề nghị kết nạp quần chúng Thị Nhung vào Đảng", 17, pct=100),
             vote("Đề nghị tặng giấy khen cho đồng chí Nông Thị Lả", 19),
             vote("Kết luận sinh hoạt tháng 6/2019", 19, pct=100)],
            [task("Thị Hương", "phối hợp với Trưởng bon hướng dẫn các hộ nuôi lợn khử trùng chuồng trại bằng vôi bột",
                  "tháng 6"),
             task("Điểu Ré", "cùng tổ tự quản tổ chức chốt kiểm soát ở đầu bon", "thường xuyên"),
             task("Chi đoàn thanh niên bon", "cử đoàn viên giúp 03 hộ neo đơn làm cỏ, bón phân cà phê",
                  "tháng 7/2019")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# r04 — Hải Phòng: port crane team; two members leave, the vote counts the hands left; 75 minutes.
# =================================================================================================
DOCS.append({
    "name": "r04-haiphong-port-vote-after-two-left-75min", "folder": "test",
    "style": {"family": "dejavu", "size": 11.5, "justify": True, "indent": 24, "spacing": 1.3, "left": 70,
              "right": 50},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CẢNG HẢI PHÒNG", "ĐẢNG ỦY XÍ NGHIỆP XẾP DỠ CHÙA VẼ", "CHI BỘ ĐỘI CƠ GIỚI"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Phòng, ngày 10 tháng 6 năm 2014"], bold_left=(2,), size=9.5),
            G(8),
            C("BIÊN BẢN"),
            C("SINH HOẠT ĐỊNH KỲ THÁNG 6/2014"),
            G(6),
            P("Vào hồi 16 giờ 30 phút ngày 10/6/2014, tại phòng giao ca Đội Cơ giới, Chi bộ Đội Cơ giới họp sinh "
              "hoạt định kỳ tháng 6/2014."),
            P("Đồng chí Trần Quốc Huy – Bí thư chi bộ, Đội trưởng chủ trì; đồng chí Nguyễn Thị Thanh Mai – Chi ủy viên "
              "ghi biên bản."),
            P("Tổng số đảng viên 24 đồng chí, có mặt 22 đồng chí; vắng 02 đồng chí: Lê Văn Chiến (đang làm ca khai "
              "thác tàu) và Phạm Thị Hằng (nghỉ ốm)."),
            H("I. TÌNH HÌNH THỜI SỰ"),
            P("Từ ngày 02/5/2014, Trung Quốc hạ đặt trái phép giàn khoan Hải Dương – 981 trong vùng đặc quyền kinh tế "
              "và thềm lục địa của Việt Nam. Đồng chí Bí thư quán triệt quan điểm của Đảng và Nhà nước: kiên quyết, "
              "kiên trì đấu tranh bảo vệ chủ quyền bằng biện pháp hòa bình; đồng thời cảnh giác trước việc kẻ xấu "
              "lợi dụng lòng yêu nước kích động tụ tập, gây rối như đã xảy ra ở một số khu công nghiệp giữa tháng 5 "
              "vừa qua."),
            H("II. KẾT QUẢ THÁNG 5/2014"),
            P("Đội xếp dỡ được 612.400 tấn hàng, trong đó có 21.350 TEU container, đạt 98% kế hoạch. Ngày 02/6 xảy ra "
              "sự cố cẩu RTG số 5 làm rơi một container rỗng, không có thiệt hại về người. Thu nhập bình quân của "
              "công nhân đạt 7,2 triệu đồng/tháng."),
            H("III. NHIỆM VỤ THÁNG 6/2014"),
            P("Bảo đảm an toàn tuyệt đối trong khai thác; làm rõ nguyên nhân sự cố cẩu RTG số 5; giữ ổn định tư tưởng "
              "công nhân; kèm cặp lái xe nâng mới vào nghề."),
            H("IV. Ý KIẾN THẢO LUẬN"),
            P("– Đ/c Vũ Đức Long: sự cố do má phanh hành trình xe con của cẩu bị mòn, tổ đã báo phòng Kỹ thuật từ "
              "tháng 4 nhưng vật tư về chậm."),
            P("– Đ/c Bùi Văn Cường: 04 lái xe nâng mới còn lúng túng khi xếp container lạnh, đề nghị kèm cặp thêm "
              "một quý."),
            P("– Đ/c Đỗ Minh Tiến: công nhân rất quan tâm tình hình Biển Đông, cần thông tin chính thống thường "
              "xuyên hơn để anh em không nghe theo tin đồn trên mạng."),
            P("Lúc 17 giờ 15 phút, đồng chí Phạm Văn Khoa và đồng chí Đỗ Minh Tiến xin phép về trước để nhận ca khai "
              "thác tàu Hải An."),
            H("V. KẾT LUẬN"),
            P("Đồng chí Bí thư kết luận: chi bộ nhất trí với báo cáo; tháng 6 tập trung khắc phục triệt để sự cố cẩu, "
              "không để lặp lại; giữ vững an ninh, trật tự trong đơn vị, mỗi đảng viên là một tuyên truyền viên về "
              "chủ quyền biển, đảo ngay trong tổ, ca sản xuất của mình."),
            P("Chi bộ biểu quyết thông qua kết luận: 20/20 đồng chí có mặt tại thời điểm biểu quyết tán thành, đạt "
              "100%."),
            H("VI. PHÂN CÔNG"),
            P("1. Đ/c Trần Quốc Huy rà soát quy trình vận hành cẩu RTG số 5, báo cáo chi bộ trước ngày 20/6/2014."),
            P("2. Đ/c Nguyễn Thị Thanh Mai phối hợp với Công đoàn bộ phận nắm tình hình tư tưởng công nhân, thông tin "
              "chính thống về Biển Đông trong các buổi giao ca, thực hiện hằng tuần."),
            P("3. Đ/c Vũ Đức Long và đ/c Bùi Văn Cường kèm cặp 04 lái xe nâng mới, hoàn thành trong quý III/2014."),
            P("Cuộc họp kết thúc lúc 17 giờ 45 phút. Biên bản đã được đọc lại và thông qua tại cuộc họp."),
            S(["NGƯỜI GHI BIÊN BẢN", "Nguyễn Thị Thanh Mai"], ["BÍ THƯ CHI BỘ", "Trần Quốc Huy"]),
        ],
        "truth": minute(
            meeting("regular", "2014-06-10", "16:30", "17:45", "phòng giao ca Đội Cơ giới",
                    "CHI BỘ ĐỘI CƠ GIỚI", "ĐẢNG ỦY XÍ NGHIỆP XẾP DỠ CHÙA VẼ"),
            "Trần Quốc Huy", "Bí thư chi bộ", "Nguyễn Thị Thanh Mai",
            attendance(24, 22, 2, 2, 0, 0,
                       [("Lê Văn Chiến", "đang làm ca khai thác tàu", True), ("Phạm Thị Hằng", "nghỉ ốm", True)]),
            True,
            [vote("Kết luận sinh hoạt tháng 6/2014", 20, pct=100)],
            [task("Trần Quốc Huy", "rà soát quy trình vận hành cẩu RTG số 5, báo cáo chi bộ", "20/6/2014"),
             task("Nguyễn Thị Thanh Mai", "phối hợp với Công đoàn bộ phận nắm tình hình tư tưởng công nhân, thông tin "
                  "chính thống về Biển Đông trong các buổi giao ca", "hằng tuần"),
             task("Vũ Đức Long", "kèm cặp 04 lái xe nâng mới", "quý III/2014"),
             task("Bùi Văn Cường", "kèm cặp 04 lái xe nâng mới", "quý III/2014")],
            ["short_meeting"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# r05 — Cần Thơ, Ninh Kiều: a primary school's printed form; conclusion and assignments left as dots.
# =================================================================================================
DOCS.append({
    "name": "r05-cantho-school-form-conclusion-dots-assignments-dots", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN NINH KIỀU", "ĐẢNG ỦY PHƯỜNG CÁI KHẾ", "CHI BỘ TRƯỜNG TIỂU HỌC CÁI KHẾ 2",
                "Số: ……-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cái Khế, ngày 08 tháng 9 năm 2009"], bold_left=(2,), size=10.5),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=14),
            C("Tháng 9 năm 2009"),
            G(8),
            L("Thời gian: Bắt đầu lúc 16 giờ 30 phút, ngày 08/9/2009."),
            L("Địa điểm: Phòng Hội đồng nhà trường."),
            L("Chủ trì: Đồng chí Huỳnh Thị Ngọc Hân. Chức vụ: Bí thư chi bộ, Hiệu trưởng."),
            L("Thư ký: Đồng chí Võ Minh Trí. Chức vụ: Chi ủy viên."),
            L("Tổng số đảng viên: 17 đ/c. Có mặt: 16 đ/c. Vắng: 01 đ/c."),
            L("Họ tên đảng viên vắng, lý do: đ/c Trương Thị Ngọc Bích – học lớp Trung cấp chính trị tại Trường Chính "
              "trị thành phố."),
            L("Khách mời: không."),
            G(2),
            H("NỘI DUNG SINH HOẠT"),
            L("1. Thông tin thời sự, chính sách mới:", italic=True),
            P("Bộ Giáo dục và Đào tạo chọn chủ đề năm học 2009 – 2010 là “Năm học đổi mới quản lý và nâng cao chất "
              "lượng giáo dục”; ngành tiếp tục cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”, "
              "cuộc vận động “Hai không” và phong trào “Xây dựng trường học thân thiện, học sinh tích cực”. Dịch cúm "
              "A (H1N1) đã lan ra nhiều tỉnh, thành; ngành y tế khuyến cáo nhà trường theo dõi học sinh sốt, ho để "
              "cho nghỉ học, cách ly kịp thời.", indent=20),
            L("2. Đánh giá việc thực hiện nhiệm vụ tháng 8:", italic=True),
            P("Nhà trường tổ chức tựu trường ngày 17/8 và khai giảng năm học mới ngày 05/9/2009 trang trọng; huy động "
              "100% trẻ 6 tuổi vào lớp 1 (142 em). Hạn chế: còn 04 phòng học dột chưa sửa xong; danh sách học sinh "
              "khó khăn cần hỗ trợ tập vở chưa đầy đủ.", indent=20),
            L("3. Phương hướng nhiệm vụ tháng 9:", italic=True),
            P("Ổn định nề nếp dạy và học; kiểm tra chất lượng đầu năm; phòng chống dịch cúm A (H1N1) trong trường học; "
              "xây dựng nghị quyết lãnh đạo năm học của chi bộ. Đề nghị mỗi đảng viên là giáo viên gương mẫu thực "
              "hiện cuộc vận động “Hai không”, soạn giảng có chất lượng.", indent=20),
            L("4. Ý kiến thảo luận:", italic=True),
            P("- Đ/c Lâm Thị Kim Cương: đề nghị nhà trường mua thêm nhiệt kế, xà phòng rửa tay cho các lớp.",
              indent=20),
            P("- Đ/c Nguyễn Hữu Phước: 04 phòng dột đều ở dãy B, cần báo Phòng Giáo dục xin kinh phí sửa trước mùa "
              "mưa lớn tháng 10.", indent=20),
            P("- Đ/c Đặng Văn Út: đề nghị Công đoàn vận động giáo viên góp tập vở cho học sinh nghèo.", indent=20),
            L("5. Kết luận của chủ trì: ………………………………………………", italic=True),
            L("…………………………………………………………………………"),
            L("6. Biểu quyết phương hướng nhiệm vụ tháng 9: Tán thành: 15/16 đ/c; Không tán thành: 01 đ/c; Ý kiến "
              "khác: không.", italic=True),
            L("7. Phân công thực hiện: ……………………………………………", italic=True),
            L("Buổi sinh hoạt kết thúc lúc 18 giờ 15 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và được chi "
              "bộ thông qua."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Võ Minh Trí"],
              ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "Huỳnh Thị Ngọc Hân"]),
        ],
        "truth": minute(
            meeting("regular", "2009-09-08", "16:30", "18:15", "Phòng Hội đồng nhà trường",
                    "CHI BỘ TRƯỜNG TIỂU HỌC CÁI KHẾ 2", "ĐẢNG ỦY PHƯỜNG CÁI KHẾ"),
            "Huỳnh Thị Ngọc Hân", "Bí thư chi bộ", "Võ Minh Trí",
            attendance(17, 16, 1, 1, 0, 0,
                       [("Trương Thị Ngọc Bích", "học lớp Trung cấp chính trị tại Trường Chính trị thành phố", True)]),
            False,
            [vote("Phương hướng nhiệm vụ tháng 9/2009", 15, 1, 0)],
            [],
            ["missing_assignments", "missing_conclusion", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# r06 — Lâm Đồng, Bảo Lâm: tea cooperative; only the report speaks; ends with the end time.
# =================================================================================================
DOCS.append({
    "name": "r06-lamdong-tea-coop-report-only-end-time-only", "folder": "test",
    "style": {"family": "mono", "size": 11, "justify": False, "indent": 0, "spacing": 1.35, "left": 68,
              "right": 48, "para_gap": 4},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN BẢO LÂM", "ĐẢNG ỦY XÃ LỘC AN", "CHI BỘ HTX CHÈ LỘC AN"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lộc An, ngày 18 tháng 9 năm 2008"], bold_left=(2,), size=10),
            G(8),
            C("BIÊN BẢN HỌP CHI BỘ"),
            C("(Kỳ sinh hoạt tháng 9 năm 2008)", bold=False),
            G(8),
            P("Hôm nay, lúc 14 giờ ngày 18/9/2008, tại văn phòng Hợp tác xã chè Lộc An, chi bộ họp thường kỳ tháng "
              "9. Chủ trì: đ/c Trịnh Văn Bảy, Bí thư chi bộ, Chủ nhiệm HTX. Thư ký: đ/c Lê Thị Kim Dung, kế toán "
              "HTX."),
            P("Chi bộ có 12 đảng viên, có mặt 11; vắng 01 là đ/c K'Điệp (đi giao chè cho Công ty ở Thành phố Hồ Chí "
              "Minh, có xin phép)."),
            P("1. Đ/c Bí thư thông tin: ngày 05/8/2008, Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa X đã "
              "ban hành Nghị quyết số 26-NQ/TW về nông nghiệp, nông dân, nông thôn; giá xăng dầu, phân bón tăng cao, "
              "chỉ số giá tiêu dùng 8 tháng đầu năm tăng trên 20%; giá chè búp tươi tháng 8 giảm còn 2.800 "
              "đồng/kg."),
            P("2. Báo cáo kết quả tháng 8: HTX thu mua 186 tấn chè búp tươi của xã viên, chế biến 39 tấn chè đen giao "
              "Công ty xuất khẩu; trả tiền cho xã viên đúng hạn. Hạn chế: 2 lò sấy cũ tốn củi, chè thành phẩm bị "
              "khét phải hạ loại 3,5 tấn; một số hộ ở thôn 3 còn hái chè non bán cho tư thương."),
            P("3. Phương hướng tháng 9: thu mua hết chè của xã viên, không để tư thương ép giá; sửa chữa 2 lò sấy; "
              "chuẩn bị vốn mua phân bón cho xã viên trả chậm sau thu hoạch; học tập Nghị quyết 26-NQ/TW khi Đảng "
              "ủy xã triển khai."),
            P("Chi bộ thảo luận, các đồng chí nhất trí với báo cáo, không có ý kiến bổ sung."),
            P("Đ/c chủ trì kết luận: tháng 9 chi bộ tập trung giữ giá thu mua chè cho xã viên và sửa lò sấy để không "
              "mất loại sản phẩm. Giao đ/c Phó Chủ nhiệm HTX Nguyễn Đình Toàn liên hệ thợ sửa 2 lò sấy, xong trong "
              "tháng 9. Đ/c Lê Thị Kim Dung lập sổ theo dõi giá thu mua chè búp tươi, báo cáo chi bộ hằng tháng. "
              "Đ/c K'Điệp vận động các hộ đồng bào Cơ Ho ở thôn 3 không hái chè non, làm thường xuyên."),
            P("Biểu quyết: 11/11 đ/c tán thành."),
            P("Buổi họp kết thúc lúc 16 giờ 00 cùng ngày."),
            S(["THƯ KÝ", "Lê Thị Kim Dung"], ["BÍ THƯ", "Trịnh Văn Bảy"]),
        ],
        "truth": minute(
            meeting("regular", "2008-09-18", "14:00", "16:00", "văn phòng Hợp tác xã chè Lộc An",
                    "CHI BỘ HTX CHÈ LỘC AN", "ĐẢNG ỦY XÃ LỘC AN"),
            "Trịnh Văn Bảy", "Bí thư chi bộ", "Lê Thị Kim Dung",
            attendance(12, 11, 1, 1, 0, 0,
                       [("K'Điệp", "đi giao chè cho Công ty ở Thành phố Hồ Chí Minh, có xin phép", True)]),
            True,
            [vote("Kết luận sinh hoạt tháng 9/2008", 11)],
            [task("Nguyễn Đình Toàn", "liên hệ thợ sửa 2 lò sấy", "tháng 9"),
             task("Lê Thị Kim Dung", "lập sổ theo dõi giá thu mua chè búp tươi, báo cáo chi bộ", "hằng tháng"),
             task("K'Điệp", "vận động các hộ đồng bào Cơ Ho ở thôn 3 không hái chè non", "thường xuyên")],
            ["no_discussion", "not_approved"]),
    }],
    "flags": [],
    "scans": [{"name": "r13-lamdong-tea-coop-scan-photocopy", "folder": "test", "damage": "photocopy",
               "seed": 1613, "dpi": 250}],
})


# =================================================================================================
# r07 — Đà Nẵng: hospital ICU; the conclusion a)–d) runs over the page break. Clean.
# =================================================================================================
DOCS.append({
    "name": "r07-danang-hospital-icu-conclusion-over-page-break-clean", "folder": "test",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.32,
              "head": "Chi bộ Khoa Hồi sức tích cực – Biên bản sinh hoạt tháng 4/2021", "head_align": "right",
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ SỞ Y TẾ", "ĐẢNG ỦY BỆNH VIỆN ĐÀ NẴNG", "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 06 tháng 4 năm 2021"], bold_left=(2,), size=10.5),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", size=13),
            C("Tháng 4 năm 2021", bold=False, italic=True),
            G(8),
            P("Thời gian: 16 giờ 00 phút, ngày 06 tháng 4 năm 2021."),
            P("Địa điểm: Phòng giao ban Khoa Hồi sức tích cực, tầng 3 Khu điều trị kỹ thuật cao."),
            P("Thành phần: tổng số đảng viên của chi bộ 15 đồng chí; có mặt 14 đồng chí; vắng 01 đồng chí (BSCKI. "
              "Trần Quang Nhật đi tập huấn về lọc máu liên tục tại Bệnh viện Chợ Rẫy)."),
            P("Chủ trì: đồng chí ThS.BS. Lê Thị Thanh Thủy, Bí thư chi bộ, Trưởng khoa."),
            P("Thư ký: đồng chí ĐD. Phan Văn Hiếu, Chi ủy viên, Điều dưỡng trưởng khoa."),
            H("1. Thông tin thời sự"),
            P("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã thành công tốt đẹp. Kỳ họp thứ 11, Quốc hội khóa "
              "XIV đã kiện toàn các chức danh lãnh đạo chủ chốt của Nhà nước. Cả nước đang chuẩn bị cuộc bầu cử đại "
              "biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 – 2026 vào ngày 23/5/2021. "
              "Bộ Y tế triển khai tiêm vắc xin phòng COVID-19 cho nhân viên y tế tuyến đầu từ ngày 08/3/2021; "
              "thành phố đã nhận lô vắc xin đầu tiên và tổ chức tiêm cho các bệnh viện."),
            H("2. Kết quả thực hiện nhiệm vụ tháng 3/2021"),
            P("Khoa điều trị 142 lượt người bệnh nặng, tỷ lệ cứu sống đạt 88,7%; thực hiện 36 ca lọc máu liên tục và "
              "05 ca ECMO. 100% nhân viên của khoa đã tiêm mũi 1 vắc xin phòng COVID-19. Hạn chế: còn 02 trường hợp "
              "nhiễm khuẩn bệnh viện liên quan đến thở máy; hồ sơ bệnh án một số ca ghi chưa đầy đủ diễn biến; có "
              "phản ánh của người nhà người bệnh về giờ thăm."),
            H("3. Phương hướng tháng 4/2021"),
            P("Giảm nhiễm khuẩn liên quan đến thở máy; chuẩn bị phương án tiếp nhận người bệnh COVID-19 nặng theo chỉ "
              "đạo của Sở Y tế; tham gia công tác bầu cử tại nơi cư trú; kiện toàn hồ sơ bệnh án."),
            H("4. Thảo luận"),
            P("Đồng chí Nguyễn Hoàng Phúc: đề nghị áp dụng lại bảng kiểm chăm sóc người bệnh thở máy, điều dưỡng từng "
              "ca tự kiểm tra và ký xác nhận."),
            P("Đồng chí Huỳnh Thị Mỹ Lệ: khu cách ly áp lực âm hiện chỉ có 04 giường, cần đề xuất bệnh viện bổ sung "
              "máy thở và bơm tiêm điện trước khi có dịch."),
            P("Đồng chí Trương Công Danh: Chi đoàn khoa sẵn sàng tham gia tổ tuyên truyền bầu cử ở khu dân cư nơi các "
              "đoàn viên cư trú."),
            H("5. Kết luận"),
            P("Đồng chí Bí thư chi bộ kết luận:"),
            P("a) Chi bộ thống nhất với đánh giá kết quả tháng 3/2021; biểu dương tập thể điều dưỡng của khoa đã làm "
              "chủ kỹ thuật lọc máu liên tục."),
            P("b) Tháng 4, chi bộ lãnh đạo khoa tập trung ba việc: đưa tỷ lệ nhiễm khuẩn liên quan đến thở máy xuống "
              "dưới 1%; sẵn sàng 10 giường hồi sức cho người bệnh COVID-19 nặng; hoàn chỉnh hồ sơ bệnh án trước mỗi "
              "đợt kiểm tra của Phòng Kế hoạch tổng hợp."),
            P("c) Phân công thực hiện:"),
            P("- Đồng chí Phan Văn Hiếu và đồng chí Nguyễn Hoàng Phúc xây dựng, áp dụng bảng kiểm chăm sóc người bệnh "
              "thở máy, hoàn thành trước ngày 15/4."),
            P("- Đồng chí Huỳnh Thị Mỹ Lệ lập dự trù trang thiết bị cho khu cách ly áp lực âm, trình Ban Giám đốc ngay "
              "sau cuộc họp."),
            P("- Chi đoàn thanh niên khoa tham gia tuyên truyền bầu cử tại nơi cư trú, xong trước ngày bầu cử "
              "23/5/2021."),
            P("- Đồng chí Chi ủy viên phụ trách chuyên môn kiểm tra, chấn chỉnh việc ghi hồ sơ bệnh án trong quý II."),
            P("d) Đề nghị mỗi đảng viên trong khoa gương mẫu thực hiện thông điệp 5K, đi bầu cử đầy đủ và vận động "
              "người thân cùng thực hiện."),
            P("Chi bộ biểu quyết nhất trí hoàn toàn với kết luận của đồng chí Bí thư (14/14 đồng chí, đạt 100%)."),
            P("Buổi sinh hoạt kết thúc lúc 17 giờ 45 phút cùng ngày. Biên bản đã được thông qua trước chi bộ."),
            S(["THƯ KÝ", "Phan Văn Hiếu"], ["BÍ THƯ CHI BỘ", "Lê Thị Thanh Thủy"]),
        ],
        "truth": minute(
            meeting("regular", "2021-04-06", "16:00", "17:45",
                    "Phòng giao ban Khoa Hồi sức tích cực, tầng 3 Khu điều trị kỹ thuật cao",
                    "CHI BỘ KHOA HỒI SỨC TÍCH CỰC", "ĐẢNG ỦY BỆNH VIỆN ĐÀ NẴNG"),
            "Lê Thị Thanh Thủy", "Bí thư chi bộ", "Phan Văn Hiếu",
            attendance(15, 14, 1, 1, 0, 0,
                       [("Trần Quang Nhật", "đi tập huấn về lọc máu liên tục tại Bệnh viện Chợ Rẫy", True)]),
            True,
            [vote("Kết luận sinh hoạt tháng 4/2021", 14, pct=100)],
            [task("Phan Văn Hiếu", "xây dựng, áp dụng bảng kiểm chăm sóc người bệnh thở máy", "15/4"),
             task("Nguyễn Hoàng Phúc", "xây dựng, áp dụng bảng kiểm chăm sóc người bệnh thở máy", "15/4"),
             task("Huỳnh Thị Mỹ Lệ", "lập dự trù trang thiết bị cho khu cách ly áp lực âm, trình Ban Giám đốc",
                  "ngay sau cuộc họp"),
             task("Chi đoàn thanh niên khoa", "tham gia tuyên truyền bầu cử tại nơi cư trú", "ngày bầu cử 23/5/2021"),
             task("Chi ủy viên phụ trách chuyên môn", "kiểm tra, chấn chỉnh việc ghi hồ sơ bệnh án", "quý II")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "r12-danang-hospital-icu-scan-moderate", "folder": "test", "damage": "moderate",
               "seed": 1612, "dpi": 200}],
})


# =================================================================================================
# r08 — Thanh Hóa, Bá Thước: Mường village before the 2011 elections; 16 of 20; no vote at all.
# =================================================================================================
DOCS.append({
    "name": "r08-thanhhoa-muong-village-low-unexcused-no-vote", "folder": "test",
    "style": {"family": "sans", "size": 12, "justify": False, "indent": 18, "spacing": 1.3, "left": 76,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN BÁ THƯỚC", "ĐẢNG UỶ XÃ LŨNG CAO", "CHI BỘ THÔN CAO HOÀ"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lũng Cao, ngày 12 tháng 4 năm 2011"], bold_left=(2,), size=10.5),
            G(8),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 4 NĂM 2011", size=13),
            G(6),
            H("I. Thời gian, địa điểm"),
            P("Bắt đầu: 19 giờ 30 phút ngày 12/4/2011; kết thúc: 21 giờ 15 phút cùng ngày. Tại: Nhà văn hoá thôn Cao "
              "Hoà."),
            H("II. Thành phần"),
            P("Chủ trì: đ/c Trương Văn Thắm – Bí thư chi bộ, Trưởng thôn. Thư ký: đ/c Bùi Thị Lan – Chi uỷ viên."),
            P("Tổng số đảng viên 22 đ/c, trong đó miễn sinh hoạt 02 đ/c (tuổi cao, sức yếu); phải dự 20 đ/c; có mặt "
              "16 đ/c; vắng 04 đ/c, gồm:"),
            P("- Hà Công Minh: ốm;"),
            P("- Trương Thị Hoa: đi làm công nhân ở Bình Dương, có báo;"),
            P("- Hà Văn Dũng: không lý do;"),
            P("- Bùi Văn Thiêm: không báo."),
            H("III. Nội dung"),
            P("1. Đ/c Bí thư phổ biến: cuộc bầu cử đại biểu Quốc hội khoá XIII và đại biểu Hội đồng nhân dân các cấp "
              "nhiệm kỳ 2011 – 2016 tiến hành vào Chủ nhật, ngày 22/5/2011; thôn có 01 tổ bầu cử với 612 cử tri. "
              "Nghị quyết Đại hội XI của Đảng đã được Đảng uỷ xã triển khai học tập trong tháng 3."),
            P("2. Kết quả tháng 3: thôn gieo cấy xong 48 ha lúa chiêm xuân, trồng mới 6 ha keo; hoàn thành niêm yết "
              "danh sách cử tri. Tồn tại: 02 hộ còn thả rông trâu bò phá lúa; việc đóng góp làm đường bê tông nội "
              "thôn mới đạt 60%."),
            P("3. Nhiệm vụ tháng 4: phục vụ tốt hội nghị tiếp xúc cử tri, chuẩn bị cho ngày bầu cử; phòng chống cháy "
              "rừng mùa khô; chăm sóc lúa, phòng trừ sâu bệnh; đôn đốc các hộ đóng góp làm đường."),
            P("4. Thảo luận:"),
            P("- Đ/c Hà Văn Tùng: hòm phiếu và buồng bỏ phiếu dùng từ năm 2007 đã hỏng, đề nghị xã cấp mới."),
            P("- Đ/c Phạm Thị Xuyến: chi hội phụ nữ sẽ đi từng nhà nhắc chị em đi bầu đầy đủ, không bầu thay."),
            P("- Đ/c Bùi Văn Ngọc: hai đảng viên vắng không lý do nhiều lần, chi bộ cần xem xét, nhắc nhở."),
            H("5. Thống nhất:"),
            P("Sau khi nghe các ý kiến, đ/c Bí thư tổng hợp, chi bộ thống nhất: tháng 4 tập trung cho công tác bầu cử, "
              "bảo đảm 100% cử tri đi bầu; phòng chống cháy rừng; đường bê tông nội thôn phải thu đủ đóng góp trước "
              "khi thi công đợt 2."),
            P("Giao đ/c Chi uỷ viên phụ trách tổ chức lập danh sách đảng viên đi làm ăn xa, liên hệ để các đồng chí "
              "về bầu cử, xong trước ngày 10/5/2011."),
            P("Đ/c Hà Văn Tùng chịu trách nhiệm cùng tổ bầu cử chuẩn bị hòm phiếu, buồng bỏ phiếu, xong trước ngày "
              "20/5/2011."),
            P("Tổ bảo vệ thôn tuần tra phòng chống cháy rừng suốt mùa khô."),
            P("Chi bộ sẽ gặp gỡ, nhắc nhở hai đ/c Hà Văn Dũng, Bùi Văn Thiêm và xem xét tại kỳ họp tháng 5."),
            P("Cuộc họp kết thúc lúc 21 giờ 15 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
            S(["THƯ KÝ", "Bùi Thị Lan"], ["BÍ THƯ", "Trương Văn Thắm"]),
        ],
        "truth": minute(
            meeting("regular", "2011-04-12", "19:30", "21:15", "Nhà văn hoá thôn Cao Hoà",
                    "CHI BỘ THÔN CAO HOÀ", "ĐẢNG UỶ XÃ LŨNG CAO"),
            "Trương Văn Thắm", "Bí thư chi bộ", "Bùi Thị Lan",
            attendance(22, 16, 4, 2, 2, 2,
                       [("Hà Công Minh", "ốm", True),
                        ("Trương Thị Hoa", "đi làm công nhân ở Bình Dương, có báo", True),
                        ("Hà Văn Dũng", "không lý do", False),
                        ("Bùi Văn Thiêm", "không báo", False)]),
            True,
            [],
            [task("Chi uỷ viên phụ trách tổ chức", "lập danh sách đảng viên đi làm ăn xa, liên hệ để các đồng chí về "
                  "bầu cử", "10/5/2011"),
             task("Hà Văn Tùng", "cùng tổ bầu cử chuẩn bị hòm phiếu, buồng bỏ phiếu", "20/5/2011"),
             task("Tổ bảo vệ thôn", "tuần tra phòng chống cháy rừng", "suốt mùa khô")],
            ["low_attendance", "missing_vote", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# r09 — Gia Lai, Ia Grai: Jrai village, August 2024; only general calls; no assignment.
# =================================================================================================
DOCS.append({
    "name": "r09-gialai-jrai-village-general-calls-no-assignments", "folder": "test",
    "style": {"family": "dvsans", "size": 10.5, "justify": True, "indent": 24, "spacing": 1.4, "left": 74,
              "right": 54, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN IA GRAI", "ĐẢNG ỦY XÃ IA KRAI", "CHI BỘ LÀNG PLEI BÔNG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ia Krai, ngày 06 tháng 8 năm 2024"], bold_left=(2,), size=9.5),
            G(8),
            C("BIÊN BẢN", size=12),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 8/2024"),
            G(8),
            P("Vào lúc 8 giờ 00 phút, ngày 06/8/2024, tại Nhà rông làng Plei Bông, Chi bộ làng Plei Bông tổ chức "
              "sinh hoạt thường kỳ tháng 8/2024."),
            P("Đồng chí Ksor Phlơi, Bí thư chi bộ kiêm Trưởng làng, chủ trì. Đồng chí Rơ Mah H'Nhi, Chi ủy viên, làm "
              "thư ký."),
            P("Chi bộ hiện có 18 đảng viên; dự họp 17 đồng chí; vắng 01 đồng chí Siu Yuih (đi chữa bệnh tại Bệnh viện "
              "Đa khoa tỉnh Gia Lai)."),
            P("Mời dự: đồng chí Đinh Văn Hải, cán bộ Trạm Khuyến nông huyện Ia Grai."),
            H("1. Thông tin thời sự"),
            P("Chi bộ dành một phút mặc niệm Tổng Bí thư Nguyễn Phú Trọng, người đã từ trần ngày 19/7/2024. Đồng chí "
              "Bí thư thông tin: ngày 03/8/2024, Hội nghị Ban Chấp hành Trung ương Đảng đã bầu đồng chí Tô Lâm, Chủ "
              "tịch nước, giữ chức Tổng Bí thư Ban Chấp hành Trung ương Đảng khóa XIII. Bộ Chính trị ban hành Chỉ "
              "thị số 35-CT/TW ngày 14/6/2024 về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ "
              "XIV của Đảng; Đảng ủy xã đang hướng dẫn các chi bộ chuẩn bị đại hội nhiệm kỳ 2025 – 2027."),
            H("2. Kiểm điểm việc thực hiện nhiệm vụ tháng 7"),
            P("Các việc chi bộ phân công tháng 7 đã thực hiện: đồng chí Puih Đih đã cùng thanh niên làng sửa xong "
              "đường ống nước tự chảy về giọt nước đầu làng; đồng chí Rơ Mah H'Nhi đã lập xong danh sách 9 hộ cần vay "
              "vốn trồng tái canh cà phê; riêng việc vận động 4 học sinh bỏ học trở lại lớp mới được 2 em."),
            P("Kết quả khác: làng trồng xong 42 ha mì vụ mùa; đàn bò không có dịch bệnh; giá cà phê tăng cao, nhiều hộ "
              "có thu nhập khá, nhưng vẫn còn 2 thanh niên uống rượu gây mất trật tự trong đêm đám cưới."),
            H("3. Nhiệm vụ tháng 8"),
            P("Tổ chức cho đảng viên học tập, làm theo tấm gương Tổng Bí thư Nguyễn Phú Trọng; chăm sóc cà phê mùa "
              "mưa, phòng bệnh gỉ sắt; vận động học sinh bỏ học trở lại trường trước ngày tựu trường; giữ gìn an "
              "ninh trật tự trong làng."),
            H("4. Ý kiến tham gia"),
            P("Đồng chí Kpă Thuyên: năm nay cà phê ra hoa không đều do hạn đầu năm, bà con cần được hướng dẫn bón "
              "phân, tỉa cành cho đúng."),
            P("Đồng chí Rcom H'Lim: hai hộ có con bỏ học còn nợ tiền đóng góp nên ngại gặp thầy cô; đề nghị nhà "
              "trường xem xét miễn các khoản cho hai cháu."),
            P("Đồng chí Đinh Văn Hải (khách mời) cho biết: Trạm Khuyến nông sẵn sàng cử cán bộ về làng hướng dẫn kỹ "
              "thuật tỉa cành, bón phân cho bà con khi chi bộ có đề nghị."),
            H("5. Chủ trì tổng hợp"),
            P("Đồng chí Ksor Phlơi tổng hợp ý kiến và kết luận: chi bộ nhất trí với báo cáo kiểm điểm tháng 7 và "
              "nhiệm vụ tháng 8 đã nêu. Trọng tâm tháng 8 là học tập tấm gương Tổng Bí thư Nguyễn Phú Trọng gắn với "
              "chuẩn bị đại hội chi bộ; chăm sóc cà phê; đưa học sinh bỏ học trở lại trường. Chi bộ cảm ơn và tiếp "
              "nhận sự giúp đỡ của Trạm Khuyến nông, ngày tập huấn sẽ thống nhất sau."),
            P("Đề nghị mỗi đảng viên gương mẫu giúp đỡ các hộ xung quanh; toàn thể đảng viên thực hiện tốt việc đã "
              "uống rượu, bia thì không điều khiển xe máy. Chi ủy sẽ phân công cụ thể việc chuẩn bị đại hội chi bộ "
              "sau khi có hướng dẫn của Đảng ủy xã."),
            P("Chi bộ biểu quyết thông qua kết luận: 100% đảng viên dự họp tán thành."),
            P("Buổi sinh hoạt kết thúc lúc 10 giờ 00 cùng ngày. Biên bản đã đọc lại, 17/17 đồng chí nhất trí thông "
              "qua."),
            S(["THƯ KÝ", "Rơ Mah H'Nhi"], ["BÍ THƯ", "Ksor Phlơi"]),
        ],
        "truth": minute(
            meeting("regular", "2024-08-06", "08:00", "10:00", "Nhà rông làng Plei Bông",
                    "CHI BỘ LÀNG PLEI BÔNG", "ĐẢNG ỦY XÃ IA KRAI"),
            "Ksor Phlơi", "Bí thư chi bộ", "Rơ Mah H'Nhi",
            attendance(18, 17, 1, 1, 0, 0,
                       [("Siu Yuih", "đi chữa bệnh tại Bệnh viện Đa khoa tỉnh Gia Lai", True)],
                       [("Đinh Văn Hải", "cán bộ Trạm Khuyến nông huyện Ia Grai")]),
            True,
            [vote("Kết luận sinh hoạt tháng 8/2024", pct=100)],
            [],
            ["missing_assignments"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# r10 — Bình Dương, Tân Uyên: wood-furniture company; regular + thematic; conclusion into a task table. Clean.
# =================================================================================================
DOCS.append({
    "name": "r10-binhduong-wood-factory-combined-thematic-table-clean", "folder": "test",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.28, "left": 78,
              "right": 52, "foot": "Trang {n}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TỈNH BÌNH DƯƠNG", "ĐẢNG ỦY KHỐI DOANH NGHIỆP", "CHI BỘ CÔNG TY CP GỖ TÂN UYÊN", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Uyên, ngày 17 tháng 12 năm 2024"], bold_left=(2,), size=10.5),
            G(8),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12 NĂM 2024"),
            C("KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
            C("Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và "
              "khát vọng phát triển đất nước phồn vinh, hạnh phúc", bold=False, italic=True),
            G(8),
            P("Thời gian: từ 13 giờ 30 phút đến 16 giờ 00 phút ngày 17/12/2024."),
            P("Địa điểm: Phòng họp tầng 2, Văn phòng Công ty, Khu công nghiệp Nam Tân Uyên."),
            P("Chủ trì: đồng chí Lý Thanh Tùng – Bí thư Chi bộ, Phó Tổng Giám đốc Công ty."),
            P("Thư ký: đồng chí Đinh Thị Mỹ Duyên – Chi ủy viên, Trưởng phòng Nhân sự."),
            P("Số lượng: chi bộ có 29 đảng viên (27 chính thức, 02 dự bị). Có mặt 27 đồng chí; vắng 02 đồng chí có lý "
              "do: đồng chí Hồ Văn Lực (đi công tác tại Hàn Quốc), đồng chí Trần Thị Bé Ba (nghỉ thai sản)."),
            P("Khách mời: đồng chí Nguyễn Thành Danh, chuyên viên Ban Tổ chức Đảng ủy Khối."),
            H("PHẦN I. SINH HOẠT THƯỜNG KỲ"),
            P("1. Thông tin thời sự: Hội nghị Trung ương 10 khóa XIII đã thống nhất chủ trương tổng kết 7 năm thực "
              "hiện Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh "
              "gọn, hoạt động hiệu lực, hiệu quả; cả nước kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam "
              "(22/12/1944 – 22/12/2024). Kim ngạch xuất khẩu gỗ và sản phẩm gỗ năm 2024 ước đạt trên 16 tỷ USD."),
            P("2. Kết quả tháng 11/2024: Công ty xuất 146 container bàn ghế sang Hoa Kỳ và Nhật Bản, doanh thu đạt "
              "107% kế hoạch; đã ký được đơn hàng quý I/2025; trả lương đúng hạn cho 1.240 công nhân. Hạn chế: ngày "
              "21/11 xảy ra một vụ cháy nhỏ tại xưởng sơn do chập điện, đã dập tắt kịp thời; tỷ lệ công nhân nghỉ "
              "việc trong tháng còn 2,3%."),
            P("3. Phương hướng tháng 12/2024 và dịp Tết Ất Tỵ: hoàn thành các đơn hàng trước Tết; bảo đảm an toàn "
              "phòng cháy, chữa cháy; chăm lo Tết cho công nhân, nhất là công nhân khó khăn không về quê được; chuẩn "
              "bị đại hội chi bộ nhiệm kỳ 2025 – 2027."),
            H("PHẦN II. SINH HOẠT CHUYÊN ĐỀ"),
            P("Đồng chí Đinh Thị Mỹ Duyên trình bày chuyên đề; liên hệ việc công nhân Công ty tự nghiên cứu cải tiến "
              "dây chuyền chà nhám, tiết kiệm 11% chi phí điện năng, và những tấm gương người lao động bám xưởng "
              "trong đợt sụt giảm đơn hàng năm 2023."),
            H("PHẦN III. THẢO LUẬN"),
            P("Đồng chí Phạm Quốc Khánh (Quản đốc xưởng sơn): sau vụ chập điện, xưởng đã thay toàn bộ dây dẫn khu "
              "buồng sơn số 2; đề nghị kiểm tra tiếp các tủ điện cũ ở xưởng phôi."),
            P("Đồng chí Lê Hoàng Oanh (Chủ tịch Công đoàn): có 86 công nhân đăng ký ở lại ăn Tết tại khu nhà trọ; đề "
              "nghị tổ chức bữa cơm tất niên và tặng quà."),
            P("Đồng chí Vòng A Sáng: chuyên đề rất gần với thực tế; đề nghị đưa sáng kiến chà nhám vào hồ sơ đề nghị "
              "khen thưởng năm 2024 của Công ty."),
            H("PHẦN IV. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ"),
            P("Đồng chí Lý Thanh Tùng kết luận: chi bộ thống nhất đánh giá kết quả tháng 11 và nhiệm vụ tháng 12 như "
              "báo cáo. Mỗi đảng viên chọn một việc cụ thể để làm theo tinh thần tự lực, tự cường của chuyên đề, ghi "
              "vào bản cam kết năm 2025. Cuối năm, Công ty vừa phải hoàn thành đơn hàng, vừa phải giữ an toàn cháy "
              "nổ; không để công nhân nào không có Tết. Các việc cụ thể giao như sau:"),
            TB([(0.08, "STT", "c"), (0.47, "Nội dung", "l"), (0.26, "Người phụ trách", "l"),
                (0.19, "Hoàn thành", "l")],
               [["1", "Kiểm tra toàn bộ tủ điện, hệ thống chữa cháy tự động tại các xưởng", "Đ/c Phạm Quốc Khánh",
                 "Trước 31/12/2024"],
                ["2", "Tổ chức bữa cơm tất niên, tặng quà cho công nhân ở lại ăn Tết",
                 "Công đoàn Công ty – Chi đoàn Thanh niên", "Trước Tết Nguyên đán"],
                ["3", "Hoàn thiện hồ sơ đề nghị khen thưởng sáng kiến cải tiến dây chuyền chà nhám",
                 "Đ/c Vòng A Sáng", "Tháng 01/2025"],
                ["4", "Theo dõi việc thực hiện bản cam kết làm theo chuyên đề của đảng viên", "Đ/c Đinh Thị Mỹ Duyên",
                 "Đến hết năm 2025"],
                ["5", "Chuẩn bị văn kiện, nhân sự đại hội chi bộ nhiệm kỳ 2025 – 2027", "Chi ủy", "Quý I/2025"]],
               size=11),
            P("Chi bộ biểu quyết bằng hình thức giơ tay: 25/27 đồng chí tán thành (đạt 92,6%); 02 đồng chí có ý kiến "
              "khác, đề nghị lùi thời hạn kiểm tra tủ điện sang tuần đầu tháng 01/2025."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút cùng ngày. Biên bản được đọc lại trước chi bộ và được các "
              "đồng chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Đinh Thị Mỹ Duyên"], ["T/M CHI BỘ", "BÍ THƯ", "Lý Thanh Tùng"]),
        ],
        "truth": minute(
            meeting("regular", "2024-12-17", "13:30", "16:00",
                    "Phòng họp tầng 2, Văn phòng Công ty, Khu công nghiệp Nam Tân Uyên",
                    "CHI BỘ CÔNG TY CP GỖ TÂN UYÊN", "ĐẢNG ỦY KHỐI DOANH NGHIỆP",
                    topic="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường "
                          "và khát vọng phát triển đất nước phồn vinh, hạnh phúc"),
            "Lý Thanh Tùng", "Bí thư Chi bộ", "Đinh Thị Mỹ Duyên",
            attendance(29, 27, 2, 2, 0, 0,
                       [("Hồ Văn Lực", "đi công tác tại Hàn Quốc", True), ("Trần Thị Bé Ba", "nghỉ thai sản", True)],
                       [("Nguyễn Thành Danh", "chuyên viên Ban Tổ chức Đảng ủy Khối")]),
            True,
            [vote("Kết luận sinh hoạt tháng 12/2024 và chuyên đề", 25, None, 2, 92.6)],
            [task("Phạm Quốc Khánh", "Kiểm tra toàn bộ tủ điện, hệ thống chữa cháy tự động tại các xưởng",
                  "31/12/2024"),
             task("Công đoàn Công ty", "Tổ chức bữa cơm tất niên, tặng quà cho công nhân ở lại ăn Tết",
                  "Tết Nguyên đán"),
             task("Chi đoàn Thanh niên", "Tổ chức bữa cơm tất niên, tặng quà cho công nhân ở lại ăn Tết",
                  "Tết Nguyên đán"),
             task("Vòng A Sáng", "Hoàn thiện hồ sơ đề nghị khen thưởng sáng kiến cải tiến dây chuyền chà nhám",
                  "Tháng 01/2025"),
             task("Đinh Thị Mỹ Duyên", "Theo dõi việc thực hiện bản cam kết làm theo chuyên đề của đảng viên",
                  "hết năm 2025"),
             task("Chi ủy", "Chuẩn bị văn kiện, nhân sự đại hội chi bộ nhiệm kỳ 2025 – 2027", "Quý I/2025")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# r11 — Sóc Trăng, Trần Đề: a Khmer hamlet's minute book, January–June 2012 (no April meeting).
# =================================================================================================
_R11_HEAD = ["ĐẢNG BỘ HUYỆN TRẦN ĐỀ", "ĐẢNG ỦY XÃ LIÊU TÚ", "CHI BỘ ẤP PRÂY CHÓP", "*"]
_R11_CELL, _R11_COMM = "CHI BỘ ẤP PRÂY CHÓP", "ĐẢNG ỦY XÃ LIÊU TÚ"
_R11_SIGN = S(["THƯ KÝ", "Lý Thị Sa Rinh"], ["BÍ THƯ", "Thạch Sô Phanh"])

DOCS.append({
    "name": "r11-soctrang-khmer-hamlet-book-jan-jun-2012", "folder": "test",
    "style": {"family": "serif", "size": 11.5, "justify": False, "indent": 24, "spacing": 1.3,
              "head": "Sổ biên bản sinh hoạt Chi bộ ấp Prây Chóp – năm 2012", "foot": "- {n} -"},
    "between": 30,
    "minutes": [
        # ---- January: one member absent without reason ----
        {"blocks": [
            HD(_R11_HEAD, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Liêu Tú, ngày 10 tháng 01 năm 2012"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ", size=13),
            C("Tháng 01 năm 2012", bold=False, italic=True),
            G(6),
            P("Hôm nay, lúc 19 giờ 00 ngày 10/01/2012, tại Trụ sở Ban nhân dân ấp Prây Chóp, Chi bộ ấp Prây Chóp "
              "sinh hoạt thường kỳ tháng 01/2012."),
            P("Chủ trì: đồng chí Thạch Sô Phanh, Bí thư chi bộ. Thư ký: đồng chí Lý Thị Sa Rinh, Chi ủy viên."),
            P("Tổng số đảng viên 14 đồng chí; miễn sinh hoạt 01 đồng chí (đồng chí Thạch Sên, tuổi cao); phải dự 13, "
              "có mặt 12; vắng 01: đồng chí Lâm Văn Sà Mết (không lý do)."),
            P("1. Thông tin: Tỉnh ủy, Ủy ban nhân dân tỉnh chỉ đạo chăm lo Tết Nguyên đán Nhâm Thìn cho hộ nghèo, gia "
              "đình chính sách, bảo đảm mọi nhà đều có Tết; kỷ niệm 82 năm Ngày thành lập Đảng Cộng sản Việt Nam "
              "(03/02/1930 – 03/02/2012); ngành nông nghiệp khuyến cáo xuống giống lúa Đông Xuân tập trung, né rầy."),
            P("2. Kết quả tháng 12/2011: ấp xuống giống 310 ha lúa Đông Xuân; bình xét xong hộ nghèo năm 2012 (ấp còn "
              "58 hộ nghèo, phần đông là hộ đồng bào Khmer); vận động quỹ “Ngày vì người nghèo” được 4.650.000 "
              "đồng. Hạn chế: 02 vụ mất trộm bò chưa tìm ra thủ phạm; đường đal đoạn qua chùa Prây Chóp xuống cấp."),
            P("3. Nhiệm vụ tháng 01/2012: chăm lo Tết cho hộ nghèo; giữ an ninh trật tự, chống trộm cắp gia súc dịp "
              "Tết; chăm sóc lúa Đông Xuân; tổ chức vui Xuân lành mạnh."),
            P("4. Thảo luận: Đồng chí Trần Văn Lợi đề nghị ưu tiên quà Tết cho 12 hộ nghèo có người già neo đơn. Đồng "
              "chí Sơn Văn Chênh cho biết kẻ trộm thường đi ghe theo kênh vào ban đêm, tổ an ninh cần trực ở đầu "
              "kênh. Đồng chí Kim Thị Sà Rươl đề nghị Chi đoàn tổ chức bóng đá, văn nghệ cho thanh niên vui Tết, hạn "
              "chế nhậu say."),
            H("Kết luận:"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 01; không để hộ nghèo nào thiếu Tết, không "
              "để mất trộm gia súc trong dịp Tết. Chi ủy giao:"),
            P("- Đồng chí Trần Văn Lợi phối hợp Ban nhân dân ấp lập danh sách, trao 25 phần quà Tết cho hộ nghèo, xong "
              "trước Tết Nguyên đán."),
            P("- Đồng chí Sơn Văn Chênh cùng Tổ an ninh ấp tăng cường tuần tra ban đêm từ nay đến hết tháng Giêng."),
            P("- Chi đoàn ấp tổ chức giải bóng đá mini mừng Đảng, mừng Xuân."),
            P("Chi bộ biểu quyết: 12/12 đồng chí tán thành."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 00. Biên bản được đọc lại và thông qua."),
            _R11_SIGN,
         ],
         "truth": minute(
             meeting("regular", "2012-01-10", "19:00", "21:00", "Trụ sở Ban nhân dân ấp Prây Chóp", _R11_CELL,
                     _R11_COMM),
             "Thạch Sô Phanh", "Bí thư chi bộ", "Lý Thị Sa Rinh",
             attendance(14, 12, 1, 0, 1, 1, [("Lâm Văn Sà Mết", "không lý do", False)]),
             True,
             [vote("Nhiệm vụ tháng 01/2012", 12)],
             [task("Trần Văn Lợi", "phối hợp Ban nhân dân ấp lập danh sách, trao 25 phần quà Tết cho hộ nghèo",
                   "Tết Nguyên đán"),
              task("Sơn Văn Chênh", "cùng Tổ an ninh ấp tăng cường tuần tra ban đêm", "hết tháng Giêng"),
              task("Chi đoàn ấp", "tổ chức giải bóng đá mini mừng Đảng, mừng Xuân", None)],
             ["unexcused_absence"])},
        # ---- February: typed on under January's signatures; 75 minutes ----
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 02/2012", size=12.5),
            G(4),
            P("Thời gian: 19 giờ 00 ngày 14/02/2012. Địa điểm: nhà đồng chí Trần Văn Lợi (trụ sở ấp đang sửa mái)."),
            P("Chủ trì: đ/c Thạch Sô Phanh, Bí thư chi bộ; thư ký: đ/c Lý Thị Sa Rinh."),
            P("Đảng viên có mặt: 13/13 đồng chí phải dự (miễn sinh hoạt 01)."),
            P("1. Đồng chí Bí thư phổ biến: Hội nghị Trung ương 4 khóa XI đã ban hành Nghị quyết số 12-NQ/TW ngày "
              "16/01/2012 về một số vấn đề cấp bách về xây dựng Đảng hiện nay; Đảng ủy xã sẽ có kế hoạch học tập và "
              "kiểm điểm tự phê bình, phê bình theo hướng dẫn của cấp trên."),
            P("2. Tháng 01, ấp đã trao 25 phần quà Tết, không xảy ra mất trộm gia súc trong dịp Tết; Chi đoàn tổ chức "
              "giải bóng đá có 6 đội tham gia. Lúa Đông Xuân đang trổ, rầy nâu mật độ cao ở cánh đồng giáp xã Lịch "
              "Hội Thượng."),
            P("3. Thảo luận: đồng chí Dương Văn Hên đề nghị mời cán bộ khuyến nông xuống hướng dẫn phun thuốc trừ rầy "
              "đúng cách; đồng chí Tăng Thị Ngọc Huyền cho biết một số chị em Khmer chưa biết thủ tục vay vốn học "
              "nghề."),
            P("Đồng chí Bí thư kết luận: tháng 02 tập trung phòng trừ rầy nâu, bảo vệ lúa Đông Xuân đến thu hoạch; "
              "giao đồng chí Dương Văn Hên liên hệ cán bộ khuyến nông xã mở lớp hướng dẫn trừ rầy cho bà con trong "
              "tuần này; giao đồng chí Kim Thị Sà Rươl và đồng chí Tăng Thị Ngọc Huyền hướng dẫn chị em làm hồ sơ "
              "vay vốn học nghề, trong tháng 02."),
            P("Chi bộ biểu quyết thông qua kết luận: mười ba trên mười ba đồng chí tán thành."),
            P("Họp xong lúc 20 giờ 15 phút. Biên bản đã đọc lại, chi bộ nhất trí thông qua."),
            _R11_SIGN,
         ],
         "truth": minute(
             meeting("regular", "2012-02-14", "19:00", "20:15", "nhà đồng chí Trần Văn Lợi", _R11_CELL, _R11_COMM),
             "Thạch Sô Phanh", "Bí thư chi bộ", "Lý Thị Sa Rinh",
             attendance(14, 13, 0, 0, 0, 1),
             True,
             [vote("Kết luận tháng 02/2012", 13)],
             [task("Dương Văn Hên", "liên hệ cán bộ khuyến nông xã mở lớp hướng dẫn trừ rầy cho bà con", "tuần này"),
              task("Kim Thị Sà Rươl", "hướng dẫn chị em làm hồ sơ vay vốn học nghề", "tháng 02"),
              task("Tăng Thị Ngọc Huyền", "hướng dẫn chị em làm hồ sơ vay vốn học nghề", "tháng 02")],
             ["short_meeting"])},
        # ---- March: a new page and its own header; task table; no vote; end time only ----
        {"blocks": [
            ("page_break",),
            HD(_R11_HEAD, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Liêu Tú, ngày 13 tháng 3 năm 2012"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THÁNG 3 NĂM 2012"),
            G(6),
            P("Vào lúc 19 giờ 00 phút ngày 13/3/2012, tại Trụ sở Ban nhân dân ấp Prây Chóp, chi bộ họp thường kỳ tháng "
              "3. Đồng chí Thạch Sô Phanh, Bí thư chi bộ, chủ trì; đồng chí Lý Thị Sa Rinh ghi biên bản."),
            P("Có mặt 12/13 đảng viên phải dự (01 đồng chí miễn sinh hoạt). Vắng: đồng chí Lâm Văn Sà Mết (không "
              "báo)."),
            P("1. Thông tin: Ban Thường vụ Huyện ủy triển khai kế hoạch học tập Nghị quyết Trung ương 4 khóa XI đến "
              "từng chi bộ; tỉnh phát động đợt cao điểm chống hạn, chống xâm nhập mặn mùa khô 2012."),
            P("2. Kết quả tháng 02: thu hoạch xong 120 ha lúa Đông Xuân, năng suất bình quân 6,8 tấn/ha; lớp hướng dẫn "
              "trừ rầy có 47 hộ tham dự. Hạn chế: nước mặn lấn vào kênh Tám Thước, một số hộ trồng hành tím thiếu "
              "nước tưới; đồng chí Lâm Văn Sà Mết vắng sinh hoạt lần thứ hai không báo."),
            P("3. Thảo luận: Đồng chí Sơn Văn Chênh đề nghị đắp đập tạm ngăn mặn ở đầu kênh Tám Thước. Đồng chí Thạch "
              "Ngọc Sang: nhiều thanh niên đã đi làm ở Bình Dương sau Tết, ấp thiếu người đắp đập, cần vận động các "
              "hộ góp ngày công."),
            P("4. Đồng chí chủ trì kết luận: tháng 3 tập trung chống hạn, ngăn mặn, cứu hành tím và hoa màu; đồng thời "
              "chuẩn bị cho đảng viên học tập Nghị quyết Trung ương 4. Phân công cụ thể:"),
            TB([(0.08, "TT", "c"), (0.50, "Việc làm", "l"), (0.24, "Người thực hiện", "l"),
                (0.18, "Thời gian", "l")],
               [["1", "Vận động các hộ góp ngày công đắp đập tạm ngăn mặn đầu kênh Tám Thước", "Đ/c Sơn Văn Chênh",
                 "20/3/2012"],
                ["2", "Lập danh sách đảng viên dự học Nghị quyết Trung ương 4 khóa XI", "Đ/c Lý Thị Sa Rinh",
                 "Trước ngày 25/3/2012"],
                ["3", "Gặp gỡ, tìm hiểu lý do đồng chí Lâm Văn Sà Mết vắng sinh hoạt", "Đ/c Thạch Sô Phanh", ""]],
               size=10.5),
            P("Buổi sinh hoạt kết thúc lúc 20 giờ 45 phút."),
            _R11_SIGN,
         ],
         "truth": minute(
             meeting("regular", "2012-03-13", "19:00", "20:45", "Trụ sở Ban nhân dân ấp Prây Chóp", _R11_CELL,
                     _R11_COMM),
             "Thạch Sô Phanh", "Bí thư chi bộ", "Lý Thị Sa Rinh",
             attendance(14, 12, 1, 0, 1, 1, [("Lâm Văn Sà Mết", "không báo", False)]),
             True,
             [],
             [task("Sơn Văn Chênh", "Vận động các hộ góp ngày công đắp đập tạm ngăn mặn đầu kênh Tám Thước",
                   "20/3/2012"),
              task("Lý Thị Sa Rinh", "Lập danh sách đảng viên dự học Nghị quyết Trung ương 4 khóa XI",
                   "25/3/2012"),
              task("Thạch Sô Phanh", "Gặp gỡ, tìm hiểu lý do đồng chí Lâm Văn Sà Mết vắng sinh hoạt", None)],
             ["missing_vote", "not_approved", "unexcused_absence"])},
        # ---- May: no April meeting; 10 of 13; the same member again ----
        {"blocks": [
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 5/2012", size=12.5),
            G(4),
            P("Thời gian: 19 giờ 00 phút ngày 08/5/2012. Địa điểm: Trụ sở Ban nhân dân ấp Prây Chóp."),
            P("Chủ trì: đồng chí Thạch Sô Phanh, Bí thư chi bộ. Thư ký: đồng chí Lý Thị Sa Rinh."),
            P("Đảng viên phải dự 13 đồng chí (miễn sinh hoạt 01), có mặt 10; vắng 03: đồng chí Thạch Ngọc Sang (đi làm "
              "thuê ở Bình Dương, có báo chi ủy), đồng chí Dương Văn Hên (ốm), đồng chí Lâm Văn Sà Mết (vắng không lý "
              "do)."),
            P("Đồng chí Bí thư báo cáo: tháng 4 chi bộ không tổ chức sinh hoạt được do trùng dịp Tết Chôl Chnăm Thmây "
              "của đồng bào Khmer và đợt chống hạn; chi ủy đã báo cáo Đảng ủy xã."),
            P("1. Thông tin: Đảng ủy xã đã tổ chức học tập Nghị quyết Trung ương 4 khóa XI cho đảng viên; các chi bộ "
              "chuẩn bị kiểm điểm tự phê bình và phê bình theo kế hoạch của Huyện ủy. Kỷ niệm 122 năm Ngày sinh Chủ "
              "tịch Hồ Chí Minh (19/5/1890 – 19/5/2012)."),
            P("2. Tình hình tháng 4 và đầu tháng 5: đập tạm đầu kênh Tám Thước đã đắp xong, cứu được 35 ha hành tím; "
              "ấp tổ chức Tết Chôl Chnăm Thmây an toàn, vui tươi. Hạn chế: đồng chí Lâm Văn Sà Mết tiếp tục vắng "
              "không lý do; chi ủy đã gặp nhưng đồng chí chưa có chuyển biến."),
            P("3. Ý kiến: Đồng chí Kim Thị Sà Rươl đề nghị vận động bà con xuống giống Hè Thu đồng loạt theo lịch của "
              "huyện. Đồng chí Trần Văn Lợi đề nghị chi bộ xem xét hình thức xử lý theo Điều lệ Đảng nếu đồng chí Sà "
              "Mết còn tái phạm."),
            P("4. Đồng chí Bí thư kết luận: tháng 5 chuẩn bị xuống giống lúa Hè Thu đúng lịch thời vụ né rầy; chuẩn bị "
              "kiểm điểm theo Nghị quyết Trung ương 4 kết hợp sinh hoạt chuyên đề vào kỳ họp tháng 6. Giao đồng chí "
              "Trần Văn Lợi gặp đồng chí Lâm Văn Sà Mết lần nữa, yêu cầu viết bản tự kiểm điểm, báo cáo chi bộ tại "
              "kỳ họp tháng 6. Giao đồng chí Lý Thị Sa Rinh đôn đốc đảng viên viết bản kiểm điểm cá nhân, nộp chi ủy "
              "trước ngày 05/6/2012."),
            P("Biểu quyết: tán thành 10/10, đạt 100%."),
            P("Họp kết thúc lúc 20 giờ 50 phút. Biên bản đã được thông qua trước chi bộ."),
            _R11_SIGN,
         ],
         "truth": minute(
             meeting("regular", "2012-05-08", "19:00", "20:50", "Trụ sở Ban nhân dân ấp Prây Chóp", _R11_CELL,
                     _R11_COMM),
             "Thạch Sô Phanh", "Bí thư chi bộ", "Lý Thị Sa Rinh",
             attendance(14, 10, 3, 2, 1, 1,
                        [("Thạch Ngọc Sang", "đi làm thuê ở Bình Dương, có báo chi ủy", True),
                         ("Dương Văn Hên", "ốm", True),
                         ("Lâm Văn Sà Mết", "không lý do", False)]),
             True,
             [vote("Kết luận tháng 5/2012", 10, pct=100)],
             [task("Trần Văn Lợi", "gặp đồng chí Lâm Văn Sà Mết lần nữa, yêu cầu viết bản tự kiểm điểm, báo cáo chi "
                   "bộ", "kỳ họp tháng 6"),
              task("Lý Thị Sa Rinh", "đôn đốc đảng viên viết bản kiểm điểm cá nhân, nộp chi ủy", "05/6/2012")],
             ["low_attendance", "unexcused_absence"])},
        # ---- June: regular + thematic on Nghị quyết Trung ương 4; two votes ----
        {"blocks": [
            C("BIÊN BẢN", size=12.5),
            C("SINH HOẠT CHI BỘ THÁNG 6/2012 KẾT HỢP SINH HOẠT CHUYÊN ĐỀ"),
            C("Chuyên đề: Một số vấn đề cấp bách về xây dựng Đảng hiện nay (Nghị quyết Trung ương 4 khóa XI)",
              bold=False, italic=True),
            G(4),
            P("Thời gian: từ 13 giờ 30 phút đến 16 giờ 00 phút, ngày 12/6/2012. Địa điểm: Hội trường Ủy ban nhân dân "
              "xã Liêu Tú."),
            P("Chủ trì: đồng chí Thạch Sô Phanh, Bí thư chi bộ. Thư ký: đồng chí Lý Thị Sa Rinh."),
            P("Có mặt 13/13 đảng viên phải dự (01 đồng chí miễn sinh hoạt). Dự có đồng chí Huỳnh Văn Tươi, Đảng ủy "
              "viên phụ trách địa bàn ấp."),
            H("I. Sinh hoạt thường kỳ"),
            P("Lúa Hè Thu đã xuống giống 290 ha, đạt 94% kế hoạch; học sinh của ấp thi tốt nghiệp tiểu học đạt 100%. "
              "Hạn chế: còn mất trộm 02 máy bơm nước ngoài đồng. Nhiệm vụ tháng 6: chăm sóc lúa Hè Thu, giữ an ninh "
              "trật tự ngoài đồng, hoàn thành kiểm điểm theo Nghị quyết Trung ương 4."),
            H("II. Sinh hoạt chuyên đề"),
            P("Đồng chí Trần Văn Lợi trình bày chuyên đề về ba vấn đề cấp bách: ngăn chặn, đẩy lùi sự suy thoái về tư "
              "tưởng chính trị, đạo đức, lối sống của một bộ phận cán bộ, đảng viên; xây dựng đội ngũ cán bộ; xác "
              "định rõ trách nhiệm của người đứng đầu. Chi bộ liên hệ thực tế: còn đảng viên ý thức tổ chức kỷ luật "
              "chưa cao, vắng sinh hoạt nhiều lần."),
            P("Đồng chí Lâm Văn Sà Mết tự kiểm điểm: đã vắng ba kỳ sinh hoạt (tháng 01, tháng 3 và tháng 5) không báo "
              "cáo vì đi làm thuê theo mùa vụ; nhận khuyết điểm và hứa từ nay sinh hoạt đầy đủ."),
            P("Ý kiến: đồng chí Sơn Văn Chênh và đồng chí Kim Thị Sà Rươl góp ý đồng chí Sà Mết đi làm xa phải báo "
              "chi ủy để được giới thiệu sinh hoạt tạm thời. Đồng chí Huỳnh Văn Tươi ghi nhận chi bộ đã làm nghiêm "
              "việc kiểm điểm."),
            H("III. Kết luận"),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhận thức về ba vấn đề cấp bách của Nghị quyết Trung ương "
              "4; mỗi đảng viên phải có kế hoạch khắc phục khuyết điểm của mình. Chi bộ biểu quyết hình thức phê bình "
              "trước chi bộ đối với đồng chí Lâm Văn Sà Mết: 12/13 đồng chí tán thành, 01 đồng chí không biểu quyết "
              "(đồng chí Sà Mết)."),
            P("Phân công: 1. Đồng chí Thạch Sô Phanh hoàn chỉnh báo cáo kiểm điểm tập thể chi bộ theo Nghị quyết Trung "
              "ương 4, gửi Đảng ủy xã trước ngày 30/6/2012. 2. Đồng chí Sơn Văn Chênh và Tổ an ninh ấp bảo vệ lúa Hè "
              "Thu, chống trộm máy bơm nước ngoài đồng, thường xuyên."),
            P("Chi bộ biểu quyết thông qua kết luận và nội dung chuyên đề: 13/13 đồng chí tán thành, đạt 100%."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 00 cùng ngày. Biên bản được đọc lại và được chi bộ thông qua."),
            _R11_SIGN,
         ],
         "truth": minute(
             meeting("regular", "2012-06-12", "13:30", "16:00", "Hội trường Ủy ban nhân dân xã Liêu Tú", _R11_CELL,
                     _R11_COMM,
                     topic="Một số vấn đề cấp bách về xây dựng Đảng hiện nay (Nghị quyết Trung ương 4 khóa XI)"),
             "Thạch Sô Phanh", "Bí thư chi bộ", "Lý Thị Sa Rinh",
             attendance(14, 13, 0, 0, 0, 1, [], [("Huỳnh Văn Tươi", "Đảng ủy viên phụ trách địa bàn ấp")]),
             True,
             [vote("Phê bình trước chi bộ đối với đồng chí Lâm Văn Sà Mết", 12, None, 1),
              vote("Kết luận và nội dung chuyên đề tháng 6/2012", 13, pct=100)],
             [task("Thạch Sô Phanh", "hoàn chỉnh báo cáo kiểm điểm tập thể chi bộ theo Nghị quyết Trung ương 4, gửi "
                   "Đảng ủy xã", "30/6/2012"),
              task("Sơn Văn Chênh", "bảo vệ lúa Hè Thu, chống trộm máy bơm nước ngoài đồng", "thường xuyên"),
              task("Tổ an ninh ấp", "bảo vệ lúa Hè Thu, chống trộm máy bơm nước ngoài đồng", "thường xuyên")],
             [])},
    ],
    "flags": ["missing_month", "no_thematic_in_quarter", "repeated_absence"], "scans": [],
})


# =================================================================================================
# r14 — Cao Bằng, Hòa An: Tày hamlet, November 2006; a scan with no born-digital twin.
# =================================================================================================
DOCS.append({
    "name": "r14-caobang-tay-hamlet-scan-chair-repeats-agenda-80min", "folder": "test", "born_digital": False,
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.3, "left": 64,
              "right": 46, "top": 50, "bottom": 50, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ HUYỆN HÒA AN", "ĐẢNG UỶ XÃ ĐỨC LONG", "CHI BỘ XÓM NÀ LỮNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đức Long, ngày 24 tháng 11 năm 2006"], bold_left=(2,), size=9.5),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 11 NĂM 2006"),
            G(6),
            P("Hôm nay, ngày 24 tháng 11 năm 2006, vào hồi 19 giờ, tại nhà văn hoá xóm Nà Lững, Chi bộ xóm Nà Lững họp "
              "thường kỳ tháng 11."),
            P("Chủ trì: đ/c Nông Văn Pảo, Bí thư chi bộ. Thư ký: đ/c Hoàng Thị Dín."),
            P("Đảng viên toàn chi bộ: 11 đ/c. Có mặt: 10 đ/c. Vắng: 01 đ/c (đ/c Đàm Văn Sẩy đi chữa bệnh ở Bệnh viện "
              "tỉnh)."),
            P("1. Thông tin thời sự: ngày 07/11/2006, Đại hội đồng Tổ chức Thương mại Thế giới đã thông qua việc Việt "
              "Nam gia nhập WTO; Hội nghị cấp cao APEC lần thứ 14 vừa họp tại Hà Nội. Bộ Chính trị ban hành Chỉ thị "
              "số 06-CT/TW ngày 07/11/2006 về tổ chức cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí "
              "Minh”. Xã Đức Long được đưa vào Chương trình 135 giai đoạn II (2006 – 2010)."),
            P("2. Kết quả tháng 10: thu hoạch xong lúa mùa, năng suất khá; các hộ đăng ký trồng thuốc lá vụ xuân đã "
              "được Công ty ứng trước phân bón. Tồn tại: 03 hộ chưa nộp đóng góp làm đường; trâu, bò còn thả rông."),
            P("3. Phương hướng tháng 12: làm đất, gieo ươm thuốc lá vụ xuân; huy động ngày công làm đường bê tông nối "
              "xóm với đường liên xã theo Chương trình 135 (Nhà nước hỗ trợ xi măng, nhân dân góp công); chống rét "
              "cho trâu, bò; chuẩn bị đón Tết Đinh Hợi."),
            P("4. Ý kiến đảng viên:"),
            P("- Đ/c Lương Văn Thình: đề nghị Nhà nước cho vay vốn ưu đãi để các hộ mua máy cày nhỏ."),
            P("- Đ/c Bế Thị Nhài: giống thuốc lá năm ngoái nảy mầm kém, đề nghị Công ty đổi giống."),
            P("- Đ/c Đàm Văn Tạo: đường mới phải làm rãnh thoát nước, không thì mùa mưa lại lở."),
            P("Đồng chí chủ trì nhắc lại các nội dung chương trình buổi họp: thông tin thời sự, kết quả tháng 10, "
              "phương hướng tháng 12; các kiến nghị của đảng viên về vốn vay và giống thuốc lá, chi bộ sẽ tổng hợp "
              "báo cáo lên Đảng uỷ xã xem xét, giải quyết."),
            P("Chi bộ biểu quyết thông qua phương hướng tháng 12: 10/10 đ/c giơ tay nhất trí."),
            P("Phân công:"),
            P("- Đ/c Lương Văn Thình cùng tổ làm đường huy động ngày công, đổ xong 300 m đường bê tông trước Tết Đinh "
              "Hợi."),
            P("- Đ/c Hoàng Thị Dín nhận giống thuốc lá của Công ty, chia cho các hộ đăng ký trong tháng 12/2006."),
            P("- Chi hội Cựu chiến binh xóm kiểm tra, nhắc các hộ che chắn chuồng trại chống rét cho trâu, bò suốt "
              "mùa đông."),
            P("Cuộc họp kết thúc lúc 20 giờ 20 phút. Biên bản đã đọc lại cho chi bộ nghe, các đồng chí nhất trí thông "
              "qua."),
            S(["THƯ KÝ", "Hoàng Thị Dín"], ["BÍ THƯ", "Nông Văn Pảo"]),
        ],
        "truth": minute(
            meeting("regular", "2006-11-24", "19:00", "20:20", "nhà văn hoá xóm Nà Lững",
                    "CHI BỘ XÓM NÀ LỮNG", "ĐẢNG UỶ XÃ ĐỨC LONG"),
            "Nông Văn Pảo", "Bí thư chi bộ", "Hoàng Thị Dín",
            attendance(11, 10, 1, 1, 0, 0, [("Đàm Văn Sẩy", "đi chữa bệnh ở Bệnh viện tỉnh", True)]),
            False,
            [vote("Phương hướng nhiệm vụ tháng 12/2006", 10)],
            [task("Lương Văn Thình", "cùng tổ làm đường huy động ngày công, đổ xong 300 m đường bê tông",
                  "Tết Đinh Hợi"),
             task("Hoàng Thị Dín", "nhận giống thuốc lá của Công ty, chia cho các hộ đăng ký", "tháng 12/2006"),
             task("Chi hội Cựu chiến binh xóm", "kiểm tra, nhắc các hộ che chắn chuồng trại chống rét cho trâu, bò",
                  "suốt mùa đông")],
            ["missing_conclusion", "short_meeting"]),
    }],
    "flags": [],
    "scans": [{"name": "r14-caobang-tay-hamlet-scan-chair-repeats-agenda-80min", "folder": "test",
               "damage": "moderate", "seed": 1614, "dpi": 250}],
})
