//! Why an option fits, partly fits or does not fit an answer: the decision
//! of which sentence to show. The sentences are the catalogue's
//! `[options.reasons]`; the fit itself is `fit::fit`, with its sources.

use crate::text::options::OptionsText;

use super::{Answer, OptionId, WhatMatters};

impl OptionsText {
    /// One line on why `option` fits, partly fits or does not fit `answer`
    /// to `question`; nothing for "Not sure".
    pub fn fit_reason(
        &self,
        question: WhatMatters,
        answer: Answer,
        option: OptionId,
    ) -> &'static str {
        use OptionId::{Mix, One, Three, Two};
        use WhatMatters::*;
        let r = self.reasons;
        match (answer, question, option) {
            (Answer::NotSure, _, _) => "",

            (Answer::Yes, ChooseWhoSupports, One) => r.you_choose_who,
            (Answer::Yes, ChooseWhoSupports, Two) => r.you_choose_provider,
            (Answer::Yes, ChooseWhoSupports, Three) => r.council_chooses_you_say,
            (Answer::Yes, ChooseWhoSupports, Mix) => r.you_choose_option_1_and_2_parts,
            (Answer::No, ChooseWhoSupports, One) => r.you_would_choose_all,
            (Answer::No, ChooseWhoSupports, Two) => r.provider_arranges_the_rest,
            (Answer::No, ChooseWhoSupports, Three) => r.council_chooses_with_you,
            (Answer::No, ChooseWhoSupports, Mix) => r.council_can_arrange_some_parts,

            (Answer::Yes, EmployOwnPa, One) => r.only_direct_payment_employs,
            (Answer::Yes, EmployOwnPa, Two) => r.provider_employs_not_you,
            (Answer::Yes, EmployOwnPa, Three) => r.council_employs_not_you,
            (Answer::Yes, EmployOwnPa, Mix) => r.employ_for_direct_payment_part,
            (Answer::No, EmployOwnPa, One) => r.no_need_to_employ,
            (Answer::No, EmployOwnPa, Two) => r.provider_employs,
            (Answer::No, EmployOwnPa, Three) => r.council_employs,
            (Answer::No, EmployOwnPa, Mix) => r.employ_only_if_you_choose,

            (Answer::Yes, SomeoneElseDoesPaperwork, One) => r.you_keep_records,
            (Answer::Yes, SomeoneElseDoesPaperwork, Two) => r.council_or_provider_keeps_records,
            (Answer::Yes, SomeoneElseDoesPaperwork, Three) => r.council_keeps_records,
            (Answer::Yes, SomeoneElseDoesPaperwork, Mix) => r.paperwork_for_direct_payment_part,
            (Answer::No, SomeoneElseDoesPaperwork, One) => r.happy_to_keep_records,
            (Answer::No, SomeoneElseDoesPaperwork, Two) => r.choose_without_paperwork,
            (Answer::No, SomeoneElseDoesPaperwork, Three) => r.choose_without_paperwork,
            (Answer::No, SomeoneElseDoesPaperwork, Mix) => r.hold_money_for_some_parts,

            (Answer::Yes, CoverWhenOff, One) => r.you_arrange_cover,
            (Answer::Yes, CoverWhenOff, Two) => r.provider_arranges_cover,
            (Answer::Yes, CoverWhenOff, Three) => r.council_arranges_cover,
            (Answer::Yes, CoverWhenOff, Mix) => r.provider_or_council_covers_a_pa,
            (Answer::No, CoverWhenOff, One) => r.plan_for_pa_holidays,
            (Answer::No, CoverWhenOff, Two) => r.provider_arranges_cover_anyway,
            (Answer::No, CoverWhenOff, Three) => r.council_arranges_cover_anyway,
            (Answer::No, CoverWhenOff, Mix) => r.each_part_covered_as_its_option,

            (Answer::Yes, OneOffThings, One) => r.direct_payment_buys_one_off,
            (Answer::Yes, OneOffThings, Two) => r.one_off_depends_on_provider,
            (Answer::Yes, OneOffThings, Three) => r.council_decides_how_to_meet_need,
            (Answer::Yes, OneOffThings, Mix) => r.direct_payment_part_buys_one_off,
            (Answer::No, OneOffThings, One) => r.direct_payment_pays_for_support,
            (Answer::No, OneOffThings, Two) => r.provider_gives_support,
            (Answer::No, OneOffThings, Three) => r.council_arranges_services,
            (Answer::No, OneOffThings, Mix) => r.each_part_pays_for_plan,

            (Answer::Yes, FewServicesNearby, One) => r.not_limited_to_local_services,
            (Answer::Yes, FewServicesNearby, Two) => r.only_providers_in_your_area,
            (Answer::Yes, FewServicesNearby, Three) => r.council_only_services_near_you,
            (Answer::Yes, FewServicesNearby, Mix) => r.fill_gaps_another_way,
            (Answer::No, FewServicesNearby, One) => r.buy_from_services_near_you,
            (Answer::No, FewServicesNearby, Two) => r.providers_near_you,
            (Answer::No, FewServicesNearby, Three) => r.council_has_services_near_you,
            (Answer::No, FewServicesNearby, Mix) => r.services_near_you_for_any_part,

            (Answer::Yes, YoungPersonManages, One) => r.young_person_decides,
            (Answer::Yes, YoungPersonManages, Two) => r.young_person_directs,
            (Answer::Yes, YoungPersonManages, Three) => r.young_person_views_shape,
            (Answer::Yes, YoungPersonManages, Mix) => r.young_person_runs_one_part,
            (Answer::No, YoungPersonManages, One) => r.you_manage_direct_payment,
            (Answer::No, YoungPersonManages, Two) => r.provider_arranges_with_you,
            (Answer::No, YoungPersonManages, Three) => r.council_arranges_with_you,
            (Answer::No, YoungPersonManages, Mix) => r.you_manage_every_part,

            (Answer::Yes, ChangeAtShortNotice, One) => r.you_agree_times,
            (Answer::Yes, ChangeAtShortNotice, Two) => r.ask_the_provider,
            (Answer::Yes, ChangeAtShortNotice, Three) => r.changes_go_through_council,
            (Answer::Yes, ChangeAtShortNotice, Mix) => r.change_direct_payment_part,
            (Answer::No, ChangeAtShortNotice, One) => r.keep_set_times,
            (Answer::No, ChangeAtShortNotice, Two) => r.set_times_with_provider,
            (Answer::No, ChangeAtShortNotice, Three) => r.set_times_with_council,
            (Answer::No, ChangeAtShortNotice, Mix) => r.set_times_for_each_part,
        }
    }
}
