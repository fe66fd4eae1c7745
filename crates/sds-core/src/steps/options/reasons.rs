//! Why an option fits, partly fits or does not fit an answer: the decision
//! of which sentence to show. The sentences are the catalogue's
//! `[options.reasons]`; the fit itself is `fit::fit`, with its sources.

use crate::text::options::{OptionsText, Reason};

use super::{Answer, WhatMatters};
use crate::vocabulary::SdsOption;

impl OptionsText {
    /// One line on why `option` fits, partly fits or does not fit `answer`
    /// to `question`; nothing for "Not sure".
    pub fn fit_reason(
        &self,
        question: WhatMatters,
        answer: Answer,
        option: SdsOption,
    ) -> &'static str {
        use SdsOption::{Option1 as One, Option2 as Two, Option3 as Three, Option4 as Mix};
        use WhatMatters::*;
        let key = match (answer, question, option) {
            (Answer::NotSure, _, _) => return "",

            (Answer::Yes, ChooseWhoSupports, One) => Reason::YouChooseWho,
            (Answer::Yes, ChooseWhoSupports, Two) => Reason::YouChooseProvider,
            (Answer::Yes, ChooseWhoSupports, Three) => Reason::CouncilChoosesYouSay,
            (Answer::Yes, ChooseWhoSupports, Mix) => Reason::YouChooseOption1And2Parts,
            (Answer::No, ChooseWhoSupports, One) => Reason::YouWouldChooseAll,
            (Answer::No, ChooseWhoSupports, Two) => Reason::ProviderArrangesTheRest,
            (Answer::No, ChooseWhoSupports, Three) => Reason::CouncilChoosesWithYou,
            (Answer::No, ChooseWhoSupports, Mix) => Reason::CouncilCanArrangeSomeParts,

            (Answer::Yes, EmployOwnPa, One) => Reason::OnlyDirectPaymentEmploys,
            (Answer::Yes, EmployOwnPa, Two) => Reason::ProviderEmploysNotYou,
            (Answer::Yes, EmployOwnPa, Three) => Reason::CouncilEmploysNotYou,
            (Answer::Yes, EmployOwnPa, Mix) => Reason::EmployForDirectPaymentPart,
            (Answer::No, EmployOwnPa, One) => Reason::NoNeedToEmploy,
            (Answer::No, EmployOwnPa, Two) => Reason::ProviderEmploys,
            (Answer::No, EmployOwnPa, Three) => Reason::CouncilEmploys,
            (Answer::No, EmployOwnPa, Mix) => Reason::EmployOnlyIfYouChoose,

            (Answer::Yes, SomeoneElseDoesPaperwork, One) => Reason::YouKeepRecords,
            (Answer::Yes, SomeoneElseDoesPaperwork, Two) => Reason::CouncilOrProviderKeepsRecords,
            (Answer::Yes, SomeoneElseDoesPaperwork, Three) => Reason::CouncilKeepsRecords,
            (Answer::Yes, SomeoneElseDoesPaperwork, Mix) => Reason::PaperworkForDirectPaymentPart,
            (Answer::No, SomeoneElseDoesPaperwork, One) => Reason::HappyToKeepRecords,
            (Answer::No, SomeoneElseDoesPaperwork, Two) => Reason::ChooseWithoutPaperwork,
            (Answer::No, SomeoneElseDoesPaperwork, Three) => Reason::ChooseWithoutPaperwork,
            (Answer::No, SomeoneElseDoesPaperwork, Mix) => Reason::HoldMoneyForSomeParts,

            (Answer::Yes, CoverWhenOff, One) => Reason::YouArrangeCover,
            (Answer::Yes, CoverWhenOff, Two) => Reason::ProviderArrangesCover,
            (Answer::Yes, CoverWhenOff, Three) => Reason::CouncilArrangesCover,
            (Answer::Yes, CoverWhenOff, Mix) => Reason::ProviderOrCouncilCoversAPa,
            (Answer::No, CoverWhenOff, One) => Reason::PlanForPaHolidays,
            (Answer::No, CoverWhenOff, Two) => Reason::ProviderArrangesCoverAnyway,
            (Answer::No, CoverWhenOff, Three) => Reason::CouncilArrangesCoverAnyway,
            (Answer::No, CoverWhenOff, Mix) => Reason::EachPartCoveredAsItsOption,

            (Answer::Yes, OneOffThings, One) => Reason::DirectPaymentBuysOneOff,
            (Answer::Yes, OneOffThings, Two) => Reason::OneOffDependsOnProvider,
            (Answer::Yes, OneOffThings, Three) => Reason::CouncilDecidesHowToMeetNeed,
            (Answer::Yes, OneOffThings, Mix) => Reason::DirectPaymentPartBuysOneOff,
            (Answer::No, OneOffThings, One) => Reason::DirectPaymentPaysForSupport,
            (Answer::No, OneOffThings, Two) => Reason::ProviderGivesSupport,
            (Answer::No, OneOffThings, Three) => Reason::CouncilArrangesServices,
            (Answer::No, OneOffThings, Mix) => Reason::EachPartPaysForPlan,

            (Answer::Yes, FewServicesNearby, One) => Reason::NotLimitedToLocalServices,
            (Answer::Yes, FewServicesNearby, Two) => Reason::OnlyProvidersInYourArea,
            (Answer::Yes, FewServicesNearby, Three) => Reason::CouncilOnlyServicesNearYou,
            (Answer::Yes, FewServicesNearby, Mix) => Reason::FillGapsAnotherWay,
            (Answer::No, FewServicesNearby, One) => Reason::BuyFromServicesNearYou,
            (Answer::No, FewServicesNearby, Two) => Reason::ProvidersNearYou,
            (Answer::No, FewServicesNearby, Three) => Reason::CouncilHasServicesNearYou,
            (Answer::No, FewServicesNearby, Mix) => Reason::ServicesNearYouForAnyPart,

            (Answer::Yes, YoungPersonManages, One) => Reason::YoungPersonDecides,
            (Answer::Yes, YoungPersonManages, Two) => Reason::YoungPersonDirects,
            (Answer::Yes, YoungPersonManages, Three) => Reason::YoungPersonViewsShape,
            (Answer::Yes, YoungPersonManages, Mix) => Reason::YoungPersonRunsOnePart,
            (Answer::No, YoungPersonManages, One) => Reason::YouManageDirectPayment,
            (Answer::No, YoungPersonManages, Two) => Reason::ProviderArrangesWithYou,
            (Answer::No, YoungPersonManages, Three) => Reason::CouncilArrangesWithYou,
            (Answer::No, YoungPersonManages, Mix) => Reason::YouManageEveryPart,

            (Answer::Yes, ChangeAtShortNotice, One) => Reason::YouAgreeTimes,
            (Answer::Yes, ChangeAtShortNotice, Two) => Reason::AskTheProvider,
            (Answer::Yes, ChangeAtShortNotice, Three) => Reason::ChangesGoThroughCouncil,
            (Answer::Yes, ChangeAtShortNotice, Mix) => Reason::ChangeDirectPaymentPart,
            (Answer::No, ChangeAtShortNotice, One) => Reason::KeepSetTimes,
            (Answer::No, ChangeAtShortNotice, Two) => Reason::SetTimesWithProvider,
            (Answer::No, ChangeAtShortNotice, Three) => Reason::SetTimesWithCouncil,
            (Answer::No, ChangeAtShortNotice, Mix) => Reason::SetTimesForEachPart,
        };
        self.reasons.get(key)
    }
}
