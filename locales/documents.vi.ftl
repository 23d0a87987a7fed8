## Văn bản của chi bộ và của đảng ủy (DOCX), theo Hướng dẫn 36-HD/VPTW.
## Không dùng thẻ HTML: các câu này thành chữ thường trong văn bản Word.

## Thể thức chung

doc-language = vi-VN
doc-party = ĐẢNG CỘNG SẢN VIỆT NAM
doc-cell-name = Chi bộ { $name }
doc-organisation-name = Đảng bộ { $name }
doc-committee-name = Đảng ủy { $name }
doc-number-cell-report = Số ……-BC/CB
doc-number-cell-minutes = Số ……-BB/CB
doc-number-committee-report = Số ……-BC/ĐU
doc-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
doc-time = { $hour } giờ { $minute }, ngày { $day } tháng { $month } năm { $year }
doc-time-of-day = { $hour } giờ { $minute }
doc-percent = { $value }%
doc-quarter = Quý { $quarter }/{ $year }
doc-year = năm { $year }
doc-report = Báo cáo
doc-total = Tổng cộng
doc-recipients = Nơi nhận:
doc-recipient-committee = - { $committee } (để báo cáo);
doc-recipient-superior = - Cấp ủy cấp trên (để báo cáo);
doc-recipient-archive-cell = - Lưu chi bộ.
doc-recipient-cells = - Các chi bộ trực thuộc;
doc-recipient-archive-committee = - Lưu Văn phòng Đảng ủy.
doc-on-behalf-cell = T/M CHI BỘ
doc-on-behalf-committee = T/M ĐẢNG ỦY
doc-secretary = BÍ THƯ

## Cột của bảng

doc-column-number = STT
doc-column-name = Họ và tên
# Một phần của bản đăng ký cá nhân, theo tên kế hoạch năm đặt.
doc-column-part = { $label }
doc-column-role = Vai trò
doc-column-status = Tình trạng
doc-column-reason = Lý do
doc-column-option = Phương án
doc-column-votes = Số phiếu
doc-column-share = Tỷ lệ
doc-column-date = Ngày
doc-column-kind = Hình thức
doc-column-topic = Chủ đề
doc-column-present = Có mặt/ phải dự
doc-column-absent-with-reason = Vắng có lý do
doc-column-absent-without-reason = Vắng không lý do
doc-column-code = Mã chi bộ
doc-column-cell = Tên chi bộ
doc-column-members = Số đảng viên
doc-column-registered = Đã đăng ký
doc-column-missing = Chưa đăng ký
doc-column-exempt = Miễn đăng ký
doc-column-meetings = Số buổi sinh hoạt
doc-column-attendance = Tỷ lệ dự sinh hoạt

## Chức vụ, tình trạng, hình thức sinh hoạt

doc-role-secretary = Bí thư
doc-role-deputy = Phó Bí thư
doc-role-committee = Chi ủy viên
doc-role-member = Đảng viên
doc-status-full = Chính thức
doc-status-probationary = Dự bị
doc-status-exempt = Miễn sinh hoạt
doc-status-retired = Nghỉ hưu
doc-status-transferred = Đã chuyển sinh hoạt
doc-exempt-reason-full = Theo quyết định của chi bộ
doc-exempt-reason-probationary = Theo quyết định của chi bộ
doc-exempt-reason-exempt = Được miễn sinh hoạt đảng
doc-exempt-reason-retired = Đảng viên nghỉ hưu, theo quyết định của chi bộ
doc-exempt-reason-transferred = Đã chuyển sinh hoạt đảng
doc-kind-regular = Định kỳ
doc-kind-thematic = Chuyên đề
doc-kind-combined = Định kỳ kết hợp chuyên đề

## Số liệu đăng ký

doc-count-members = Tổng số đảng viên trong danh sách chi bộ: { $count } đồng chí.
doc-count-required = Số đảng viên phải đăng ký: { $count } đồng chí.
doc-count-registered = Đã đăng ký: { $count }/{ $required } đồng chí, đạt { $percent }.
doc-count-registered-plain = Đã đăng ký: { $count } đồng chí.
doc-count-missing = Chưa đăng ký: { $count } đồng chí.
doc-count-exempt = Miễn đăng ký: { $count } đồng chí.

## Báo cáo kết quả đăng ký

doc-registration-subtitle = Kết quả đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm { $year }
doc-registration-intro = Thực hiện việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm { $year } với Chuyên đề “{ $topic }”, Chi bộ báo cáo kết quả đảng viên đăng ký kế hoạch học tập và làm theo (hạn đăng ký: { $deadline }) như sau:
doc-registration-intro-no-topic = Thực hiện việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm { $year }, Chi bộ báo cáo kết quả đảng viên đăng ký kế hoạch học tập và làm theo (hạn đăng ký: { $deadline }) như sau:
doc-registration-section-summary = Kết quả chung
doc-registration-section-plans = Nội dung đăng ký của đảng viên
doc-registration-none-registered = Không có đảng viên nào đã đăng ký.
doc-registration-section-missing = Đảng viên chưa đăng ký
doc-registration-none-missing = Không có đảng viên nào chưa đăng ký.
doc-registration-section-exempt = Đảng viên miễn đăng ký
doc-registration-none-exempt = Không có đảng viên nào được miễn đăng ký.
doc-part-empty = (chưa ghi)
doc-registration-closing = Trên đây là báo cáo kết quả đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm { $year } của Chi bộ./.

## Biên bản sinh hoạt chi bộ

doc-minutes-title = Biên bản
doc-minutes-subtitle-regular = Sinh hoạt chi bộ định kỳ tháng { $month } năm { $year }
doc-minutes-subtitle-thematic = Sinh hoạt chi bộ chuyên đề tháng { $month } năm { $year }
doc-minutes-subtitle-combined = Sinh hoạt chi bộ định kỳ kết hợp chuyên đề tháng { $month } năm { $year }
doc-minutes-time-same-day = Thời gian: từ { $start } đến { $end }, ngày { $day } tháng { $month } năm { $year }.
doc-minutes-time = Thời gian: từ { $start } đến { $end }.
doc-minutes-place = Địa điểm: { $place }.
doc-minutes-section-attendance = Thành phần
doc-minutes-total = Tổng số đảng viên của chi bộ: { $count } đồng chí (chính thức: { $full }, dự bị: { $probationary }).
doc-minutes-among = Trong đó có { $list }.
doc-minutes-among-exempt = { $count } đồng chí được miễn sinh hoạt
doc-minutes-among-retired = { $count } đồng chí nghỉ hưu
doc-minutes-present = Có mặt: { $present }/{ $counted } đồng chí phải dự sinh hoạt ({ $percent }), gồm các đồng chí: { $names }.
doc-minutes-present-none = Có mặt: không có đồng chí nào (số phải dự sinh hoạt: { $counted } đồng chí).
doc-minutes-absent-with-reason = Vắng có lý do: { $count } đồng chí, gồm:
doc-minutes-absent-with-reason-none = Vắng có lý do: không có.
doc-minutes-absent-line = - Đồng chí { $name } — { $reason };
doc-minutes-no-reason = chưa nêu lý do
doc-minutes-absent-without-reason = Vắng không có lý do: { $count } đồng chí, gồm các đồng chí: { $names }.
doc-minutes-absent-without-reason-none = Vắng không có lý do: không có.
doc-minutes-exempt = Miễn sinh hoạt (không tính vào số phải dự): { $count } đồng chí, gồm các đồng chí: { $names }.
doc-minutes-exempt-none = Miễn sinh hoạt (không tính vào số phải dự): không có.
doc-minutes-chair = Chủ trì: đồng chí { $name }.
doc-minutes-secretary = Thư ký: đồng chí { $name }.
doc-minutes-section-content = Nội dung sinh hoạt
doc-minutes-topic = Chủ đề: { $topic }
doc-minutes-proceedings = Diễn biến buổi sinh hoạt:
doc-minutes-opinions = Ý kiến thảo luận của đảng viên:
doc-minutes-conclusion = Kết luận của đồng chí chủ trì:
doc-minutes-section-poll = Kết quả bình chọn
doc-minutes-section-poll-open = Bình chọn (chưa kết thúc)
doc-minutes-closing = Buổi sinh hoạt kết thúc lúc { $time } cùng ngày.
doc-minutes-closing-other-day = Buổi sinh hoạt kết thúc lúc { $time }.
doc-minutes-approved = Biên bản đã được đọc lại trước chi bộ và được các đồng chí dự sinh hoạt thông qua./.
doc-minutes-secretary-title = THƯ KÝ
doc-minutes-chair-title = CHỦ TRÌ

## Biểu quyết

doc-poll-question = Nội dung bình chọn: { $question }
doc-poll-still-open = Cuộc bình chọn chưa kết thúc (mở đến { $closesAt }): số phiếu dưới đây là số đã nhận khi lập văn bản, chưa phải kết quả cuối cùng.
doc-poll-anonymous = Hình thức: bỏ phiếu kín.
doc-poll-open = Hình thức: bình chọn công khai.
doc-poll-total = Tổng số phiếu: { $total }.
doc-poll-no-options = Không có phương án nào.

## Chất lượng buổi sinh hoạt: trong biên bản và báo cáo quý, năm (điểm, mức và từ ngữ theo kế hoạch)

doc-quality-section = Chất lượng buổi sinh hoạt
doc-quality-remote = { $name } (từ xa)
doc-quality-attendance = Tỷ lệ đảng viên dự sinh hoạt: { $present }/{ $counted } ({ $percent }), { $points }/{ $max } điểm.
doc-quality-attendance-none = Tỷ lệ đảng viên dự sinh hoạt: không có đảng viên phải dự (không tính điểm).
doc-quality-length = Thời gian sinh hoạt: { $minutes } phút (tối thiểu { $minimum } phút), { $points }/{ $max } điểm.
doc-quality-agenda-yes = Nội dung thứ nhất của chương trình: “{ $item }”; là nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: có, { $points }/{ $max } điểm.
doc-quality-agenda-no = Nội dung thứ nhất của chương trình: “{ $item }”; là nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: không, { $points }/{ $max } điểm.
doc-quality-agenda-none = Nội dung thứ nhất của chương trình: chưa có chương trình sinh hoạt, { $points }/{ $max } điểm.
doc-quality-poll = Bình chọn sau buổi sinh hoạt: { $votes } phiếu, bình quân { $points }/{ $max } điểm.
doc-quality-poll-none = Bình chọn sau buổi sinh hoạt: không có (không tính điểm).
doc-quality-poll-no-votes = Bình chọn sau buổi sinh hoạt: không có phiếu nào (không tính điểm).
doc-quality-poll-open = Bình chọn sau buổi sinh hoạt: chưa kết thúc (chưa tính điểm).
doc-quality-score = Điểm chất lượng: { $score }/100, xếp loại { $level }.
doc-quality-score-scaled = Điểm chất lượng: { $score }/100 (quy đổi từ { $points }/{ $max } điểm của các tiêu chí đã có), xếp loại { $level }.
doc-quality-score-none = Điểm chất lượng: chưa tính được.
doc-quality-results-title = Chất lượng sinh hoạt chi bộ
doc-quality-results-summary = Số buổi sinh hoạt: { $count }; tỷ lệ đảng viên dự sinh hoạt (số lượt có mặt trên số lượt phải dự của các buổi): { $attendance }; điểm chất lượng bình quân: { $score }/100, xếp loại { $level }.
doc-quality-results-summary-unscored = Số buổi sinh hoạt: { $count }; tỷ lệ đảng viên dự sinh hoạt (số lượt có mặt trên số lượt phải dự của các buổi): { $attendance }; điểm chất lượng bình quân: chưa tính được.
doc-quality-points = { $points }/{ $max }
doc-quality-yes = Có
doc-quality-no = Không
doc-quality-no-agenda = Chưa có
doc-column-quality-attendance = Tỷ lệ dự
doc-column-quality-length = Thời gian (phút)
doc-column-quality-agenda = Nội dung thứ nhất là học tập và làm theo
doc-column-quality-poll = Bình chọn (điểm)
doc-column-quality-score = Điểm
doc-column-quality-level = Xếp loại

## Báo cáo kết quả quý, năm

doc-results-subtitle = Kết quả thực hiện việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh { $period }
doc-results-intro = Chi bộ báo cáo kết quả thực hiện việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh { $period } như sau:
doc-results-section-registration = Kết quả đăng ký kế hoạch học tập và làm theo
doc-results-section-meetings = Sinh hoạt chi bộ
doc-results-no-meetings = Không có buổi sinh hoạt nào được ghi nhận trong { $period }.
doc-results-meetings-count = Chi bộ đã tổ chức { $count } buổi sinh hoạt (định kỳ: { $regular }, chuyên đề: { $thematic }).
doc-results-attendance = Số lượt đảng viên dự sinh hoạt: { $present }/{ $counted } lượt phải dự, đạt { $percent }.
doc-results-section-polls = Kết quả lấy ý kiến, bình chọn
doc-results-no-polls = Không có cuộc bình chọn nào trong { $period }.
doc-results-section-assessment = Đánh giá chung
doc-results-strengths = Ưu điểm
doc-results-strength-registered = - { $registered }/{ $required } đồng chí phải đăng ký đã đăng ký kế hoạch học tập và làm theo, đạt { $percent }.
doc-results-strength-meetings = - Chi bộ đã tổ chức { $count } buổi sinh hoạt, trong đó { $thematic } buổi sinh hoạt chuyên đề; tỷ lệ đảng viên dự sinh hoạt đạt { $percent }.
doc-results-weaknesses = Hạn chế
doc-results-weakness-not-registered = - Còn { $count } đồng chí chưa đăng ký kế hoạch học tập và làm theo: { $names }.
doc-results-weakness-absent = - { $count } đồng chí vắng sinh hoạt không có lý do: { $names }.
doc-results-absent-times = { $name } ({ $times } buổi)
doc-results-weakness-no-meetings = - Không có buổi sinh hoạt nào được ghi nhận trong { $period }.
doc-results-weakness-no-thematic = - Chưa tổ chức buổi sinh hoạt chuyên đề nào trong { $period }.
doc-results-causes = Nguyên nhân
doc-results-section-direction = Phương hướng, nhiệm vụ { $period }
doc-results-next-topic = - Tổ chức sinh hoạt chuyên đề { $period } với chủ đề “{ $topic }”.
doc-results-next-annual-topic = - Học tập, quán triệt Chuyên đề { $period }: “{ $topic }”.
doc-results-next-not-registered = - Đôn đốc { $count } đồng chí chưa đăng ký hoàn thành việc đăng ký kế hoạch học tập và làm theo.
doc-results-closing = Trên đây là báo cáo kết quả thực hiện việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh { $period } của Chi bộ./.

## Báo cáo tổng hợp của đảng ủy

doc-rollup-subtitle = Tổng hợp kết quả đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và sinh hoạt chi bộ năm { $year }
doc-rollup-intro = Tính đến ngày { $day }, Đảng bộ có { $cells } chi bộ trực thuộc với { $members } đảng viên; trong đó đã đăng ký: { $registered } đồng chí, chưa đăng ký: { $missing } đồng chí, miễn đăng ký: { $exempt } đồng chí.
doc-rollup-section-cells = Kết quả của các chi bộ
doc-rollup-none = Không có chi bộ trực thuộc nào có số liệu.
doc-rollup-section-behind = Các chi bộ chậm tiến độ
doc-rollup-behind-intro = Các chi bộ dưới đây có tỷ lệ đăng ký thấp hơn tiến độ đề ra hoặc chưa tổ chức sinh hoạt trong quý này:
doc-rollup-none-behind = Không có chi bộ nào chậm tiến độ.
doc-rollup-closing = Trên đây là báo cáo tổng hợp kết quả đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và sinh hoạt chi bộ năm { $year } của Đảng ủy./.

## Báo cáo kết quả thực hiện kế hoạch của đảng viên (kèm bản tự kiểm điểm theo Hướng dẫn 43-HD/BTCTW)

doc-member-subtitle = Kết quả thực hiện kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm { $year }
doc-member-name = Họ và tên: { $name }.
doc-member-standing = Vai trò trong chi bộ: { $role }; đảng viên { $status }.
doc-member-intro = Thực hiện kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm { $year } đã đăng ký với Chi bộ, tôi báo cáo kết quả như sau:
doc-member-section-results = Kết quả thực hiện kế hoạch
doc-member-no-plan = Tôi chưa đăng ký kế hoạch học tập và làm theo năm { $year } với Chi bộ.
doc-member-planned = Nội dung đã đăng ký: { $plan }
doc-member-planned-none = Nội dung đã đăng ký: (chưa ghi)
doc-member-outcome = Kết quả: { $outcome }.
doc-member-done = Việc đã làm: { $text }
doc-member-done-none = Việc đã làm: (chưa ghi)
doc-member-why = Việc chưa làm được và lý do: { $why }
doc-member-not-reported = Chưa báo cáo kết quả phần này.
doc-member-progress = Tiến độ đã báo cáo trong năm:
doc-member-progress-line = - { $day }: { $status } — { $note }
doc-member-progress-line-plain = - { $day }: { $status }
doc-member-with-photo = { $line } (có ảnh minh chứng)
doc-member-section-level = Tự đánh giá, xếp loại
doc-member-level = Căn cứ { $rule }, tôi tự nhận mức xếp loại chất lượng: { $level }.
doc-member-level-none = Căn cứ { $rule }, tôi tự nhận mức xếp loại chất lượng:
doc-member-closing = Trên đây là báo cáo kết quả thực hiện kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm { $year } của tôi./.
doc-member-cell-confirms = XÁC NHẬN CỦA CHI BỘ
doc-member-signer = NGƯỜI BÁO CÁO
doc-outcome-done = Đã hoàn thành
doc-outcome-partly = Hoàn thành một phần
doc-outcome-notDone = Chưa hoàn thành
doc-progress-done = đã xong
doc-progress-underway = đang thực hiện
doc-progress-notYet = chưa thực hiện

## Báo cáo tổng kết năm của chi bộ: kết quả thực hiện kế hoạch, xếp loại, mô hình

doc-year-end-subtitle = Kết quả thực hiện kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, đánh giá, xếp loại đảng viên năm { $year }
doc-year-end-intro = Chi bộ báo cáo kết quả thực hiện kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh của đảng viên, kết quả đánh giá, xếp loại và mô hình của Chi bộ năm { $year } như sau:
doc-year-end-section-results = Kết quả thực hiện kế hoạch của đảng viên
doc-year-end-reported = Đã báo cáo kết quả: { $reported }/{ $required } đồng chí thuộc diện phải đăng ký, đạt { $percent }.
doc-year-end-reported-plain = Đã báo cáo kết quả: { $reported } đồng chí.
doc-year-end-not-reported = Chưa báo cáo kết quả: { $count } đồng chí, gồm các đồng chí: { $names }.
doc-year-end-section-levels = Kết quả đánh giá, xếp loại
doc-year-end-levels-intro = Căn cứ { $rule }, Chi bộ đã đánh giá, xếp loại { $graded }/{ $members } đồng chí:
doc-year-end-level = - { $level }: { $count } đồng chí, gồm các đồng chí: { $names }.
doc-year-end-level-none = - { $level }: { $count } đồng chí.
doc-year-end-level-waiting = - Chưa xếp loại: { $count } đồng chí, gồm các đồng chí: { $names }.
doc-year-end-section-model = Mô hình, việc làm theo Bác của Chi bộ
doc-year-end-no-model = Chi bộ chưa đăng ký mô hình, việc làm theo Bác trong năm.
doc-year-end-model-title = Tên mô hình: { $title }
doc-year-end-model-what = Nội dung: { $what }
doc-year-end-model-who = Người thực hiện: { $who }
doc-year-end-model-by = Thời hạn hoàn thành: { $day }.
doc-year-end-model-no-progress = (chưa báo cáo)
doc-column-quarter = Quý
doc-column-model-progress = Kết quả thực hiện
doc-year-end-closing = Trên đây là báo cáo kết quả thực hiện kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, đánh giá, xếp loại đảng viên năm { $year } của Chi bộ./.

## Danh sách đề nghị biểu dương (theo mẫu 03)

doc-nominations-title = Danh sách
doc-nominations-subtitle = Đề nghị biểu dương tập thể, cá nhân điển hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh { $round }
doc-nominations-round-midterm = dịp sơ kết năm { $year }
doc-nominations-round-yearEnd = dịp tổng kết năm { $year }
doc-nominations-intro = Qua bình xét, Chi bộ đề nghị biểu dương { $round } các tập thể, cá nhân sau:
doc-nominations-draft = DỰ THẢO: Bí thư chi bộ chưa chốt danh sách; dưới đây là mọi đề nghị của đảng viên { $round }, kèm số phiếu tán thành.
doc-nominations-section-collectives = Tập thể
doc-nominations-section-individuals = Cá nhân
doc-nominations-no-collectives = Không có tập thể nào được đề nghị.
doc-nominations-no-individuals = Không có cá nhân nào được đề nghị.
doc-column-collective = Tên tập thể
doc-column-achievements = Thành tích tiêu biểu
doc-column-support = Số phiếu tán thành

## Tổng hợp của đảng ủy: cuối năm

doc-rollup-section-year-end = Kết quả thực hiện kế hoạch, xếp loại, mô hình và biểu dương
doc-rollup-year-end-intro = Số đảng viên đã báo cáo kết quả thực hiện kế hoạch trên số phải đăng ký, số đảng viên theo mức xếp loại chi bộ đã thống nhất, mô hình của chi bộ và số tập thể, cá nhân chi bộ đã chốt đề nghị biểu dương:
doc-column-results-reported = Báo cáo kết quả
doc-column-model = Mô hình
doc-column-nominated-individuals = Biểu dương cá nhân
doc-column-nominated-collectives = Biểu dương tập thể
doc-rollup-no-model = Chưa đăng ký
doc-rollup-models = { $count }/{ $cells } chi bộ có mô hình

## Trong chat: /tonghop cuối năm, /xuatbaocao, báo cáo kết quả của đảng viên

tonghop-cell-year-end = { "   " }kết quả { $reported }/{ $required }; xếp loại: { $excellent } xuất sắc, { $good } tốt, { $done } hoàn thành, { $notDone } không hoàn thành; mô hình: { $model }; biểu dương: { $individuals } cá nhân, { $collectives } tập thể
tonghop-no-model = chưa đăng ký
tonghop-totals-year-end = Cộng: kết quả { $reported }/{ $required }; xếp loại: { $excellent } xuất sắc, { $good } tốt, { $done } hoàn thành, { $notDone } không hoàn thành; { $models }/{ $cells } chi bộ có mô hình; biểu dương: { $individuals } cá nhân, { $collectives } tập thể.
xuatbaocao-choice-yearEnd = 📄 Báo cáo tổng kết năm { $year }: kết quả thực hiện kế hoạch, xếp loại, mô hình (Word)
xuatbaocao-choice-nominations-midterm = 📄 Danh sách đề nghị biểu dương dịp sơ kết năm { $year } (Word)
xuatbaocao-choice-nominations-yearEnd = 📄 Danh sách đề nghị biểu dương dịp tổng kết năm { $year } (Word)
xuatbaocao-file-yearEnd = Báo cáo tổng kết năm { $year }: kết quả thực hiện kế hoạch của đảng viên, mức xếp loại chi bộ đã thống nhất, mô hình của chi bộ, sinh hoạt. Văn bản có tên đảng viên và mức xếp loại: chỉ nộp lên cấp ủy, không chuyển vào nhóm.
xuatbaocao-file-nominations = Danh sách đề nghị biểu dương năm { $year } ({ $round }), theo mẫu 03. Xin kiểm tra, ký rồi gửi cấp ủy cấp trên.
xuatbaocao-no-nominations = Năm { $year } chi bộ chưa có đề nghị biểu dương nào, nên chưa có danh sách.
member-results-file = Báo cáo kết quả thực hiện kế hoạch năm { $year } của đồng chí, để đính kèm bản tự kiểm điểm. Xin kiểm tra, ký tên rồi nộp chi bộ.
