"""Held-out set 15, writer k (dev/, `k…`): the North, the North-Central coast and the northern mountains, 2008–2026.

Written by hand, without reading the extractor (extract/**), the generator (samples/generator/**), samples/parts/**,
the bench, ingest/, the tests other than tests/samples/test_heldout_sets.py, the other writers' modules of this set
or the earlier sets' minute texts and truth files (only their READMEs, the block helpers of
samples/heldout2/minutes.py, `attendance` of samples/heldout/minutes.py and the docstring of
samples/heldout12/minutes_g.py), and without running the extractor. Rendered by samples/heldout2/make.py (`build`).
Names, places and figures are invented or used loosely; the paperwork follows /work/shared/DOMAIN.md. The set's
theme is who was there and who ran it: chairs and secretaries named in labels, in prose, by a role before the name,
by rank, only under the signatures, a deputy standing in, a secretary appointed on the day; counts in figures, in
words, as fractions, in a count table, a printed form's fields, a roll-call table, counts that must be added up,
exempt members counted or only named, counts that name only some absentees, late arrivals and early leavers;
guests from the upper committee, the mass organisations and non-members; dates in words and a month's meeting held
early in the next.

Files (name -> what varies -> minute flags / book flags):

- k01-hanoi-ward-exempt-named-fraction-clean -> Hà Nội (Long Biên) residential-block cell, October 2024; Serif 13
  justified, "Trang n/N" at the foot; three-level header with "*"; "I.–V." capital headings; "Chủ trì:" / "Thư ký:"
  lines with the role after the name; total with official/probationary split, 5 exempt members named and counted,
  "số đảng viên phải dự: 29", "Có mặt: 27/29 đồng chí, đạt 93,1%", two excused absentees named in brackets; a
  guest of the ward committee and a non-member ("ông …") of the Front; the guest speaks; "27/27 … đạt 100%";
  three tasks (a member "phối hợp với Chi hội Phụ nữ", "vào sáng Chủ nhật 13/10/2024", a group "thường xuyên");
  "T/M CHI ỦY / BÍ THƯ" with "(đã ký)" -> — / —
- k02-thanhhoa-village-deputy-chairs-words-low -> Thanh Hóa (Nông Cống) village, May 2019; DejaVu Serif 12; no
  numbered opening: time and date in words ("mười chín giờ ba mươi phút ngày mùng sáu tháng năm năm hai nghìn mười
  chín"); the Bí thư away at a political-theory course, the Phó Bí thư "điều hành buổi họp", "Chi bộ cử đồng chí …
  làm thư ký"; all counts in words (26 members, 2 exempt named, 24 due, 21 present, 3 absent with reasons, the Bí
  thư among them); a member arriving late; a guest; italic "1.–5." heads; "Giao đồng chí … hằng tuần", "trước ngày
  12/5/2019", "Giao Chi hội Nông dân … xong trong tháng 5"; ends with the end time only; "(Ký, ghi rõ họ tên)" left
  under both titles -> low_attendance (21/24 = 87.5 %), not_approved, unfilled_template / —
- k03-nghean-school-count-table-unexcused-no-vote -> Nghệ An (Đô Lương) primary school, November 2021 (Covid-19,
  Nghị quyết 128/NQ-CP); Liberation Sans 11.5 ragged, "- n -" at the foot; "Số: 11-BB/CB"; "Chủ tọa: Đ/c ThS. …
  – Bí thư Chi bộ, Hiệu trưởng", "Người ghi biên bản:"; "Khách mời: không."; a ruled COUNT table "Tổng số ĐV |
  Miễn SH | Phải dự | Có mặt | Vắng có lý do | Vắng không lý do" (one row) and the two absentees in a prose line
  below it ("nghỉ chế độ thai sản", "không báo cáo chi ủy"); "A/–E/" headings; tasks inside the conclusion
  ("hoàn thành trong tuần này", "xong trước ngày 17/11/2021"); no vote, the minutes approved -> unexcused_absence
  (26/28 = 92.9 %: not low), missing_vote / —
- k04-laocai-hmong-mono-signature-only-75min -> Lào Cai (Si Ma Cai) H'Mông village, August 2012; typewriter face
  (Liberation Mono 10.5), ragged, no headings, "1- 2- 3-" paragraphs; chair and secretary named ONLY under the
  signatures ("NGƯỜI GHI BIÊN BẢN" / "BÍ THƯ CHI BỘ"); the body says "Đồng chí Bí thư chi bộ chủ trì, đồng chí chi
  ủy viên phụ trách văn phòng ghi biên bản"; "Đảng viên dự họp: 09/10 đồng chí. Vắng: Vàng Seo Chứ (không báo)."
  (exactly 90 %); a guest; vote "giơ tay 9/9 đồng ý"; tasks "xong trước ngày 5/9", "cùng chi hội phụ nữ …, làm
  thường xuyên", "trong tháng 8"; 08:00–09:15; ends "Họp xong lúc 9 giờ 15." -> not_approved, short_meeting,
  unexcused_absence / —
- k05-quangninh-mine-late-early-clean -> Quảng Ninh (Cẩm Phả) coal-mine tunnelling workshop, March 2017; Serif 12
  justified, right-aligned running head from page 2, "- n -"; no total written: "Đảng viên chính thức: 18 …; đảng
  viên dự bị: 02" (total 20 by adding up), "Có mặt: 19", one excused absentee on the night shift; a member arriving
  15 minutes late and one leaving at 15:20 before the vote; "Chủ trì: … – Bí thư chi bộ, Quản đốc phân xưởng.
  Thư ký: …" on one line; a guest of the company's standing committee who speaks; "1.–7." run-in parts; vote
  "18/18 đồng chí có mặt tại thời điểm biểu quyết tán thành (…đã về trước), không có ý kiến khác"; three dash tasks
  ("xong trước ngày 31/3/2017", "trong tuần sau", one with no time) -> — / —
- k06-hatinh-form-2009-dots-no-conclusion -> Hà Tĩnh (Hương Khê) village, July 2009, a printed form typed in
  (DejaVu Serif 11.5, ragged, old tone placement "hoá", "uỷ", "khoá"); "Số: 07-BB/CB"; counts as form fields
  ("Tổng số đảng viên: 17 đ/c. Chính thức: 16 đ/c. Dự bị: 01 đ/c.", "Miễn sinh hoạt: 02 đ/c.", "Có mặt: 14 đ/c.
  Vắng: 01 đ/c (có lý do: 01 đ/c; không lý do: 0 đ/c)", the absentee and reason on its own field);
  "Đại biểu cấp trên về dự: ……" and "5. Kết luận của đồng chí chủ trì: ……" left blank; "Chủ trì: đ/c …. Chức vụ:
  Bí thư chi bộ."; vote on the direction "tán thành 14/14 đ/c; không tán thành: 0; ý kiến khác: 0"; two dash tasks
  -> missing_conclusion, unfilled_template / —
- k07-quangbinh-border-thematic-ranks-no-discussion -> Quảng Bình (Minh Hóa) border-guard post, thematic meeting
  of Q2/2022 with a "Chuyên đề:" line; Serif 13; ranks before every name ("Thiếu tá …, Bí thư chi bộ, Phó Chính
  trị viên Đồn", "Thượng úy …", "Trung úy …"); "Quân số đảng viên: 21 …; có mặt 19 …; vắng 02 … (Trung úy X đi
  tuần tra biên giới và 01 đồng chí đi học …)" — only one absentee named; a guest who only attends; "Thảo luận:
  Các đồng chí … đều thống nhất cao …, không có ý kiến bổ sung"; tasks inside the conclusion; 07:30–09:00 (exactly
  90 minutes) -> no_discussion / —
- k08-thainguyen-tea-coop-absentee-table-low -> Thái Nguyên (Đại Từ) tea cooperative, May 2025 (the province and
  commune mergers); Liberation Sans 11 justified, "Trang n/N"; "Điều hành:" / "Người ghi biên bản:" in one
  paragraph; "Tổng số đảng viên: 21; miễn sinh hoạt: 01 (named); phải dự: 20; có mặt: 17/20, đạt 85%; vắng 03 đồng
  chí, cụ thể:" + ruled table "STT | Họ và tên | Lý do vắng" ("Đi tập huấn …", "Không báo", an empty reason cell);
  a Party guest and a non-member youth leader ("anh … (chưa là đảng viên)") who volunteers; "a) b) c)" content;
  vote 17/17; a member leaving early after the vote; tasks ("trước ngày 25/5/2025", "tại kỳ họp tháng 6",
  "thường xuyên") -> low_attendance, unexcused_absence / —
- k09-dienbien-thai-march-held-april-no-conclusion -> Điện Biên (Tuần Giáo) Thái village, the MARCH 2014 meeting
  held on 02/4/2014 (title "THÁNG 3", opening date in words, the reason for the delay written); Serif 12.5, no
  headings; chair and secretary in one sentence ("Bí thư chi bộ kiêm trưởng bản, điều hành …; … ghi biên bản");
  "Chi bộ có 15 đảng viên, trong đó 02 đảng viên dự bị. Có mặt 14/15."; a guest who gives an opinion; three
  opinions in one sentence; the chair only thanks and calls on "mỗi đảng viên"; a plan for April with nobody named;
  vote 14/14 on the report and programme -> missing_conclusion, missing_assignments / —
- k10-phutho-muong-book-jul-nov-2018 -> **book**, Phú Thọ (Tân Sơn) Mường hamlet, July–November 2018, 5 minutes;
  Serif 12 justified, running head from page 2, "- n -"; every minute after the first starts mid-page under the
  previous signatures, with a title and no header of its own. Jul (10/7): "Chủ trì:/Thư ký:" on one line, counts
  "tổng số 16, miễn sinh hoạt 01 (named), phải dự 15; có mặt 14; vắng 01: … (không lý do)" -> unexcused_absence;
  Aug (08/8): all in one opening paragraph, "Dự họp: 15/15 đảng viên phải dự", a guest -> —; Sep (20/9):
  separate thematic "QUÝ III" + "Chuyên đề:", the Bí thư away at training, the Phó Bí thư "chủ tọa thay", 75 min,
  minutes approved but nothing voted -> missing_vote, short_meeting; Oct: held on 02/11/2018 after the harvest,
  the usual secretary away and another appointed, "Phải dự 15 đồng chí, có mặt 13" (no total, no exempt written)
  -> low_attendance, unexcused_absence; Nov (28/11): "vắng không lý do (lần thứ ba trong năm)", "Chi bộ thảo luận,
  thống nhất với báo cáo", general calls and "chi ủy sẽ phân công cụ thể sau" -> missing_assignments,
  no_discussion, unexcused_absence / missing_month (September holds only the thematic meeting), repeated_absence
  (Hà Văn Lợi absent without reason in Jul, Oct, Nov)
- k11-namdinh-fishing-village-exempt-named-scan -> Nam Định (Hải Hậu) fishing village, December 2008, SCAN ONLY
  (no born-digital twin): moderate, 200 dpi, 2 pages; Serif 12.5; the role before the name ("Bí thư chi bộ Vũ Văn
  Điệp chủ trì hội nghị"); 38 members, eight exempt members only NAMED (their number is not written), "Đảng viên
  phải dự sinh hoạt: 30 …; có mặt 27 …, đạt 90%; vắng 03 … đều có lý do (02 … đi biển, 01 … ốm)" — exactly the
  bar, nobody named; "Phần thứ nhất … thứ tư" heads; "T/M CHI UỶ" -> — / —
- k12-tuyenquang-lolo-rollcall-2026-clean -> Tuyên Quang (the former Hà Giang; Lũng Cú) Lô Lô village, January
  2026, after the two-level reorganisation (province committee over the commune committee, no district); DejaVu
  Sans 11; "– " field lines; "Chủ trì: Bí thư chi bộ, Trưởng thôn Sình Dì Gai." (roles before the name), "Thư ký:
  Chi ủy viên Lò Thị Mai."; an upper-committee guest and a non-member ("ông …, người có uy tín của thôn"); a ruled
  roll-call table "TT | Họ và tên | Có mặt | Vắng | Ghi chú" of all 13 members (ticks, one absent "Đi chữa bệnh ở
  Hà Nội", one "Miễn sinh hoạt (tuổi cao)", one "Đảng viên dự bị") and a summary line "có mặt 11/12 …"; vote
  "11/11 …, không có ý kiến khác"; tasks "xong trước ngày 20/01/2026", "trong dịp Tết Bính Ngọ", a group "hằng
  tuần" -> — / —
- k13-thainguyen-tea-coop-scan-photocopy -> image-only twin of k08: photocopy, 200 dpi -> as k08
- k14-dienbien-thai-scan-moderate -> image-only twin of k09: moderate, 250 dpi -> as k09

Labelling decisions (where the READMEs are silent, or to be explicit):
- Chair and secretary named only under the signatures (k04): the names are taken from the signature block; the
  chair's role from the body's "Đồng chí Bí thư chi bộ chủ trì" ("Bí thư chi bộ"). A role before the name
  ("Bí thư chi bộ Vũ Văn Điệp chủ trì", "Chủ trì: Bí thư chi bộ, Trưởng thôn Sình Dì Gai") gives the Party role
  only; "Chi ủy viên Lò Thị Mai" is the secretary "Lò Thị Mai"; "ThS." and ranks are dropped (tasks too).
- A Bí thư away while the deputy chairs is an absentee with the reason as written (k02, k10 Sep); a secretary
  appointed on the day is that minute's secretary and the usual one, away, an absentee (k10 Oct).
- Counts: total = official + probationary when only those are written (k05: 18 + 2); exempt members only named
  (k11) are counted by their names (8); "Phải dự 15 …, có mặt 13" with nothing on exempt members or the total
  (k10 Oct) gives exempt 0 and total 15, as the earlier sets do; a count that names only one of two absentees
  (k07) lists that one; reasons given only by category ("02 đồng chí đi biển, 01 đồng chí ốm", k11) give excused
  absences and no names; counts in words are read as numbers (k02).
- A ruled count table (k03) is read like prose and is no absentee table; the absentees come from the line below.
  A roll-call table (k12): the row ticked "Vắng" is the absentee with its note cell as reason; the row noted
  "Miễn sinh hoạt (tuổi cao)" is exempt; a probationary member ticked present is present.
- "Không báo", "không báo", "không báo cáo chi ủy", "không có lý do", "không lý do" and an empty reason cell are
  unexcused; "đi viện, có báo cáo", "đi làm ca 3, đã báo cáo chi ủy", "đi học", "Đi tập huấn …" excused. "vắng
  không lý do (lần thứ ba trong năm)" gives reason "không lý do".
- Late arrivals and early leavers are present (k02, k05, k08). A vote taken after a member left counts what is
  written (k05: `for` 18 while 19 were present).
- Guests: non-members keep their names without "ông"/"anh"; the role is the words after the name up to the
  bracket or semicolon ("Bí thư Chi đoàn xóm Đồng Tiến", "người có uy tín của thôn"); a guest's opinion is not a
  member's but still a named opinion.
- A month's meeting held early in the next month keeps the title's month (k09: March 2014 on 02/4/2014; in the
  book, the October minute dated 02/11/2018 counts for October). The book's span is July–November: September holds
  only the thematic meeting, so `missing_month`; Q3 has that thematic meeting and Q4 is not wholly inside the span.
- k06: a form whose conclusion field is left as dots has no conclusion, but its vote on the direction is a
  resolution; the guest field left as dots gives no guest.
- k09: the chair thanking everyone and "Đề nghị mỗi đảng viên …" is no conclusion; "Trong tháng 4, chi bộ lãnh đạo
  tập trung: …" names nobody and gives no assignment. k10 Nov: "Chi bộ sẽ xem xét trường hợp của đồng chí … tại
  kỳ họp tháng 12" and "chi ủy sẽ phân công cụ thể sau" are no assignments.
- Deadlines drop the words in front ("xong trước ngày 5/9" -> "5/9", "hoàn thành trong tuần này" -> "tuần này",
  "xong trong tháng 5" -> "tháng 5", "báo cáo lại chi bộ tại kỳ họp tháng 6" -> "kỳ họp tháng 6", "vào sáng Chủ
  nhật 13/10/2024" -> "sáng Chủ nhật 13/10/2024", "trong dịp Tết Bính Ngọ" -> "dịp Tết Bính Ngọ"); "làm thường
  xuyên" -> "thường xuyên"; a task whose only date is its content ("kỷ niệm 26/3") has none.
"""

from __future__ import annotations

from samples.heldout.minutes import attendance
from samples.heldout2.minutes import C, G, H, HD, L, P, S, T, meeting, minute, task, vote

DOCS: list[dict] = []


# =================================================================================================
# k01 — Hà Nội, Long Biên: residential block, exempt members named and counted, fractions. Clean.
# =================================================================================================
DOCS.append({
    "name": "k01-hanoi-ward-exempt-named-fraction-clean", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 28, "spacing": 1.3,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ QUẬN LONG BIÊN", "ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG", "CHI BỘ TỔ DÂN PHỐ SỐ 9", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Long Biên, ngày 08 tháng 10 năm 2024"], bold_left=(2,)),
            G(4),
            C("BIÊN BẢN", size=15),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2024"),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            P("1. Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 08 tháng 10 năm 2024."),
            P("2. Địa điểm: Nhà văn hóa Tổ dân phố số 9, phường Phúc Đồng."),
            P("3. Thành phần:"),
            P("- Chủ trì: đồng chí Nguyễn Đức Hạnh, Bí thư chi bộ."),
            P("- Thư ký: đồng chí Phan Thị Thu Trang, Chi ủy viên."),
            P("- Tổng số đảng viên của chi bộ: 34 đồng chí (chính thức 32, dự bị 02); được miễn sinh hoạt: 05 "
              "đồng chí (các đồng chí Ngô Văn Thụ, Lê Thị Nhàn, Trần Văn Khiêm, Đỗ Thị Mơ, Hoàng Kim Bảng); số "
              "đảng viên phải dự: 29 đồng chí."),
            P("- Có mặt: 27/29 đồng chí, đạt 93,1%. Vắng: 02 đồng chí, đều có lý do (đồng chí Vũ Minh Tuấn đi "
              "công tác tại Đà Nẵng; đồng chí Bùi Thị Hằng nằm viện)."),
            P("- Khách mời: đồng chí Trịnh Quang Vinh, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân phường; ông "
              "Đặng Văn Sáu, Trưởng Ban công tác Mặt trận tổ dân phố."),
            H("II. NỘI DUNG SINH HOẠT"),
            P("1. Thông tin thời sự, văn bản mới. Đồng chí Bí thư thông tin tình hình khắc phục hậu quả cơn bão "
              "số 3 (Yagi) trên địa bàn phường; các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 "
              "– 10/10/2024); phổ biến Kế hoạch của Đảng ủy phường về tổ chức đại hội chi bộ nhiệm kỳ 2025 – "
              "2027."),
            P("2. Kết quả thực hiện nhiệm vụ tháng 9/2024. Tổ dân phố đã dọn xong 14 cây xanh đổ gãy sau bão, "
              "không để xảy ra tai nạn; vận động ủng hộ đồng bào các tỉnh miền núi phía Bắc bị lũ quét được "
              "28.600.000 đồng; 100% hộ gia đình ký cam kết phân loại rác tại nguồn. Hạn chế: còn 06 hộ chưa "
              "nộp quỹ vệ sinh môi trường; việc sinh hoạt của 02 đảng viên đang tạm vắng chưa được theo dõi "
              "sát."),
            P("3. Nhiệm vụ tháng 10/2024. Tổ chức tốt các hoạt động mừng Ngày Giải phóng Thủ đô; ra quân tổng "
              "vệ sinh ngõ xóm; rà soát người cao tuổi chưa có thẻ bảo hiểm y tế; chuẩn bị nhân sự, văn kiện "
              "cho đại hội chi bộ."),
            H("III. THẢO LUẬN"),
            P("Đồng chí Lại Văn Toản: nhất trí với báo cáo; đề nghị chi bộ phân công đảng viên theo dõi riêng "
              "từng ngõ khi ra quân vệ sinh, tránh làm hình thức."),
            P("Đồng chí Đỗ Thị Kim Oanh (Chi hội trưởng Chi hội Phụ nữ): Chi hội đã có danh sách sơ bộ 11 cụ "
              "chưa có thẻ bảo hiểm y tế, đề nghị chi bộ phối hợp để làm thẻ trước cuối tháng."),
            P("Đồng chí Trịnh Quang Vinh phát biểu: ghi nhận sự cố gắng của chi bộ trong những ngày mưa bão; "
              "phường sẽ hỗ trợ kinh phí trồng lại cây xanh ở ngõ 46."),
            H("IV. KẾT LUẬN"),
            P("Đồng chí chủ trì tiếp thu ý kiến và kết luận: chi bộ thống nhất các nhiệm vụ tháng 10 đã nêu; "
              "trọng tâm là tổ chức chu đáo các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô, hoàn thành "
              "làm thẻ bảo hiểm y tế cho người cao tuổi và bắt đầu chuẩn bị đại hội chi bộ."),
            P("Biểu quyết: 27/27 đồng chí có mặt tán thành, đạt 100%."),
            H("V. PHÂN CÔNG THỰC HIỆN"),
            P("- Đồng chí Phan Thị Thu Trang phối hợp với Chi hội Phụ nữ lập danh sách và làm thẻ bảo hiểm y tế "
              "cho người cao tuổi, xong trước ngày 25/10/2024."),
            P("- Đồng chí Lại Văn Toản chỉ huy buổi ra quân tổng vệ sinh vào sáng Chủ nhật 13/10/2024."),
            P("- Tổ bảo vệ dân phố duy trì tuần tra ban đêm tại các ngõ 28 và 46, thường xuyên."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 20 phút cùng ngày. Biên bản đã được đọc lại trước chi bộ và "
              "được 27/27 đồng chí nhất trí thông qua."),
            S(["THƯ KÝ", "(đã ký)", "Phan Thị Thu Trang"], ["T/M CHI ỦY", "BÍ THƯ", "(đã ký)", "Nguyễn Đức Hạnh"]),
        ],
        "truth": minute(
            meeting("regular", "2024-10-08", "19:30", "21:20", "Nhà văn hóa Tổ dân phố số 9, phường Phúc Đồng",
                    "CHI BỘ TỔ DÂN PHỐ SỐ 9", "ĐẢNG BỘ PHƯỜNG PHÚC ĐỒNG"),
            "Nguyễn Đức Hạnh", "Bí thư chi bộ", "Phan Thị Thu Trang",
            attendance(34, 27, 2, 2, 0, 5,
                       [("Vũ Minh Tuấn", "đi công tác tại Đà Nẵng", True), ("Bùi Thị Hằng", "nằm viện", True)],
                       [("Trịnh Quang Vinh", "Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân phường"),
                        ("Đặng Văn Sáu", "Trưởng Ban công tác Mặt trận tổ dân phố")]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 10/2024", 27, pct=100)],
            [task("Phan Thị Thu Trang", "phối hợp với Chi hội Phụ nữ lập danh sách và làm thẻ bảo hiểm y tế cho "
                  "người cao tuổi", "25/10/2024"),
             task("Lại Văn Toản", "chỉ huy buổi ra quân tổng vệ sinh", "sáng Chủ nhật 13/10/2024"),
             task("Tổ bảo vệ dân phố", "duy trì tuần tra ban đêm tại các ngõ 28 và 46", "thường xuyên")],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# k02 — Thanh Hóa, Nông Cống: the deputy chairs, secretary appointed, everything in words.
# =================================================================================================
DOCS.append({
    "name": "k02-thanhhoa-village-deputy-chairs-words-low", "folder": "dev",
    "style": {"family": "dejavu", "size": 12, "justify": True, "indent": 24, "spacing": 1.35, "left": 78,
              "right": 56},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ TƯỢNG VĂN", "CHI BỘ THÔN TRUNG THÀNH", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tượng Văn, ngày 06 tháng 5 năm 2019"]),
            G(6),
            C("BIÊN BẢN HỌP CHI BỘ THÁNG 5 NĂM 2019"),
            G(8),
            P("Hôm nay, vào hồi mười chín giờ ba mươi phút ngày mùng sáu tháng năm năm hai nghìn mười chín, tại "
              "hội trường nhà văn hóa thôn Trung Thành, Chi bộ thôn Trung Thành họp thường kỳ tháng 5 năm 2019."),
            P("Đồng chí Lê Văn Quyết, Bí thư chi bộ, đang học lớp trung cấp lý luận chính trị – hành chính tại "
              "Trường Chính trị tỉnh nên vắng mặt. Đồng chí Đỗ Thị Ngân, Phó Bí thư chi bộ, điều hành buổi họp. "
              "Chi bộ cử đồng chí Mai Xuân Hòa làm thư ký ghi biên bản."),
            P("Chi bộ có hai mươi sáu đảng viên, trong đó hai đồng chí được miễn sinh hoạt là đồng chí Lê Đình "
              "Cẩn và đồng chí Nguyễn Thị Tâm; số phải dự họp là hai mươi bốn đồng chí. Có mặt hai mươi mốt đồng "
              "chí. Vắng ba đồng chí: đồng chí Lê Văn Quyết (đi học), đồng chí Hoàng Văn Sỹ (đi làm ăn ở Bình "
              "Dương), đồng chí Lê Thị Huyền (ốm). Đồng chí Trịnh Văn Long trực cống tiêu nước nên đến muộn, "
              "vào họp sau phần thông tin thời sự."),
            P("Về dự có đồng chí Lê Thị Phượng, Đảng ủy viên, phụ trách chi bộ."),
            H("1. Thông tin thời sự", italic=True),
            P("Đồng chí Đỗ Thị Ngân thông tin: kỷ niệm 129 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – "
              "19/5/2019); tình hình dịch tả lợn châu Phi đã xuất hiện ở một số xã trong huyện; Kế hoạch của Ủy "
              "ban nhân dân xã về thu hoạch vụ chiêm xuân và phòng chống cháy do đốt rơm rạ."),
            H("2. Đánh giá tháng 4", italic=True),
            P("Lúa chiêm xuân toàn thôn 68 ha sinh trưởng tốt, sâu cuốn lá nhỏ được phun trừ kịp thời. Đã làm "
              "xong 320 m đường bê tông trục thôn, các hộ hiến 115 m² đất. Thu đảng phí đạt 100%. Hạn chế: 05 "
              "hộ còn đổ rác thải xuống mương tưới; một số đảng viên chưa gương mẫu đóng góp làm đường."),
            H("3. Nhiệm vụ tháng 5", italic=True),
            P("Thu hoạch nhanh lúa chiêm xuân, không đốt rơm rạ trên đồng; phun khử trùng chuồng trại, không "
              "mua bán lợn ốm, chết; vận động trẻ trong độ tuổi ra lớp 1; chuẩn bị hồ sơ đề nghị tặng Huy hiệu "
              "Đảng đợt 19/5."),
            H("4. Thảo luận", italic=True),
            P("Đồng chí Trịnh Văn Long: thôn có 4 hộ nuôi lợn trên 50 con, đề nghị chi bộ cử người cùng thú y "
              "viên kiểm tra thường xuyên."),
            P("Đồng chí Phạm Thị Xuân: đề nghị Chi hội Nông dân ký cam kết với từng hộ về việc không đốt rơm "
              "rạ."),
            P("Đồng chí Lê Thị Phượng: biểu dương chi bộ làm tốt việc vận động hiến đất làm đường; lưu ý theo "
              "dõi chặt dịch tả lợn châu Phi, phát hiện sớm thì báo ngay cho xã."),
            H("5. Kết luận", italic=True),
            P("Thay mặt chi ủy, đồng chí Đỗ Thị Ngân kết luận: chi bộ thống nhất ba nhiệm vụ trọng tâm của "
              "tháng 5 là thu hoạch dứt điểm lúa chiêm xuân, chủ động phòng dịch tả lợn châu Phi và xét tặng "
              "Huy hiệu Đảng đúng thời gian; đảng viên phải gương mẫu đi đầu."),
            P("Chi bộ biểu quyết thông qua kết luận: 21/21 đồng chí tán thành (100%)."),
            P("Giao đồng chí Trịnh Văn Long cùng thú y viên kiểm tra các hộ chăn nuôi lợn hằng tuần. Giao đồng "
              "chí Mai Xuân Hòa hoàn thiện hồ sơ đề nghị tặng Huy hiệu 40 năm tuổi Đảng cho đồng chí Lê Đình "
              "Cẩn, nộp Văn phòng Đảng ủy trước ngày 12/5/2019. Giao Chi hội Nông dân ký cam kết không đốt rơm "
              "rạ với các hộ, xong trong tháng 5."),
            P("Cuộc họp kết thúc vào hồi 21 giờ 15 phút cùng ngày."),
            S(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Mai Xuân Hòa"], ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "Đỗ Thị Ngân"]),
        ],
        "truth": minute(
            meeting("regular", "2019-05-06", "19:30", "21:15", "hội trường nhà văn hóa thôn Trung Thành",
                    "CHI BỘ THÔN TRUNG THÀNH", "ĐẢNG BỘ XÃ TƯỢNG VĂN"),
            "Đỗ Thị Ngân", "Phó Bí thư chi bộ", "Mai Xuân Hòa",
            attendance(26, 21, 3, 3, 0, 2,
                       [("Lê Văn Quyết", "đi học", True), ("Hoàng Văn Sỹ", "đi làm ăn ở Bình Dương", True),
                        ("Lê Thị Huyền", "ốm", True)],
                       [("Lê Thị Phượng", "Đảng ủy viên, phụ trách chi bộ")]),
            True,
            [vote("Kết luận tháng 5/2019", 21, pct=100)],
            [task("Trịnh Văn Long", "cùng thú y viên kiểm tra các hộ chăn nuôi lợn", "hằng tuần"),
             task("Mai Xuân Hòa", "hoàn thiện hồ sơ đề nghị tặng Huy hiệu 40 năm tuổi Đảng cho đồng chí Lê Đình "
                  "Cẩn, nộp Văn phòng Đảng ủy", "12/5/2019"),
             task("Chi hội Nông dân", "ký cam kết không đốt rơm rạ với các hộ", "tháng 5")],
            ["low_attendance", "not_approved", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# k03 — Nghệ An, Đô Lương: primary school, a ruled count table, one absent without reason; no vote.
# =================================================================================================
COUNT_COLS = [(0.15, "Tổng số ĐV", "c"), (0.15, "Miễn SH", "c"), (0.15, "Phải dự", "c"), (0.15, "Có mặt", "c"),
              (0.20, "Vắng có lý do", "c"), (0.20, "Vắng không lý do", "c")]

DOCS.append({
    "name": "k03-nghean-school-count-table-unexcused-no-vote", "folder": "dev",
    "style": {"family": "sans", "size": 11.5, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3,
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ ĐÀ SƠN", "CHI BỘ TRƯỜNG TIỂU HỌC ĐÀ SƠN", "Số: 11-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Sơn, ngày 10 tháng 11 năm 2021"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG 11/2021"),
            G(8),
            L("Thời gian: từ 14 giờ 00 đến 16 giờ 10, ngày 10/11/2021."),
            L("Địa điểm: Phòng họp Hội đồng sư phạm, Trường Tiểu học Đà Sơn."),
            L("Chủ tọa: Đ/c ThS. Nguyễn Thị Thanh Hương – Bí thư Chi bộ, Hiệu trưởng."),
            L("Người ghi biên bản: Đ/c Thái Văn Lâm – Chi ủy viên, Phó Hiệu trưởng."),
            L("Khách mời: không."),
            L("Tình hình đảng viên dự họp:"),
            T(COUNT_COLS, [["29", "01", "28", "26", "01", "01"]]),
            L("Đảng viên vắng: đ/c Phan Thị Lý (nghỉ chế độ thai sản); đ/c Hồ Sỹ Tuấn (không báo cáo chi ủy)."),
            G(4),
            H("A/ THÔNG TIN, QUÁN TRIỆT"),
            P("Đồng chí Bí thư thông tin tình hình dịch Covid-19 trên địa bàn huyện Đô Lương: trong tháng 10 có "
              "37 ca mắc mới, xã Đà Sơn vẫn là vùng xanh; quán triệt Nghị quyết số 128/NQ-CP ngày 11/10/2021 của "
              "Chính phủ về thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19 và hướng dẫn của "
              "Phòng Giáo dục và Đào tạo về tổ chức dạy học trực tiếp."),
            H("B/ KẾT QUẢ THÁNG 10"),
            P("Nhà trường duy trì dạy học trực tiếp cho 612/614 học sinh, 02 em lớp 4 học trực tuyến do gia "
              "đình đang cách ly tại nhà. 100% cán bộ, giáo viên, nhân viên đã tiêm đủ 02 mũi vắc xin. Hoàn "
              "thành khảo sát chất lượng đầu năm; tỷ lệ học sinh lớp 1 đọc thông, viết thạo còn thấp (78%)."),
            H("C/ NHIỆM VỤ THÁNG 11"),
            P("Tổ chức các hoạt động chào mừng 39 năm Ngày Nhà giáo Việt Nam 20/11; hội giảng cấp trường; phụ "
              "đạo học sinh lớp 1 chưa đọc thông; xây dựng kế hoạch sinh hoạt chuyên đề quý IV."),
            H("D/ Ý KIẾN THẢO LUẬN"),
            P("- Đ/c Trần Thị Mai Anh (Tổng phụ trách Đội): đề nghị tổ chức văn nghệ theo khối lớp để tránh tập "
              "trung đông học sinh."),
            P("- Đ/c Nguyễn Văn Hiếu: khối 1 cần thêm 02 buổi phụ đạo mỗi tuần; đề nghị nhà trường bố trí phòng "
              "học."),
            P("- Đ/c Thái Văn Lâm: hội giảng nên kết hợp dự giờ trực tiếp với ghi hình để giáo viên tự rút kinh "
              "nghiệm."),
            H("E/ KẾT LUẬN"),
            P("Đồng chí chủ tọa kết luận: thống nhất các nhiệm vụ tháng 11; hội giảng tổ chức theo tổ chuyên "
              "môn; văn nghệ chào mừng tổ chức theo khối; khối 1 tăng buổi phụ đạo từ tuần thứ hai của tháng. "
              "Giao đ/c Thái Văn Lâm xây dựng kế hoạch hội giảng, hoàn thành trong tuần này; đ/c Trần Thị Mai "
              "Anh chuẩn bị chương trình văn nghệ chào mừng ngày 20/11, xong trước ngày 17/11/2021; đ/c Nguyễn "
              "Văn Hiếu lập danh sách học sinh khối 1 cần phụ đạo trước ngày 12/11/2021. Việc đ/c Hồ Sỹ Tuấn "
              "vắng không báo cáo, chi bộ ghi nhận để xem xét khi đánh giá đảng viên cuối năm."),
            P("Buổi sinh hoạt kết thúc lúc 16 giờ 10 phút. Biên bản được đọc lại trước chi bộ; các đồng chí dự "
              "họp không có ý kiến bổ sung và nhất trí thông qua biên bản."),
            S(["NGƯỜI GHI BIÊN BẢN", "Thái Văn Lâm"], ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Thanh Hương"]),
        ],
        "truth": minute(
            meeting("regular", "2021-11-10", "14:00", "16:10",
                    "Phòng họp Hội đồng sư phạm, Trường Tiểu học Đà Sơn", "CHI BỘ TRƯỜNG TIỂU HỌC ĐÀ SƠN",
                    "ĐẢNG BỘ XÃ ĐÀ SƠN"),
            "Nguyễn Thị Thanh Hương", "Bí thư Chi bộ", "Thái Văn Lâm",
            attendance(29, 26, 2, 1, 1, 1,
                       [("Phan Thị Lý", "nghỉ chế độ thai sản", True),
                        ("Hồ Sỹ Tuấn", "không báo cáo chi ủy", False)]),
            True,
            [],
            [task("Thái Văn Lâm", "xây dựng kế hoạch hội giảng", "tuần này"),
             task("Trần Thị Mai Anh", "chuẩn bị chương trình văn nghệ chào mừng ngày 20/11", "17/11/2021"),
             task("Nguyễn Văn Hiếu", "lập danh sách học sinh khối 1 cần phụ đạo", "12/11/2021")],
            ["missing_vote", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# k04 — Lào Cai, Si Ma Cai: H'Mông village, typewriter; chair and secretary only under the signatures.
# =================================================================================================
DOCS.append({
    "name": "k04-laocai-hmong-mono-signature-only-75min", "folder": "dev",
    "style": {"family": "mono", "size": 10.5, "justify": False, "indent": 0, "spacing": 1.4, "para_gap": 4,
              "left": 72, "right": 60},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ SÍN CHÉNG", "CHI BỘ THÔN SẢN CHÂU"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Sín Chéng, ngày 20 tháng 8 năm 2012"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 8 năm 2012", bold=False),
            G(8),
            L("Hôm nay, ngày 20/8/2012, lúc 8 giờ 00, Chi bộ thôn Sản Châu họp tại nhà văn hóa thôn. Đồng chí "
              "Bí thư chi bộ chủ trì, đồng chí chi ủy viên phụ trách văn phòng ghi biên bản."),
            L("Đảng viên dự họp: 09/10 đồng chí. Vắng: Vàng Seo Chứ (không báo)."),
            L("Có đồng chí Thào A Dình, Đảng ủy viên, Chủ tịch Hội Nông dân xã về dự."),
            L("1- Đồng chí Bí thư thông báo: mưa lớn đầu tháng 8 làm sạt 2 đoạn đường lên thôn, 3 hộ bị hỏng "
              "nhà, huyện hỗ trợ mỗi hộ 2 triệu đồng; ngày 5/9 các trường khai giảng năm học mới."),
            L("2- Kết quả tháng 7: thu hoạch ngô được 85% diện tích, năng suất thấp hơn năm trước; trồng được "
              "4 ha rừng; còn 2 hộ cho con nghỉ học đi làm thuê; 1 đám tảo hôn đã được thôn ngăn chặn."),
            L("3- Việc tháng 8 và đầu tháng 9: sửa đường, giúp các hộ bị hỏng nhà; vận động trẻ ra lớp đủ; "
              "chăm sóc rừng mới trồng; giữ an ninh, không để người lạ vào thôn tuyên truyền đạo trái phép."),
            L("Ý kiến: Đồng chí Sùng Seo Páo nói thôn còn 6 em lên lớp 6 chưa xuống trường xã nhập học, phải "
              "đến từng nhà vận động. Đồng chí Thào A Dình nói Hội Nông dân xã sẽ cho vay giống ngô, hộ nào cần "
              "thì báo với chi hội."),
            L("Bí thư kết luận: tháng này chi bộ tập trung sửa đường và đưa trẻ ra lớp là việc chính; không để "
              "xảy ra tảo hôn; mỗi đảng viên nhận giúp một hộ khó khăn."),
            L("Biểu quyết: giơ tay 9/9 đồng ý."),
            L("Giao việc: đồng chí Sùng Seo Páo, trưởng thôn, đến từng nhà vận động đưa trẻ đến lớp, xong "
              "trước ngày 5/9. Đồng chí Hầu Thị Sinh cùng chi hội phụ nữ tuyên truyền không tảo hôn, làm "
              "thường xuyên. Đồng chí Giàng A Pao dẫn thanh niên sửa 2 đoạn đường bị sạt trong tháng 8."),
            L("Họp xong lúc 9 giờ 15."),
            S(["NGƯỜI GHI BIÊN BẢN", "Lù Thị Mỷ"], ["BÍ THƯ CHI BỘ", "Giàng Seo Phử"]),
        ],
        "truth": minute(
            meeting("regular", "2012-08-20", "08:00", "09:15", "nhà văn hóa thôn", "CHI BỘ THÔN SẢN CHÂU",
                    "ĐẢNG BỘ XÃ SÍN CHÉNG"),
            "Giàng Seo Phử", "Bí thư chi bộ", "Lù Thị Mỷ",
            attendance(10, 9, 1, 0, 1, 0, [("Vàng Seo Chứ", "không báo", False)],
                       [("Thào A Dình", "Đảng ủy viên, Chủ tịch Hội Nông dân xã")]),
            True,
            [vote("Kết luận tháng 8/2012", 9)],
            [task("Sùng Seo Páo", "đến từng nhà vận động đưa trẻ đến lớp", "5/9"),
             task("Hầu Thị Sinh", "cùng chi hội phụ nữ tuyên truyền không tảo hôn", "thường xuyên"),
             task("Giàng A Pao", "dẫn thanh niên sửa 2 đoạn đường bị sạt", "tháng 8")],
            ["not_approved", "short_meeting", "unexcused_absence"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# k05 — Quảng Ninh, Cẩm Phả: coal-mine workshop; totals to add up; late and early members. Clean.
# =================================================================================================
DOCS.append({
    "name": "k05-quangninh-mine-late-early-clean", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 30, "spacing": 1.35,
              "head": "Chi bộ Phân xưởng Đào lò 2 – Biên bản tháng 3/2017", "head_align": "right",
              "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ CÔNG TY THAN MÔNG DƯƠNG", "CHI BỘ PHÂN XƯỞNG ĐÀO LÒ 2"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cẩm Phả, ngày 14 tháng 3 năm 2017"]),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2017"),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            P("Bắt đầu lúc 13 giờ 30 phút ngày 14/3/2017 tại phòng giao ca Phân xưởng Đào lò 2."),
            H("II. THÀNH PHẦN"),
            P("Đảng viên chính thức: 18 đồng chí; đảng viên dự bị: 02 đồng chí."),
            P("Có mặt: 19 đồng chí. Vắng: 01 đồng chí – đồng chí Vi Văn Cường, đi làm ca 3, đã báo cáo chi ủy."),
            P("Đồng chí Đinh Công Hậu đến muộn 15 phút do đang bàn giao lò chợ cho ca sau; đồng chí Lương Thế "
              "Vinh được chủ trì đồng ý cho về trước lúc 15 giờ 20 để chuẩn bị vào ca."),
            P("Chủ trì: đồng chí Hoàng Văn Phúc – Bí thư chi bộ, Quản đốc phân xưởng. Thư ký: đồng chí Ngô Thị "
              "Bích Liên – nhân viên kinh tế phân xưởng."),
            P("Đại biểu: đồng chí Trần Quốc Khánh – Ủy viên Ban Thường vụ Đảng ủy Công ty, Phó Giám đốc Công "
              "ty."),
            H("III. NỘI DUNG"),
            P("1. Đồng chí Bí thư thông báo tình hình sản xuất của Công ty hai tháng đầu năm 2017 và chỉ đạo của "
              "Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam về tăng cường an toàn lao động trước mùa mưa; "
              "phổ biến Kế hoạch học tập chuyên đề năm 2017 về phòng, chống suy thoái tư tưởng chính trị, đạo "
              "đức, lối sống."),
            P("2. Kết quả tháng 2/2017: phân xưởng đào được 286 mét lò, đạt 102% kế hoạch; không để xảy ra tai "
              "nạn lao động nặng; 01 trường hợp vi phạm quy trình nổ mìn ở tổ 2 đã bị xử lý kỷ luật khiển trách. "
              "Thu nhập bình quân của thợ lò đạt 14,2 triệu đồng/người/tháng."),
            P("3. Nhiệm vụ tháng 3/2017: đào 310 mét lò; hoàn thành lắp đặt hệ thống tời trục tại lò thượng mức "
              "-250; tổ chức cho công nhân học lại quy trình nổ mìn; kỷ niệm Ngày Quốc tế Phụ nữ 8/3 và 86 năm "
              "Ngày thành lập Đoàn 26/3."),
            P("4. Thảo luận:"),
            P("- Đồng chí Đinh Công Hậu (Tổ trưởng tổ 3): lò chợ tổ 3 thường xuyên thiếu vì chống, đề nghị "
              "phòng vật tư cấp đủ theo ca."),
            P("- Đồng chí Nông Văn Quyết: thợ mới vào lò chưa quen quy trình, đề nghị kèm cặp một thợ cũ với một "
              "thợ mới."),
            P("- Đồng chí Trần Quốc Khánh: Công ty ghi nhận kiến nghị về vật tư; yêu cầu phân xưởng không để "
              "xảy ra vi phạm nổ mìn trong quý I."),
            P("5. Kết luận: đồng chí Bí thư tiếp thu ý kiến, kết luận: chi bộ thống nhất chỉ tiêu 310 mét lò của "
              "tháng 3; đặt an toàn lên trên hết, mỗi ca phải có người đo khí mỏ trước khi nổ mìn; thực hiện "
              "kèm cặp thợ mới theo đề xuất của đồng chí Nông Văn Quyết."),
            P("6. Biểu quyết: 18/18 đồng chí có mặt tại thời điểm biểu quyết tán thành (đồng chí Lương Thế Vinh "
              "đã về trước), không có ý kiến khác."),
            P("7. Phân công:"),
            P("- Đồng chí Đinh Công Hậu phụ trách lắp đặt hệ thống tời trục lò thượng mức -250, xong trước ngày "
              "31/3/2017."),
            P("- Đồng chí Nông Văn Quyết lập danh sách kèm cặp thợ mới, nộp chi ủy trong tuần sau."),
            P("- Đồng chí Ngô Thị Bích Liên phối hợp với Chi đoàn tổ chức hoạt động kỷ niệm 26/3."),
            P("Hội nghị kết thúc lúc 15 giờ 40 phút. Biên bản đã được thông qua, chi bộ nhất trí."),
            S(["THƯ KÝ", "Ngô Thị Bích Liên"], ["CHỦ TRÌ", "Hoàng Văn Phúc"]),
        ],
        "truth": minute(
            meeting("regular", "2017-03-14", "13:30", "15:40", "phòng giao ca Phân xưởng Đào lò 2",
                    "CHI BỘ PHÂN XƯỞNG ĐÀO LÒ 2", "ĐẢNG BỘ CÔNG TY THAN MÔNG DƯƠNG"),
            "Hoàng Văn Phúc", "Bí thư chi bộ", "Ngô Thị Bích Liên",
            attendance(20, 19, 1, 1, 0, 0, [("Vi Văn Cường", "đi làm ca 3, đã báo cáo chi ủy", True)],
                       [("Trần Quốc Khánh", "Ủy viên Ban Thường vụ Đảng ủy Công ty, Phó Giám đốc Công ty")]),
            True,
            [vote("Kết luận và chỉ tiêu tháng 3/2017", 18, abstain=0)],
            [task("Đinh Công Hậu", "phụ trách lắp đặt hệ thống tời trục lò thượng mức -250", "31/3/2017"),
             task("Nông Văn Quyết", "lập danh sách kèm cặp thợ mới, nộp chi ủy", "tuần sau"),
             task("Ngô Thị Bích Liên", "phối hợp với Chi đoàn tổ chức hoạt động kỷ niệm 26/3", None)],
            []),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# k06 — Hà Tĩnh, Hương Khê: printed form 2009; counts in fields; guest and conclusion left as dots.
# =================================================================================================
DOCS.append({
    "name": "k06-hatinh-form-2009-dots-no-conclusion", "folder": "dev",
    "style": {"family": "dejavu", "size": 11.5, "justify": False, "indent": 22, "spacing": 1.35, "para_gap": 2},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HƯƠNG TRÀ", "CHI BỘ THÔN 4", "Số: 07-BB/CB"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hương Trà, ngày 12 tháng 7 năm 2009"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ"),
            C("Tháng 7 năm 2009", bold=False, italic=True),
            G(8),
            H("I. THỜI GIAN, ĐỊA ĐIỂM"),
            L("- Bắt đầu: 14 giờ 00 phút, ngày 12 tháng 7 năm 2009."),
            L("- Địa điểm: Nhà văn hoá thôn 4."),
            H("II. THÀNH PHẦN"),
            L("- Tổng số đảng viên: 17 đ/c. Chính thức: 16 đ/c. Dự bị: 01 đ/c."),
            L("- Miễn sinh hoạt: 02 đ/c."),
            L("- Có mặt: 14 đ/c. Vắng: 01 đ/c (có lý do: 01 đ/c; không lý do: 0 đ/c)."),
            L("- Đảng viên vắng, lý do: đ/c Trần Đình Thơ – đi lao động tại Lào."),
            L("- Đại biểu cấp trên về dự: ……"),
            L("- Chủ trì: đ/c Phan Văn Kỷ. Chức vụ: Bí thư chi bộ."),
            L("- Thư ký: đ/c Nguyễn Thị Hoài. Chức vụ: Chi uỷ viên."),
            H("III. NỘI DUNG"),
            L("1. Thông tin thời sự, văn bản mới:"),
            P("Đ/c Bí thư thông tin tình hình Biển Đông; kết quả thực hiện Nghị quyết Trung ương 7 (khoá X) về "
              "nông nghiệp, nông dân, nông thôn; Kế hoạch của Đảng uỷ xã về phòng chống lụt bão năm 2009 và tổ "
              "chức kỷ niệm 62 năm Ngày Thương binh – Liệt sĩ."),
            L("2. Đánh giá kết quả tháng 6:"),
            P("Thu hoạch xong 42 ha lúa xuân, năng suất 4,8 tấn/ha; 26 hộ chăm sóc vườn bưởi Phúc Trạch đúng "
              "kỹ thuật; đã phát quang 1,5 km kênh mương. Tồn tại: 03 hộ chưa nộp thuỷ lợi phí; công tác vệ sinh "
              "môi trường chưa thường xuyên."),
            L("3. Phương hướng nhiệm vụ tháng 7:"),
            P("Gieo cấy vụ hè thu đúng lịch; chuẩn bị vật tư, phương tiện phòng chống lụt bão; thăm hỏi các gia "
              "đình chính sách nhân ngày 27/7; thu các khoản đóng góp còn tồn đọng."),
            L("4. Ý kiến thảo luận:"),
            P("- Đ/c Võ Văn Mậu: thôn cần chuẩn bị 02 thuyền và 50 bao tải cát trước mùa lũ, đề nghị chi bộ giao "
              "cụ thể cho từng đội."),
            P("- Đ/c Nguyễn Thị Hoài: thôn có 19 gia đình chính sách, đề nghị mỗi gia đình một suất quà."),
            L("5. Kết luận của đồng chí chủ trì: ……"),
            L("6. Biểu quyết thông qua phương hướng nhiệm vụ: tán thành 14/14 đ/c; không tán thành: 0; ý kiến "
              "khác: 0."),
            L("7. Phân công thực hiện:"),
            P("- Đ/c Võ Văn Mậu (Trưởng thôn) chuẩn bị thuyền, bao tải cát phòng lụt bão trước ngày 25/7/2009."),
            P("- Đ/c Nguyễn Thị Hoài lập danh sách và chuẩn bị quà thăm gia đình chính sách trước ngày "
              "24/7/2009."),
            L("Hội nghị kết thúc lúc 16 giờ 00 phút cùng ngày. Biên bản đã được đọc lại và thông qua trước hội "
              "nghị."),
            S(["THƯ KÝ", "Nguyễn Thị Hoài"], ["CHỦ TRÌ", "Phan Văn Kỷ"]),
        ],
        "truth": minute(
            meeting("regular", "2009-07-12", "14:00", "16:00", "Nhà văn hoá thôn 4", "CHI BỘ THÔN 4",
                    "ĐẢNG BỘ XÃ HƯƠNG TRÀ"),
            "Phan Văn Kỷ", "Bí thư chi bộ", "Nguyễn Thị Hoài",
            attendance(17, 14, 1, 1, 0, 2, [("Trần Đình Thơ", "đi lao động tại Lào", True)]),
            False,
            [vote("Phương hướng nhiệm vụ tháng 7/2009", 14, 0, 0)],
            [task("Võ Văn Mậu", "chuẩn bị thuyền, bao tải cát phòng lụt bão", "25/7/2009"),
             task("Nguyễn Thị Hoài", "lập danh sách và chuẩn bị quà thăm gia đình chính sách", "24/7/2009")],
            ["missing_conclusion", "unfilled_template"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# k07 — Quảng Bình, Minh Hóa: border-guard post, thematic Q2/2022; ranks; no opinion recorded.
# =================================================================================================
DOCS.append({
    "name": "k07-quangbinh-border-thematic-ranks-no-discussion", "folder": "dev",
    "style": {"family": "serif", "size": 13, "justify": True, "indent": 32, "spacing": 1.3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ ĐỒN BIÊN PHÒNG CHA LO", "CHI BỘ ĐỘI VŨ TRANG", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Dân Hóa, ngày 23 tháng 6 năm 2022"]),
            G(6),
            C("BIÊN BẢN"),
            C("SINH HOẠT CHUYÊN ĐỀ QUÝ II NĂM 2022"),
            C("Chuyên đề: Nâng cao ý thức tổ chức kỷ luật, xây dựng Đồn chính quy, vững mạnh toàn diện",
              bold=False, italic=True),
            G(8),
            L("Thời gian: từ 07 giờ 30 phút đến 09 giờ 00 phút, ngày 23/6/2022."),
            L("Địa điểm: Hội trường Đồn Biên phòng Cha Lo."),
            L("Chủ trì: Thiếu tá Đinh Xuân Hải, Bí thư chi bộ, Phó Chính trị viên Đồn."),
            L("Thư ký: Thượng úy Hồ Văn Thanh, Chi ủy viên."),
            L("Quân số đảng viên: 21 đồng chí; có mặt 19 đồng chí; vắng 02 đồng chí (Trung úy Cao Văn Lường đi "
              "tuần tra biên giới và 01 đồng chí đi học tại Học viện Biên phòng)."),
            L("Đại biểu dự: Trung tá Lê Quang Thịnh, Phó Bí thư Đảng ủy, Chính trị viên Đồn."),
            H("1. Khai mạc"),
            P("Đồng chí chủ trì nêu mục đích, yêu cầu của buổi sinh hoạt chuyên đề: mỗi đảng viên tự liên hệ "
              "việc chấp hành điều lệnh, chế độ trực, chế độ nghỉ phép và quan hệ với nhân dân trên địa bàn biên "
              "giới."),
            H("2. Báo cáo chuyên đề"),
            P("Thượng úy Hồ Văn Thanh trình bày báo cáo chuyên đề gồm ba phần: những yêu cầu về ý thức tổ chức "
              "kỷ luật của người đảng viên Bộ đội Biên phòng; thực trạng chấp hành kỷ luật của chi bộ 6 tháng "
              "đầu năm 2022; giải pháp trong thời gian tới. Trong 6 tháng, chi bộ có 02 đảng viên về phép chậm "
              "01 ngày, đã bị nhắc nhở; 100% đảng viên đăng ký làm theo gương Bác gắn với phong trào thi đua "
              "Quyết thắng; Đội vũ trang phối hợp với Bộ đội Lào tuần tra song phương 04 đợt."),
            H("3. Thảo luận"),
            P("Các đồng chí đảng viên dự sinh hoạt đều thống nhất cao với nội dung báo cáo chuyên đề, không có ý "
              "kiến bổ sung."),
            H("4. Kết luận"),
            P("Đồng chí Bí thư chi bộ kết luận: chi bộ cơ bản chấp hành nghiêm kỷ luật, hoàn thành nhiệm vụ bảo "
              "vệ biên giới, cửa khẩu; tuy nhiên việc chấp hành chế độ nghỉ phép còn để xảy ra vi phạm. Thời gian "
              "tới chi bộ không để đảng viên vi phạm kỷ luật, giữ vững danh hiệu chi bộ trong sạch, vững mạnh. "
              "Giao Đại úy Phạm Minh Tiến, Đội trưởng Đội vũ trang, duy trì nghiêm chế độ trực sẵn sàng chiến "
              "đấu, thực hiện hằng ngày; Thượng úy Hồ Văn Thanh tổng hợp bản đăng ký rèn luyện của đảng viên, báo "
              "cáo Đảng ủy Đồn trước ngày 30/6/2022."),
            H("5. Biểu quyết"),
            P("Chi bộ biểu quyết thông qua kết luận chuyên đề: 19/19 đồng chí tán thành, đạt 100%."),
            P("Buổi sinh hoạt chuyên đề kết thúc lúc 09 giờ 00 phút cùng ngày. Biên bản đã được đọc lại, các "
              "đồng chí dự họp nhất trí thông qua."),
            S(["THƯ KÝ", "Thượng úy Hồ Văn Thanh"], ["T/M CHI ỦY", "BÍ THƯ", "Thiếu tá Đinh Xuân Hải"]),
        ],
        "truth": minute(
            meeting("thematic", "2022-06-23", "07:30", "09:00", "Hội trường Đồn Biên phòng Cha Lo",
                    "CHI BỘ ĐỘI VŨ TRANG", "ĐẢNG BỘ ĐỒN BIÊN PHÒNG CHA LO",
                    topic="Nâng cao ý thức tổ chức kỷ luật, xây dựng Đồn chính quy, vững mạnh toàn diện"),
            "Đinh Xuân Hải", "Bí thư chi bộ", "Hồ Văn Thanh",
            attendance(21, 19, 2, 2, 0, 0, [("Cao Văn Lường", "đi tuần tra biên giới", True)],
                       [("Lê Quang Thịnh", "Phó Bí thư Đảng ủy, Chính trị viên Đồn")]),
            True,
            [vote("Kết luận chuyên đề quý II/2022", 19, pct=100)],
            [task("Phạm Minh Tiến", "duy trì nghiêm chế độ trực sẵn sàng chiến đấu", "hằng ngày"),
             task("Hồ Văn Thanh", "tổng hợp bản đăng ký rèn luyện của đảng viên, báo cáo Đảng ủy Đồn",
                  "30/6/2022")],
            ["no_discussion"]),
    }],
    "flags": [], "scans": [],
})


# =================================================================================================
# k08 — Thái Nguyên, Đại Từ: tea cooperative; ruled absentee table; 17/20. Photocopy twin k13.
# =================================================================================================
ABS_COLS_K08 = [(0.10, "STT", "c"), (0.40, "Họ và tên", "l"), (0.50, "Lý do vắng", "l")]

DOCS.append({
    "name": "k08-thainguyen-tea-coop-absentee-table-low", "folder": "dev",
    "style": {"family": "sans", "size": 11, "justify": True, "indent": 20, "spacing": 1.35, "para_gap": 3,
              "foot": "Trang {n}/{N}"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ LA BẰNG", "CHI BỘ HỢP TÁC XÃ CHÈ LA BẰNG"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "La Bằng, ngày 09 tháng 5 năm 2025"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", size=12.5),
            C("THÁNG 5 NĂM 2025", size=12.5),
            G(8),
            H("1. Thời gian, địa điểm"),
            P("Từ 14 giờ 00 đến 16 giờ 30 ngày 09/5/2025, tại văn phòng Hợp tác xã chè La Bằng, xóm Đồng Tiến."),
            H("2. Thành phần"),
            P("Điều hành: đồng chí Dương Thị Thanh Nhàn – Bí thư chi bộ, Giám đốc Hợp tác xã. Người ghi biên bản: "
              "đồng chí Lê Minh Khoa."),
            P("Tổng số đảng viên: 21; miễn sinh hoạt: 01 (đồng chí Hà Văn Chương, 82 tuổi); phải dự: 20; có mặt: "
              "17/20, đạt 85%; vắng 03 đồng chí, cụ thể:"),
            T(ABS_COLS_K08, [["1", "Ma Thị Thoa", "Đi tập huấn sản xuất chè hữu cơ tại tỉnh"],
                             ["2", "Hoàng Văn Khởi", "Không báo"],
                             ["3", "Lưu Đức Dũng", ""]]),
            P("Khách mời: đồng chí Nông Thị Hiền – Đảng ủy viên, Chủ tịch Hội Nông dân xã; anh Đỗ Văn Tùng – Bí "
              "thư Chi đoàn xóm Đồng Tiến (chưa là đảng viên)."),
            H("3. Nội dung"),
            P("a) Thông tin: đồng chí Bí thư phổ biến chủ trương sắp xếp đơn vị hành chính cấp tỉnh, cấp xã và "
              "tổ chức chính quyền địa phương hai cấp; kết quả lấy ý kiến cử tri trong xã về đề án sắp xếp (đạt "
              "99,2% đồng ý); giá chè búp khô tháng 4 ổn định ở mức 220.000 – 260.000 đồng/kg."),
            P("b) Kết quả tháng 4: Hợp tác xã thu mua 38 tấn chè búp tươi của xã viên; sản phẩm chè La Bằng tiếp "
              "tục được công nhận OCOP 4 sao; 02 hộ vi phạm thời gian cách ly sau phun thuốc bảo vệ thực vật, "
              "lô chè đã bị loại khỏi đợt thu mua."),
            P("c) Nhiệm vụ tháng 5: thu hái lứa chè hè đúng kỹ thuật; ghi nhật ký đồng ruộng đầy đủ theo tiêu "
              "chuẩn VietGAP; chuẩn bị gian hàng dự Hội chợ chè tại thành phố; làm tốt công tác tư tưởng trước "
              "việc sắp xếp đơn vị hành chính."),
            H("4. Thảo luận"),
            P("- Đồng chí Trần Văn Bình (Phó Giám đốc): nhiều hộ chưa ghi nhật ký phun thuốc, đề nghị chi bộ giao "
              "người kiểm tra trực tiếp tại nương chè."),
            P("- Đồng chí Nông Thị Hiền: Hội Nông dân xã sẽ hỗ trợ 50% kinh phí tập huấn chè hữu cơ cho các hộ "
              "thành viên."),
            P("- Anh Đỗ Văn Tùng: Chi đoàn xin nhận dọn vệ sinh khu chế biến vào các sáng Chủ nhật."),
            H("5. Kết luận"),
            P("Đồng chí Dương Thị Thanh Nhàn kết luận: tháng 5 chi bộ tập trung lãnh đạo thu hái và bảo đảm an "
              "toàn sản phẩm chè; kiên quyết không thu mua chè của hộ vi phạm thời gian cách ly; quan tâm nắm "
              "tư tưởng đảng viên, xã viên khi sắp xếp đơn vị hành chính; chấn chỉnh việc đảng viên vắng sinh hoạt "
              "không lý do."),
            P("Biểu quyết: 17/17 đồng chí nhất trí với kết luận."),
            H("6. Phân công"),
            P("- Đồng chí Trần Văn Bình kiểm tra nhật ký sử dụng thuốc bảo vệ thực vật của các hộ, báo cáo chi "
              "ủy trước ngày 25/5/2025."),
            P("- Đồng chí Lê Minh Khoa gặp, nhắc nhở hai đồng chí vắng sinh hoạt không lý do, báo cáo lại chi bộ "
              "tại kỳ họp tháng 6."),
            P("- Tổ kỹ thuật Hợp tác xã hướng dẫn xã viên ghi nhật ký đồng ruộng, thường xuyên."),
            P("Đồng chí Trần Văn Bình xin phép về trước lúc 16 giờ 15 phút, sau phần biểu quyết. Buổi sinh hoạt "
              "kết thúc lúc 16 giờ 30 phút; biên bản được thông qua, các đồng chí có mặt nhất trí."),
            S(["NGƯỜI GHI BIÊN BẢN", "Lê Minh Khoa"], ["T/M CHI ỦY", "BÍ THƯ", "Dương Thị Thanh Nhàn"]),
        ],
        "truth": minute(
            meeting("regular", "2025-05-09", "14:00", "16:30",
                    "văn phòng Hợp tác xã chè La Bằng, xóm Đồng Tiến", "CHI BỘ HỢP TÁC XÃ CHÈ LA BẰNG",
                    "ĐẢNG BỘ XÃ LA BẰNG"),
            "Dương Thị Thanh Nhàn", "Bí thư chi bộ", "Lê Minh Khoa",
            attendance(21, 17, 3, 1, 2, 1,
                       [("Ma Thị Thoa", "Đi tập huấn sản xuất chè hữu cơ tại tỉnh", True),
                        ("Hoàng Văn Khởi", "Không báo", False), ("Lưu Đức Dũng", None, False)],
                       [("Nông Thị Hiền", "Đảng ủy viên, Chủ tịch Hội Nông dân xã"),
                        ("Đỗ Văn Tùng", "Bí thư Chi đoàn xóm Đồng Tiến")]),
            True,
            [vote("Kết luận tháng 5/2025", 17)],
            [task("Trần Văn Bình", "kiểm tra nhật ký sử dụng thuốc bảo vệ thực vật của các hộ, báo cáo chi ủy",
                  "25/5/2025"),
             task("Lê Minh Khoa", "gặp, nhắc nhở hai đồng chí vắng sinh hoạt không lý do, báo cáo lại chi bộ",
                  "kỳ họp tháng 6"),
             task("Tổ kỹ thuật Hợp tác xã", "hướng dẫn xã viên ghi nhật ký đồng ruộng", "thường xuyên")],
            ["low_attendance", "unexcused_absence"]),
    }],
    "flags": [],
    "scans": [{"name": "k13-thainguyen-tea-coop-scan-photocopy", "folder": "dev", "damage": "photocopy",
               "seed": 15081, "dpi": 200}],
})


# =================================================================================================
# k09 — Điện Biên, Tuần Giáo: Thái village; the March meeting held on 2 April; no headings;
#        thanks but no conclusion; a plan with nobody named. Moderate twin k14.
# =================================================================================================
DOCS.append({
    "name": "k09-dienbien-thai-march-held-april-no-conclusion", "folder": "dev",
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.3, "para_gap": 3},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ QUÀI TỞ", "CHI BỘ BẢN HỎM"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quài Tở, ngày 02 tháng 4 năm 2014"]),
            G(6),
            C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 3 NĂM 2014"),
            G(8),
            P("Vào hồi 19 giờ 00 phút, ngày mùng hai tháng tư năm hai nghìn không trăm mười bốn, tại nhà văn hóa "
              "bản Hỏm, Chi bộ bản Hỏm tiến hành sinh hoạt thường kỳ của tháng 3. Cuối tháng 3 đảng viên và nhân "
              "dân trong bản đi làm thủy lợi đầu nguồn nên chi bộ lùi ngày sinh hoạt sang đầu tháng 4."),
            P("Đồng chí Lường Văn Thoản, Bí thư chi bộ kiêm trưởng bản, điều hành buổi sinh hoạt; đồng chí Cà "
              "Thị Hương ghi biên bản. Về dự có đồng chí Quàng Thị Xiêm, Đảng ủy viên phụ trách bản."),
            P("Chi bộ có 15 đảng viên, trong đó 02 đảng viên dự bị. Có mặt 14/15. Vắng 01 đồng chí: Lò Văn "
              "Piềng (đi viện, có báo cáo)."),
            P("Đồng chí Bí thư thông tin kế hoạch của tỉnh tổ chức kỷ niệm 60 năm Chiến thắng Điện Biên Phủ "
              "(7/5/1954 – 7/5/2014), trong đó xã Quài Tở được giao đón các đoàn cựu chiến binh về thăm lại chiến "
              "trường xưa; tình hình nắng hạn kéo dài, nguy cơ cháy rừng ở mức cấp IV."),
            P("Về kết quả tháng 3: bản đã làm xong 1,2 km mương nội đồng, trồng dặm 6 ha cao su, không để xảy ra "
              "cháy rừng; 100% trẻ em trong độ tuổi đi học đều đến lớp. Tồn tại: 02 hộ còn thả rông trâu bò phá "
              "cao su non; 01 thanh niên nghiện ma túy đã được đưa đi cai nghiện."),
            P("Trong tháng 4, chi bộ lãnh đạo tập trung: làm đất, gieo mạ vụ mùa; tiếp tục phòng chống cháy rừng "
              "trong cao điểm nắng nóng; vận động các hộ nhốt trâu bò; tham gia các hoạt động chào mừng kỷ niệm "
              "60 năm Chiến thắng Điện Biên Phủ."),
            P("Thảo luận: đồng chí Tòng Văn Hặc đề nghị bản họp dân để thống nhất mức phạt hộ thả rông trâu bò; "
              "đồng chí Điêu Thị Pặn cho rằng nước mương đầu nguồn còn yếu, cần nạo vét thêm trước khi gieo mạ; "
              "đồng chí Quàng Thị Xiêm đề nghị chi bộ đưa nội dung giữ rừng vào hương ước của bản."),
            P("Đồng chí Lường Văn Thoản cảm ơn các ý kiến đóng góp của đảng viên và cảm ơn đồng chí Quàng Thị "
              "Xiêm đã về dự. Đề nghị mỗi đảng viên gương mẫu, vận động gia đình và họ hàng thực hiện tốt các "
              "việc trên."),
            P("Chi bộ biểu quyết: 14/14 đồng chí có mặt nhất trí với báo cáo tháng 3 và chương trình công tác "
              "tháng 4."),
            P("Buổi sinh hoạt kết thúc lúc 21 giờ 00 phút cùng ngày. Biên bản được đọc lại cho chi bộ nghe, các "
              "đồng chí nhất trí."),
            S(["NGƯỜI GHI BIÊN BẢN", "Cà Thị Hương"], ["BÍ THƯ CHI BỘ", "Lường Văn Thoản"]),
        ],
        "truth": minute(
            meeting("regular", "2014-04-02", "19:00", "21:00", "nhà văn hóa bản Hỏm", "CHI BỘ BẢN HỎM",
                    "ĐẢNG BỘ XÃ QUÀI TỞ", month=3, year=2014),
            "Lường Văn Thoản", "Bí thư chi bộ", "Cà Thị Hương",
            attendance(15, 14, 1, 1, 0, 0, [("Lò Văn Piềng", "đi viện, có báo cáo", True)],
                       [("Quàng Thị Xiêm", "Đảng ủy viên phụ trách bản")]),
            False,
            [vote("Báo cáo tháng 3 và chương trình công tác tháng 4/2014", 14)],
            [],
            ["missing_assignments", "missing_conclusion"]),
    }],
    "flags": [],
    "scans": [{"name": "k14-dienbien-thai-scan-moderate", "folder": "dev", "damage": "moderate",
               "seed": 15091, "dpi": 250}],
})


# =================================================================================================
# k10 — Phú Thọ, Tân Sơn: a Mường hamlet's book, July–November 2018, five minutes typed on.
# =================================================================================================
BOOK_CELL, BOOK_COMMITTEE = "CHI BỘ XÓM LẠNG", "ĐẢNG BỘ XÃ KIM THƯỢNG"

K10_JUL = [
    HD(["ĐẢNG BỘ XÃ KIM THƯỢNG", "CHI BỘ XÓM LẠNG"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Kim Thượng, ngày 10 tháng 7 năm 2018"]),
    G(4),
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 7 NĂM 2018"),
    G(6),
    L("Thời gian: 19 giờ 30 phút ngày 10/7/2018. Địa điểm: nhà văn hóa xóm Lạng."),
    L("Chủ trì: đồng chí Đinh Văn Toàn – Bí thư chi bộ. Thư ký: đồng chí Hà Thị Lan."),
    L("Đảng viên: tổng số 16, miễn sinh hoạt 01 (đồng chí Bùi Văn Thìn), phải dự 15; có mặt 14; vắng 01: đồng "
      "chí Hà Văn Lợi (không lý do)."),
    P("1. Đồng chí Bí thư thông tin kết quả kỳ thi trung học phổ thông quốc gia năm 2018 và kế hoạch phòng "
      "chống mưa lũ, sạt lở đất của xã."),
    P("2. Tháng 6 xóm cấy xong 21 ha lúa mùa, trồng mới 9 ha keo; thu đảng phí đạt 100%. Tồn tại: 3 hộ còn thả "
      "trâu vào vùng lõi Vườn quốc gia Xuân Sơn."),
    P("3. Ý kiến: đồng chí Xa Văn Mạnh đề nghị khơi thông rãnh thoát nước đoạn qua nhà văn hóa trước mùa mưa lũ; "
      "đồng chí Bùi Thị Nguyệt đề nghị xóm tổ chức gặp mặt các cháu đỗ đại học."),
    P("4. Đồng chí Đinh Văn Toàn kết luận: tháng 7 tập trung chăm sóc lúa mùa, phòng chống lũ quét, sạt lở; "
      "quản lý chặt việc chăn thả gia súc ven rừng."),
    P("Chi bộ biểu quyết: 14/14 đồng chí tán thành."),
    P("Phân công: đồng chí Xa Văn Mạnh huy động đoàn viên khơi thông rãnh thoát nước trước ngày 20/7/2018; "
      "đồng chí Bùi Thị Nguyệt lập danh sách học sinh đỗ đại học, cao đẳng trong tháng 8."),
    P("Họp kết thúc lúc 21 giờ 15 phút. Biên bản được đọc lại, chi bộ nhất trí thông qua."),
    S(["THƯ KÝ", "Hà Thị Lan"], ["BÍ THƯ", "Đinh Văn Toàn"]),
]
K10_JUL_T = minute(
    meeting("regular", "2018-07-10", "19:30", "21:15", "nhà văn hóa xóm Lạng", BOOK_CELL, BOOK_COMMITTEE),
    "Đinh Văn Toàn", "Bí thư chi bộ", "Hà Thị Lan",
    attendance(16, 14, 1, 0, 1, 1, [("Hà Văn Lợi", "không lý do", False)]),
    True,
    [vote("Kết luận tháng 7/2018", 14)],
    [task("Xa Văn Mạnh", "huy động đoàn viên khơi thông rãnh thoát nước", "20/7/2018"),
     task("Bùi Thị Nguyệt", "lập danh sách học sinh đỗ đại học, cao đẳng", "tháng 8")],
    ["unexcused_absence"])

K10_AUG = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 8 NĂM 2018"),
    G(6),
    P("Hôm nay, ngày 08/8/2018, từ 19 giờ 30 phút đến 21 giờ 10 phút, tại nhà văn hóa xóm, Chi bộ xóm Lạng họp "
      "thường kỳ tháng 8. Đồng chí Đinh Văn Toàn, Bí thư chi bộ chủ trì; đồng chí Hà Thị Lan ghi biên bản. Dự "
      "họp: 15/15 đảng viên phải dự (đồng chí Bùi Văn Thìn miễn sinh hoạt). Có đồng chí Hà Minh Đức, Đảng ủy "
      "viên, về dự."),
    P("Nội dung: nghe thông tin về tình hình mưa lũ ở các tỉnh miền núi phía Bắc; đánh giá tháng 7: rãnh thoát "
      "nước đã khơi thông, không có hộ bị thiệt hại do mưa lũ; lúa mùa phát triển tốt. Nhiệm vụ tháng 8: phòng "
      "chống rầy nâu, chuẩn bị khai giảng năm học, tổ chức gặp mặt học sinh đỗ đại học."),
    P("Ý kiến: đồng chí Hà Văn Lợi xin lỗi chi bộ về việc vắng kỳ trước, hứa sinh hoạt đầy đủ; đồng chí Xa Thị "
      "Dung đề nghị vận động các hộ góp quỹ khuyến học; đồng chí Hà Minh Đức lưu ý theo dõi sạt lở ở đồi Bằng."),
    P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 8; giao đồng chí Xa Thị Dung vận động quỹ "
      "khuyến học, xong trước ngày 25/8/2018; đồng chí Xa Văn Mạnh theo dõi điểm sạt lở đồi Bằng sau mỗi trận "
      "mưa lớn. Biểu quyết: 15/15 đồng chí tán thành, đạt 100%. Biên bản được đọc lại và thông qua."),
    S(["THƯ KÝ", "Hà Thị Lan"], ["BÍ THƯ", "Đinh Văn Toàn"]),
]
K10_AUG_T = minute(
    meeting("regular", "2018-08-08", "19:30", "21:10", "nhà văn hóa xóm", BOOK_CELL, BOOK_COMMITTEE),
    "Đinh Văn Toàn", "Bí thư chi bộ", "Hà Thị Lan",
    attendance(16, 15, 0, 0, 0, 1, [], [("Hà Minh Đức", "Đảng ủy viên")]),
    True,
    [vote("Kết luận tháng 8/2018", 15, pct=100)],
    [task("Xa Thị Dung", "vận động quỹ khuyến học", "25/8/2018"),
     task("Xa Văn Mạnh", "theo dõi điểm sạt lở đồi Bằng", "sau mỗi trận mưa lớn")],
    [])

K10_SEP = [
    C("SINH HOẠT CHUYÊN ĐỀ QUÝ III NĂM 2018"),
    C("Chuyên đề: Nêu cao tinh thần trách nhiệm, gương mẫu của đảng viên nơi cư trú", bold=False, italic=True),
    G(6),
    P("Thời gian: từ 19 giờ 30 phút đến 20 giờ 45 phút, ngày 20/9/2018; tại nhà văn hóa xóm Lạng."),
    P("Đồng chí Xa Văn Mạnh, Phó Bí thư chi bộ, chủ tọa thay đồng chí Bí thư; đồng chí Hà Thị Lan làm thư ký. "
      "Đảng viên có mặt 14/15 (01 đồng chí miễn sinh hoạt). Vắng 01: đồng chí Đinh Văn Toàn (đi tập huấn tại "
      "huyện)."),
    P("Đồng chí Bùi Thị Nguyệt trình bày chuyên đề: trách nhiệm nêu gương của đảng viên trong lao động sản xuất, "
      "giữ rừng, xây dựng gia đình văn hóa; liên hệ thực tế xóm Lạng còn 02 đảng viên chưa tham gia sinh hoạt "
      "đoàn thể nơi cư trú."),
    P("Ý kiến: đồng chí Hà Văn Lợi nhận khuyết điểm đi làm ăn xa không báo chi bộ; đồng chí Bùi Văn Hùng đề nghị "
      "mỗi đảng viên đăng ký một việc làm cụ thể."),
    P("Đồng chí chủ tọa kết luận: mỗi đảng viên đăng ký việc làm theo chuyên đề; giao đồng chí Hà Thị Lan tổng "
      "hợp bản đăng ký, báo cáo chi bộ tại kỳ họp tháng 10. Biên bản đã đọc lại, các đồng chí nhất trí thông "
      "qua."),
    S(["THƯ KÝ", "Hà Thị Lan"], ["CHỦ TỌA", "Xa Văn Mạnh"]),
]
K10_SEP_T = minute(
    meeting("thematic", "2018-09-20", "19:30", "20:45", "nhà văn hóa xóm Lạng", BOOK_CELL, BOOK_COMMITTEE,
            topic="Nêu cao tinh thần trách nhiệm, gương mẫu của đảng viên nơi cư trú"),
    "Xa Văn Mạnh", "Phó Bí thư chi bộ", "Hà Thị Lan",
    attendance(16, 14, 1, 1, 0, 1, [("Đinh Văn Toàn", "đi tập huấn tại huyện", True)]),
    True,
    [],
    [task("Hà Thị Lan", "tổng hợp bản đăng ký, báo cáo chi bộ", "kỳ họp tháng 10")],
    ["missing_vote", "short_meeting"])

K10_OCT = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 10 NĂM 2018"),
    G(6),
    P("Do cuối tháng 10 xóm tập trung thu hoạch lúa mùa, chi bộ sinh hoạt kỳ tháng 10 vào tối 02/11/2018, bắt "
      "đầu lúc 19 giờ 00 phút, tại nhà văn hóa xóm Lạng."),
    P("Chủ trì: đồng chí Đinh Văn Toàn, Bí thư chi bộ. Đồng chí Hà Thị Lan đi tập huấn công tác dân số ở huyện; "
      "chi bộ cử đồng chí Bùi Thị Nguyệt làm thư ký."),
    P("Phải dự 15 đồng chí, có mặt 13. Vắng 02: đồng chí Hà Thị Lan (đi tập huấn), đồng chí Hà Văn Lợi (không "
      "có lý do)."),
    P("Nội dung: thu hoạch lúa mùa đạt 52 tạ/ha; đã tổng hợp 14 bản đăng ký làm theo chuyên đề; chuẩn bị Ngày "
      "hội Đại đoàn kết toàn dân tộc 18/11. Ý kiến: đồng chí Xa Văn Mạnh đề nghị làm lại cổng nhà văn hóa trước "
      "ngày hội; đồng chí Bùi Văn Hùng đề nghị mời các già làng dự ngày hội."),
    P("Đồng chí Đinh Văn Toàn kết luận: tháng 11 tập trung tổ chức tốt Ngày hội Đại đoàn kết, thu hoạch xong lúa "
      "mùa và làm đất trồng cây vụ đông; giao đồng chí Xa Văn Mạnh sửa cổng nhà văn hóa trước ngày 15/11/2018. Chi "
      "bộ biểu quyết 13/13 tán thành. Họp xong lúc 21 giờ 00 phút; biên bản được đọc lại và thông qua."),
    S(["THƯ KÝ", "Bùi Thị Nguyệt"], ["BÍ THƯ", "Đinh Văn Toàn"]),
]
K10_OCT_T = minute(
    meeting("regular", "2018-11-02", "19:00", "21:00", "nhà văn hóa xóm Lạng", BOOK_CELL, BOOK_COMMITTEE,
            month=10, year=2018),
    "Đinh Văn Toàn", "Bí thư chi bộ", "Bùi Thị Nguyệt",
    attendance(15, 13, 2, 1, 1, 0, [("Hà Thị Lan", "đi tập huấn", True), ("Hà Văn Lợi", "không có lý do", False)]),
    True,
    [vote("Kết luận tháng 10/2018", 13)],
    [task("Xa Văn Mạnh", "sửa cổng nhà văn hóa", "15/11/2018")],
    ["low_attendance", "unexcused_absence"])

K10_NOV = [
    C("BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11 NĂM 2018"),
    G(6),
    P("Ngày 28/11/2018, lúc 19 giờ 30 phút, tại nhà văn hóa xóm, Chi bộ xóm Lạng sinh hoạt định kỳ tháng 11. "
      "Chủ trì: đồng chí Đinh Văn Toàn, Bí thư chi bộ; thư ký: đồng chí Hà Thị Lan."),
    P("Tổng số 16 đảng viên; 01 miễn sinh hoạt; có mặt 14/15; đồng chí Hà Văn Lợi vắng không lý do (lần thứ ba "
      "trong năm)."),
    P("Chi ủy báo cáo kết quả tháng 10 và đầu tháng 11: Ngày hội Đại đoàn kết tổ chức chu đáo, quyên góp được "
      "6.200.000 đồng; cổng nhà văn hóa đã làm xong. Nhiệm vụ tháng 12: chuẩn bị kiểm điểm, đánh giá chất lượng "
      "đảng viên cuối năm; trồng cây vụ đông. Chi bộ thảo luận, thống nhất với báo cáo của chi ủy."),
    P("Đồng chí Bí thư kết luận: tháng 12 chi bộ tập trung kiểm điểm, đánh giá chất lượng đảng viên và trồng xong "
      "cây vụ đông; đề nghị các đồng chí đảng viên chuẩn bị bản kiểm điểm cá nhân nghiêm túc; chi "
      "ủy sẽ phân công cụ thể sau khi có hướng dẫn của Đảng ủy xã. Chi bộ sẽ xem xét trường hợp của đồng chí Hà "
      "Văn Lợi tại kỳ họp tháng 12. Biểu quyết: 14/14 đồng chí tán thành."),
    P("Họp kết thúc lúc 21 giờ 10 phút. Biên bản được đọc lại, chi bộ nhất trí."),
    S(["THƯ KÝ", "Hà Thị Lan"], ["BÍ THƯ", "Đinh Văn Toàn"]),
]
K10_NOV_T = minute(
    meeting("regular", "2018-11-28", "19:30", "21:10", "nhà văn hóa xóm", BOOK_CELL, BOOK_COMMITTEE),
    "Đinh Văn Toàn", "Bí thư chi bộ", "Hà Thị Lan",
    attendance(16, 14, 1, 0, 1, 1, [("Hà Văn Lợi", "không lý do", False)]),
    True,
    [vote("Kết luận tháng 11/2018", 14)],
    [],
    ["missing_assignments", "no_discussion", "unexcused_absence"])

DOCS.append({
    "name": "k10-phutho-muong-book-jul-nov-2018", "folder": "dev",
    "style": {"family": "serif", "size": 12, "justify": True, "indent": 26, "spacing": 1.28, "para_gap": 2,
              "head": "Sổ biên bản sinh hoạt – Chi bộ xóm Lạng – năm 2018", "foot": "- {n} -"},
    "between": 22,
    "minutes": [{"blocks": K10_JUL, "truth": K10_JUL_T}, {"blocks": K10_AUG, "truth": K10_AUG_T},
                {"blocks": K10_SEP, "truth": K10_SEP_T}, {"blocks": K10_OCT, "truth": K10_OCT_T},
                {"blocks": K10_NOV, "truth": K10_NOV_T}],
    "flags": ["missing_month", "repeated_absence"], "scans": [],
})


# =================================================================================================
# k11 — Nam Định, Hải Hậu: fishing village 2008; exempt members only named; exactly 90 %. Scan only.
# =================================================================================================
DOCS.append({
    "name": "k11-namdinh-fishing-village-exempt-named", "folder": "dev", "born_digital": False,
    "style": {"family": "serif", "size": 12.5, "justify": True, "indent": 30, "spacing": 1.35},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ XÃ HẢI ĐÔNG", "CHI BỘ XÓM 7"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Đông, ngày 15 tháng 12 năm 2008"]),
            G(6),
            C("BIÊN BẢN", size=14),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12 NĂM 2008"),
            G(8),
            P("Hồi 19 giờ 00 ngày 15/12/2008, tại nhà văn hoá xóm 7, Chi bộ xóm 7 họp thường kỳ tháng 12."),
            P("Bí thư chi bộ Vũ Văn Điệp chủ trì hội nghị; đồng chí Đoàn Thị Nhung, chi uỷ viên, làm thư ký."),
            P("Chi bộ hiện có 38 đảng viên. Các đồng chí được miễn sinh hoạt do tuổi cao, sức yếu: Trần Văn Cẩn, "
              "Phạm Thị Lược, Vũ Đình Thực, Đoàn Văn Nhạ, Mai Thị Thêu, Trần Hữu Lễ, Phạm Văn Khuông, Vũ Thị Nhớn. "
              "Đảng viên phải dự sinh hoạt: 30 đồng chí; có mặt 27 đồng chí, đạt 90%; vắng 03 đồng chí đều có lý "
              "do (02 đồng chí đi biển, 01 đồng chí ốm)."),
            P("Dự hội nghị có đồng chí Trần Quang Huy, Đảng uỷ viên phụ trách cụm dân cư số 3."),
            H("Phần thứ nhất: Thông tin thời sự"),
            P("Đồng chí Bí thư thông tin về tình hình suy thoái kinh tế thế giới và ảnh hưởng tới giá hải sản, "
              "giá lúa; Chỉ thị của Ban Thường vụ Huyện uỷ về tổ chức Tết Kỷ Sửu 2009 vui tươi, lành mạnh, tiết "
              "kiệm; dự báo rét đậm, rét hại kéo dài trong tháng 12 và tháng 01."),
            H("Phần thứ hai: Kết quả tháng 11"),
            P("Xóm trồng được 12 ha cây vụ đông (khoai tây, su hào, bắp cải); 46 thuyền đánh bắt xa bờ ra khơi "
              "an toàn, sản lượng tháng đạt khoảng 210 tấn; thu quỹ \"Ngày vì người nghèo\" được 4.350.000 đồng. "
              "Tồn tại: 03 hộ còn đánh bắt bằng lưới mắt nhỏ ven bờ; đường trục xóm xuống cấp."),
            H("Phần thứ ba: Nhiệm vụ tháng 12"),
            P("Chăm sóc cây vụ đông, chống rét cho trâu bò và mạ; vận động ngư dân không khai thác bằng lưới "
              "mắt nhỏ; chuẩn bị tổng kết công tác xây dựng Đảng năm 2008 và kiểm điểm đảng viên; lo Tết cho các "
              "hộ nghèo, gia đình chính sách."),
            H("Phần thứ tư: Thảo luận, kết luận"),
            P("Đ/c Phạm Văn Thắng: đề nghị chi bộ kiến nghị xã sửa đoạn đường trục xóm từ cống Đông đến chợ, "
              "dài khoảng 600 m, trước Tết."),
            P("Đ/c Mai Thị Hoa (Chi hội trưởng phụ nữ): chi hội đã lập danh sách 17 hộ nghèo, đề nghị trích quỹ "
              "tặng quà Tết cho mỗi hộ."),
            P("Đ/c Trần Quang Huy: xã sẽ đưa đoạn đường trục xóm 7 vào kế hoạch năm 2009; lưu ý các thuyền ra "
              "khơi giữ liên lạc thường xuyên với đồn biên phòng."),
            P("Đồng chí Bí thư kết luận: chi bộ thống nhất nhiệm vụ tháng 12 như báo cáo; ưu tiên chống rét, bảo "
              "đảm an toàn cho ngư dân, chăm lo Tết cho hộ nghèo; chuẩn bị chu đáo việc kiểm điểm cuối năm."),
            P("Biểu quyết: 27/27 đ/c có mặt nhất trí (100%)."),
            P("Giao đ/c Mai Thị Hoa trao quà Tết cho 17 hộ nghèo trước ngày 20/01/2009; đ/c Phạm Văn Thắng vận "
              "động các chủ thuyền ký cam kết không dùng lưới mắt nhỏ trong tháng 12; đ/c Đoàn Thị Nhung chuẩn "
              "bị hồ sơ kiểm điểm đảng viên, nộp chi uỷ trước ngày 28/12/2008."),
            P("Hội nghị kết thúc lúc 21 giờ 00 cùng ngày. Biên bản được đọc lại, hội nghị nhất trí thông qua."),
            S(["THƯ KÝ", "Đoàn Thị Nhung"], ["T/M CHI UỶ", "BÍ THƯ", "Vũ Văn Điệp"]),
        ],
        "truth": minute(
            meeting("regular", "2008-12-15", "19:00", "21:00", "nhà văn hoá xóm 7", "CHI BỘ XÓM 7",
                    "ĐẢNG BỘ XÃ HẢI ĐÔNG"),
            "Vũ Văn Điệp", "Bí thư chi bộ", "Đoàn Thị Nhung",
            attendance(38, 27, 3, 3, 0, 8, [],
                       [("Trần Quang Huy", "Đảng uỷ viên phụ trách cụm dân cư số 3")]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 12/2008", 27, pct=100)],
            [task("Mai Thị Hoa", "trao quà Tết cho 17 hộ nghèo", "20/01/2009"),
             task("Phạm Văn Thắng", "vận động các chủ thuyền ký cam kết không dùng lưới mắt nhỏ", "tháng 12"),
             task("Đoàn Thị Nhung", "chuẩn bị hồ sơ kiểm điểm đảng viên, nộp chi uỷ", "28/12/2008")],
            []),
    }],
    "flags": [],
    "scans": [{"name": "k11-namdinh-fishing-village-exempt-named-scan", "folder": "dev", "damage": "moderate",
               "seed": 15111, "dpi": 200}],
})


# =================================================================================================
# k12 — Tuyên Quang (former Hà Giang), Lũng Cú: Lô Lô village 2026; roll-call table. Clean.
# =================================================================================================
ROLL_COLS = [(0.08, "TT", "c"), (0.38, "Họ và tên", "l"), (0.12, "Có mặt", "c"), (0.10, "Vắng", "c"),
             (0.32, "Ghi chú", "l")]
ROLL_ROWS = [
    ["1", "Sình Dì Gai", "x", "", "Bí thư chi bộ"],
    ["2", "Lò Thị Mai", "x", "", ""],
    ["3", "Lò Văn Pủa", "x", "", ""],
    ["4", "Vàng Dì Sính", "x", "", ""],
    ["5", "Sình Thị Dí", "x", "", ""],
    ["6", "Lù Văn Chải", "x", "", ""],
    ["7", "Sùng Mí Vư", "x", "", ""],
    ["8", "Chi Văn Dìn", "", "x", "Đi chữa bệnh ở Hà Nội"],
    ["9", "Vàng Thị Sấu", "x", "", ""],
    ["10", "Lò Dì Cáo", "", "", "Miễn sinh hoạt (tuổi cao)"],
    ["11", "Sình Văn Lử", "x", "", ""],
    ["12", "Giàng Thị Mỷ", "x", "", "Đảng viên dự bị"],
    ["13", "Lò Văn Thắng", "x", "", ""],
]

DOCS.append({
    "name": "k12-tuyenquang-lolo-rollcall-2026-clean", "folder": "dev",
    "style": {"family": "dvsans", "size": 11, "justify": False, "indent": 0, "spacing": 1.35, "para_gap": 3,
              "head": "Chi bộ thôn Lô Lô Chải – tháng 01/2026", "foot": "- {n} -"},
    "minutes": [{
        "blocks": [
            HD(["ĐẢNG BỘ TỈNH TUYÊN QUANG", "ĐẢNG ỦY XÃ LŨNG CÚ", "CHI BỘ THÔN LÔ LÔ CHẢI", "*"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lũng Cú, ngày 09 tháng 01 năm 2026"], bold_left=(2,)),
            G(6),
            C("BIÊN BẢN", size=13),
            C("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2026"),
            G(8),
            L("– Thời gian: 08 giờ 00 phút, ngày 09/01/2026."),
            L("– Địa điểm: Nhà văn hóa thôn Lô Lô Chải."),
            L("– Chủ trì: Bí thư chi bộ, Trưởng thôn Sình Dì Gai."),
            L("– Thư ký: Chi ủy viên Lò Thị Mai."),
            L("– Đại biểu: đồng chí Nguyễn Tiến Dũng, Ủy viên Ban Thường vụ Đảng ủy xã; ông Vàng Dì Pó, người có "
              "uy tín của thôn."),
            L("– Đảng viên: 13 đồng chí (12 chính thức, 01 dự bị). Kết quả điểm danh:"),
            T(ROLL_COLS, ROLL_ROWS),
            L("Tổng hợp: có mặt 11/12 đồng chí phải dự (91,7%); vắng 01 đồng chí có lý do; miễn sinh hoạt 01 đồng "
              "chí."),
            G(4),
            H("1. Thông tin, quán triệt"),
            P("Đồng chí Nguyễn Tiến Dũng thông tin về việc chuẩn bị Đại hội đại biểu toàn quốc lần thứ XIV của "
              "Đảng; phổ biến Hướng dẫn số 42-HD/BTCTW về nâng cao chất lượng sinh hoạt chi bộ; hoạt động của "
              "chính quyền địa phương hai cấp sau sáp nhập, các thủ tục hành chính nay làm tại Trung tâm phục vụ "
              "hành chính công xã."),
            H("2. Kết quả tháng 12/2025"),
            P("Thôn hoàn thành trồng 3,5 ha rừng phòng hộ; 100% hộ tham gia bảo hiểm y tế; đón khoảng 2.400 lượt "
              "khách du lịch lên Cột cờ Lũng Cú, 06 hộ làm homestay có thu nhập ổn định. Hạn chế: 02 hộ chưa làm "
              "chuồng trại xa nhà; việc giữ gìn vệ sinh đường vào thôn chưa thường xuyên."),
            H("3. Nhiệm vụ tháng 01/2026"),
            P("Phòng chống rét đậm, rét hại cho người và gia súc; tuyên truyền về Đại hội XIV của Đảng; giữ an "
              "ninh trật tự, vệ sinh môi trường phục vụ khách du lịch dịp Tết Bính Ngọ; rà soát hộ nghèo, hộ cận "
              "nghèo để hỗ trợ đón Tết."),
            H("4. Thảo luận"),
            P("Đồng chí Lò Văn Pủa: nhiều hộ chưa dự trữ đủ rơm, cỏ khô cho trâu bò, đề nghị chi bộ vận động trước "
              "đợt rét."),
            P("Đồng chí Sùng Mí Vư: dịp Tết khách lên đông, đề nghị bố trí người hướng dẫn đỗ xe ở đầu thôn."),
            P("Ông Vàng Dì Pó: các dòng họ trong thôn thống nhất tổ chức Tết tiết kiệm, không ép rượu khách."),
            H("5. Kết luận"),
            P("Đồng chí Sình Dì Gai kết luận: chi bộ thống nhất nhiệm vụ tháng 01/2026; trọng tâm là chống rét cho "
              "gia súc, giữ an ninh trật tự và vệ sinh môi trường dịp Tết, không để hộ nào thiếu Tết."),
            P("Biểu quyết: 11/11 đồng chí có mặt nhất trí, không có ý kiến khác."),
            H("6. Phân công"),
            P("- Đồng chí Lò Văn Pủa hướng dẫn các hộ che chắn chuồng trại, dự trữ thức ăn cho trâu bò, xong trước "
              "ngày 20/01/2026."),
            P("- Đồng chí Vàng Dì Sính cùng tổ an ninh thôn giữ trật tự khu vực đỗ xe đầu thôn trong dịp Tết Bính "
              "Ngọ."),
            P("- Chi đoàn thanh niên tuyên truyền về Đại hội XIV của Đảng trên loa truyền thanh thôn, hằng tuần."),
            P("Hội nghị kết thúc lúc 10 giờ 05 phút. Biên bản được thông qua trước chi bộ, 11/11 đồng chí nhất "
              "trí."),
            S(["THƯ KÝ", "(đã ký)", "Lò Thị Mai"], ["T/M CHI BỘ", "BÍ THƯ", "(đã ký)", "Sình Dì Gai"]),
        ],
        "truth": minute(
            meeting("regular", "2026-01-09", "08:00", "10:05", "Nhà văn hóa thôn Lô Lô Chải",
                    "CHI BỘ THÔN LÔ LÔ CHẢI", "ĐẢNG ỦY XÃ LŨNG CÚ"),
            "Sình Dì Gai", "Bí thư chi bộ", "Lò Thị Mai",
            attendance(13, 11, 1, 1, 0, 1, [("Chi Văn Dìn", "Đi chữa bệnh ở Hà Nội", True)],
                       [("Nguyễn Tiến Dũng", "Ủy viên Ban Thường vụ Đảng ủy xã"),
                        ("Vàng Dì Pó", "người có uy tín của thôn")]),
            True,
            [vote("Kết luận và nhiệm vụ tháng 01/2026", 11, abstain=0)],
            [task("Lò Văn Pủa", "hướng dẫn các hộ che chắn chuồng trại, dự trữ thức ăn cho trâu bò", "20/01/2026"),
             task("Vàng Dì Sính", "cùng tổ an ninh thôn giữ trật tự khu vực đỗ xe đầu thôn", "dịp Tết Bính Ngọ"),
             task("Chi đoàn thanh niên", "tuyên truyền về Đại hội XIV của Đảng trên loa truyền thanh thôn",
                  "hằng tuần")],
            []),
    }],
    "flags": [], "scans": [],
})
