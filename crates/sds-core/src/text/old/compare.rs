//! Throwaway: the generated English catalogue says exactly what the old
//! hand-written one said, field by field and for sample arguments.

use super as old;
use super::super::EN;

#[test]
#[allow(clippy::too_many_lines)]
fn the_generated_catalogue_says_what_the_old_one_said() {
    assert_eq!(old::EN.app_name, EN.app_name);
    assert_eq!(old::EN.loading, EN.loading);
    assert_eq!(old::EN.hub_title, EN.hub_title);
    assert_eq!(old::EN.hub_intro, EN.hub_intro);
    assert_eq!(EN.hub_intro.len(), 4);
    assert_eq!(old::EN.hub_sections_heading, EN.hub_sections_heading);
    assert_eq!((old::EN.hub_progress)(0, 0), EN.hub_progress(0, 0));
    assert_eq!((old::EN.hub_progress)(1, 1), EN.hub_progress(1, 1));
    assert_eq!((old::EN.hub_progress)(2, 2), EN.hub_progress(2, 2));
    assert_eq!((old::EN.hub_progress)(7, 7), EN.hub_progress(7, 7));
    assert_eq!((old::EN.hub_progress)(52, 52), EN.hub_progress(52, 52));
    assert_eq!(
        (old::EN.hub_progress)(1234, 1234),
        EN.hub_progress(1234, 1234)
    );
    assert_eq!(
        (old::EN.hub_progress)(2000, 2000),
        EN.hub_progress(2000, 2000)
    );
    assert_eq!(old::EN.status_not_started, EN.status_not_started);
    assert_eq!(old::EN.status_in_progress, EN.status_in_progress);
    assert_eq!(old::EN.status_completed, EN.status_completed);
    assert_eq!(old::EN.status_cannot_start, EN.status_cannot_start);
    assert_eq!(old::EN.section_about_us, EN.section_about_us);
    assert_eq!(old::EN.section_about_us_hint, EN.section_about_us_hint);
    assert_eq!(old::EN.section_our_story, EN.section_our_story);
    assert_eq!(old::EN.section_our_story_hint, EN.section_our_story_hint);
    assert_eq!(old::EN.section_outcomes, EN.section_outcomes);
    assert_eq!(old::EN.section_outcomes_hint, EN.section_outcomes_hint);
    assert_eq!(old::EN.section_options, EN.section_options);
    assert_eq!(old::EN.section_options_hint, EN.section_options_hint);
    assert_eq!(old::EN.section_support, EN.section_support);
    assert_eq!(old::EN.section_support_hint, EN.section_support_hint);
    assert_eq!(old::EN.section_summary, EN.section_summary);
    assert_eq!(old::EN.section_summary_hint, EN.section_summary_hint);
    assert_eq!((old::EN.plan_for)("‹a›"), EN.plan_for("‹a›"));
    assert_eq!(old::EN.saving_heading, EN.saving_heading);
    assert_eq!(old::EN.saved_on_device, EN.saved_on_device);
    assert_eq!(old::EN.saved_on_device_hint, EN.saved_on_device_hint);
    assert_eq!(old::EN.not_saving, EN.not_saving);
    assert_eq!(old::EN.not_saving_hint, EN.not_saving_hint);
    assert_eq!(old::EN.delete_everything, EN.delete_everything);
    assert_eq!(old::EN.delete_title, EN.delete_title);
    assert_eq!(old::EN.delete_body, EN.delete_body);
    assert_eq!(EN.delete_body.len(), 2);
    assert_eq!(old::EN.delete_confirm, EN.delete_confirm);
    assert_eq!(old::EN.delete_cancel, EN.delete_cancel);
    assert_eq!(old::EN.notice_heading, EN.notice_heading);
    assert_eq!(old::EN.notice_broken_data, EN.notice_broken_data);
    assert_eq!(old::EN.notice_newer_version, EN.notice_newer_version);
    assert_eq!(old::EN.notice_deleted, EN.notice_deleted);
    assert_eq!(old::EN.notice_dismiss, EN.notice_dismiss);
    assert_eq!(old::EN.about_title, EN.about_title);
    assert_eq!(old::EN.about_intro, EN.about_intro);
    assert_eq!(old::EN.child_name_label, EN.child_name_label);
    assert_eq!(old::EN.child_name_hint, EN.child_name_hint);
    assert_eq!(old::EN.age_label, EN.age_label);
    assert_eq!(old::EN.age_hint, EN.age_hint);
    assert_eq!(old::EN.age_suffix, EN.age_suffix);
    assert_eq!(old::EN.filler_label, EN.filler_label);
    assert_eq!(old::EN.filler_parent, EN.filler_parent);
    assert_eq!(old::EN.filler_young_person, EN.filler_young_person);
    assert_eq!(old::EN.filler_support_worker, EN.filler_support_worker);
    assert_eq!(old::EN.council_label, EN.council_label);
    assert_eq!(old::EN.council_hint, EN.council_hint);
    assert_eq!(old::EN.council_choose, EN.council_choose);
    assert_eq!(old::EN.decisions_heading, EN.decisions_heading);
    assert_eq!(old::EN.decisions_under_16, EN.decisions_under_16);
    assert_eq!(old::EN.decisions_16_17, EN.decisions_16_17);
    assert_eq!(old::EN.decisions_adult, EN.decisions_adult);
    assert_eq!(old::EN.transition_from_14, EN.transition_from_14);
    assert_eq!(old::EN.transition_16_17, EN.transition_16_17);
    assert_eq!(old::EN.save_and_continue, EN.save_and_continue);
    assert_eq!(old::EN.back_to_plan, EN.back_to_plan);
    assert_eq!(old::EN.error_summary_title, EN.error_summary_title);
    assert_eq!(old::EN.error_prefix, EN.error_prefix);
    assert_eq!(old::EN.error_age_missing, EN.error_age_missing);
    assert_eq!(
        old::EN.error_age_not_whole_number,
        EN.error_age_not_whole_number
    );
    assert_eq!(old::EN.error_age_out_of_range, EN.error_age_out_of_range);
    assert_eq!(old::EN.error_name_too_long, EN.error_name_too_long);
    assert_eq!(old::EN.error_filler_missing, EN.error_filler_missing);
    assert_eq!(old::EN.error_council_missing, EN.error_council_missing);
    assert_eq!(old::EN.noscript, EN.noscript);
    assert_eq!(old::EN.files_heading, EN.files_heading);
    assert_eq!(old::EN.files_intro, EN.files_intro);
    assert_eq!(old::EN.save_copy, EN.save_copy);
    assert_eq!(old::EN.open_saved, EN.open_saved);
    assert_eq!(old::EN.open_saved_hint, EN.open_saved_hint);
    assert_eq!(old::EN.notice_file_opened, EN.notice_file_opened);
    assert_eq!(old::EN.notice_file_not_opened, EN.notice_file_not_opened);
    assert_eq!(old::EN.notice_plan_unchanged, EN.notice_plan_unchanged);
    assert_eq!(old::EN.file_empty, EN.file_empty);
    assert_eq!(old::EN.file_too_large, EN.file_too_large);
    assert_eq!(old::EN.file_not_json, EN.file_not_json);
    assert_eq!(old::EN.file_not_a_plan, EN.file_not_a_plan);
    assert_eq!(old::EN.file_newer_version, EN.file_newer_version);
    assert_eq!(old::EN.file_wrong_types, EN.file_wrong_types);
    assert_eq!(old::EN.file_out_of_range, EN.file_out_of_range);
    assert_eq!(old::EN.file_could_not_read, EN.file_could_not_read);
    assert_eq!(old::EN.replace_title, EN.replace_title);
    assert_eq!(old::EN.replace_body, EN.replace_body);
    assert_eq!(EN.replace_body.len(), 2);
    assert_eq!(old::EN.replace_save_first, EN.replace_save_first);
    assert_eq!(old::EN.replace_confirm, EN.replace_confirm);
    assert_eq!(old::EN.replace_cancel, EN.replace_cancel);
    assert_eq!(old::EN.session_on, EN.session_on);
    assert_eq!(old::EN.session_on_hint, EN.session_on_hint);
    assert_eq!(old::EN.start_session, EN.start_session);
    assert_eq!(old::EN.start_session_title, EN.start_session_title);
    assert_eq!(old::EN.start_session_body, EN.start_session_body);
    assert_eq!(EN.start_session_body.len(), 3);
    assert_eq!(old::EN.start_session_confirm, EN.start_session_confirm);
    assert_eq!(old::EN.end_session, EN.end_session);
    assert_eq!(old::EN.end_session_title, EN.end_session_title);
    assert_eq!(old::EN.end_session_body, EN.end_session_body);
    assert_eq!(EN.end_session_body.len(), 2);
    assert_eq!(old::EN.end_session_confirm, EN.end_session_confirm);
    assert_eq!(old::EN.notice_session_started, EN.notice_session_started);
    assert_eq!(old::EN.notice_session_ended, EN.notice_session_ended);
    assert_eq!(old::EN.go_back, EN.go_back);
    assert_eq!(old::EN.local_heading, EN.local_heading);
    assert_eq!(
        (old::EN.local_council_contact)("‹a›"),
        EN.local_council_contact("‹a›")
    );
    assert_eq!(old::EN.local_phone, EN.local_phone);
    assert_eq!(old::EN.local_email, EN.local_email);
    assert_eq!(old::EN.local_web, EN.local_web);
    assert_eq!(
        old::EN.local_support_organisations,
        EN.local_support_organisations
    );
    assert_eq!(
        old::EN.local_support_organisations_hint,
        EN.local_support_organisations_hint
    );
    assert_eq!(old::EN.local_advocacy, EN.local_advocacy);
    assert_eq!(old::EN.local_advocacy_hint, EN.local_advocacy_hint);
    assert_eq!(old::EN.local_eligibility, EN.local_eligibility);
    assert_eq!(old::EN.local_info_incomplete, EN.local_info_incomplete);
    assert_eq!(old::EN.privacy_link, EN.privacy_link);
    assert_eq!(old::EN.privacy_title, EN.privacy_title);
    assert_eq!(EN.privacy_sections.len(), 3);
    assert_eq!(
        old::EN.privacy_sections[0].0,
        EN.privacy_sections[0].heading
    );
    assert_eq!(
        old::EN.privacy_sections[0].1,
        EN.privacy_sections[0].paragraphs
    );
    assert_eq!(
        old::EN.privacy_sections[1].0,
        EN.privacy_sections[1].heading
    );
    assert_eq!(
        old::EN.privacy_sections[1].1,
        EN.privacy_sections[1].paragraphs
    );
    assert_eq!(
        old::EN.privacy_sections[2].0,
        EN.privacy_sections[2].heading
    );
    assert_eq!(
        old::EN.privacy_sections[2].1,
        EN.privacy_sections[2].paragraphs
    );
    assert_eq!(old::EN.story.title, EN.story.title);
    assert_eq!(old::EN.story.overview_intro, EN.story.overview_intro);
    assert_eq!(EN.story.overview_intro.len(), 2);
    assert_eq!(old::EN.story.pages_heading, EN.story.pages_heading);
    assert_eq!(
        old::EN.story.optional_pages_heading,
        EN.story.optional_pages_heading
    );
    assert_eq!(
        old::EN.story.optional_pages_hint,
        EN.story.optional_pages_hint
    );
    assert_eq!(
        old::EN.story.page_status_not_started,
        EN.story.page_status_not_started
    );
    assert_eq!(
        old::EN.story.page_status_started,
        EN.story.page_status_started
    );
    assert_eq!(old::EN.story.day_title_child, EN.story.day_title_child);
    assert_eq!(old::EN.story.day_title_parent, EN.story.day_title_parent);
    assert_eq!(old::EN.story.day_title_sibling, EN.story.day_title_sibling);
    assert_eq!(old::EN.story.day_intro_child, EN.story.day_intro_child);
    assert_eq!(old::EN.story.day_intro_parent, EN.story.day_intro_parent);
    assert_eq!(old::EN.story.day_intro_sibling, EN.story.day_intro_sibling);
    assert_eq!(
        old::EN.story.difference_title_child,
        EN.story.difference_title_child
    );
    assert_eq!(
        old::EN.story.difference_title_parent,
        EN.story.difference_title_parent
    );
    assert_eq!(
        old::EN.story.difference_title_sibling,
        EN.story.difference_title_sibling
    );
    assert_eq!(old::EN.story.difference_intro, EN.story.difference_intro);
    assert_eq!(old::EN.story.part_morning, EN.story.part_morning);
    assert_eq!(old::EN.story.part_morning_hint, EN.story.part_morning_hint);
    assert_eq!(old::EN.story.part_daytime, EN.story.part_daytime);
    assert_eq!(old::EN.story.part_daytime_hint, EN.story.part_daytime_hint);
    assert_eq!(old::EN.story.part_after_school, EN.story.part_after_school);
    assert_eq!(
        old::EN.story.part_after_school_hint,
        EN.story.part_after_school_hint
    );
    assert_eq!(old::EN.story.part_evening, EN.story.part_evening);
    assert_eq!(old::EN.story.part_evening_hint, EN.story.part_evening_hint);
    assert_eq!(old::EN.story.part_night, EN.story.part_night);
    assert_eq!(old::EN.story.part_night_hint, EN.story.part_night_hint);
    assert_eq!(old::EN.story.part_weekends, EN.story.part_weekends);
    assert_eq!(
        old::EN.story.part_weekends_hint,
        EN.story.part_weekends_hint
    );
    assert_eq!(old::EN.story.good_day_label, EN.story.good_day_label);
    assert_eq!(old::EN.story.bad_day_label, EN.story.bad_day_label);
    assert_eq!(old::EN.story.difference_label, EN.story.difference_label);
    assert_eq!(old::EN.story.difference_hint, EN.story.difference_hint);
    assert_eq!(
        old::EN.story.more_good_days_label,
        EN.story.more_good_days_label
    );
    assert_eq!(
        old::EN.story.more_good_days_hint,
        EN.story.more_good_days_hint
    );
    assert_eq!(old::EN.story.words_title, EN.story.words_title);
    assert_eq!(old::EN.story.words_intro, EN.story.words_intro);
    assert_eq!(old::EN.story.likes_label, EN.story.likes_label);
    assert_eq!(old::EN.story.likes_hint, EN.story.likes_hint);
    assert_eq!(old::EN.story.dislikes_label, EN.story.dislikes_label);
    assert_eq!(old::EN.story.dislikes_hint, EN.story.dislikes_hint);
    assert_eq!(old::EN.story.hard_label, EN.story.hard_label);
    assert_eq!(old::EN.story.hard_hint, EN.story.hard_hint);
    assert_eq!(old::EN.story.more_of_label, EN.story.more_of_label);
    assert_eq!(old::EN.story.more_of_hint, EN.story.more_of_hint);
    assert_eq!(old::EN.story.feelings_heading, EN.story.feelings_heading);
    assert_eq!(old::EN.story.feelings_hint, EN.story.feelings_hint);
    assert_eq!(old::EN.story.feeling_home, EN.story.feeling_home);
    assert_eq!(old::EN.story.feeling_school, EN.story.feeling_school);
    assert_eq!(old::EN.story.feeling_friends, EN.story.feeling_friends);
    assert_eq!(old::EN.story.feeling_out, EN.story.feeling_out);
    assert_eq!(old::EN.story.feeling_happy, EN.story.feeling_happy);
    assert_eq!(old::EN.story.feeling_not_sure, EN.story.feeling_not_sure);
    assert_eq!(old::EN.story.feeling_unhappy, EN.story.feeling_unhappy);
    assert_eq!(old::EN.story.important_title, EN.story.important_title);
    assert_eq!(old::EN.story.important_intro, EN.story.important_intro);
    assert_eq!(
        old::EN.story.important_to_label,
        EN.story.important_to_label
    );
    assert_eq!(old::EN.story.important_to_hint, EN.story.important_to_hint);
    assert_eq!(
        old::EN.story.important_for_label,
        EN.story.important_for_label
    );
    assert_eq!(
        old::EN.story.important_for_hint,
        EN.story.important_for_hint
    );
    assert_eq!(old::EN.story.strengths_title, EN.story.strengths_title);
    assert_eq!(old::EN.story.strengths_intro, EN.story.strengths_intro);
    assert_eq!(
        old::EN.story.child_strengths_label,
        EN.story.child_strengths_label
    );
    assert_eq!(
        old::EN.story.child_strengths_hint,
        EN.story.child_strengths_hint
    );
    assert_eq!(
        old::EN.story.family_strengths_label,
        EN.story.family_strengths_label
    );
    assert_eq!(
        old::EN.story.family_strengths_hint,
        EN.story.family_strengths_hint
    );
    assert_eq!(old::EN.story.people_title, EN.story.people_title);
    assert_eq!(old::EN.story.people_intro, EN.story.people_intro);
    assert_eq!(old::EN.story.people_label, EN.story.people_label);
    assert_eq!(old::EN.story.people_hint, EN.story.people_hint);
    assert_eq!(old::EN.story.working_title, EN.story.working_title);
    assert_eq!(old::EN.story.working_intro, EN.story.working_intro);
    assert_eq!(old::EN.story.working_label, EN.story.working_label);
    assert_eq!(old::EN.story.working_hint, EN.story.working_hint);
    assert_eq!(old::EN.story.not_working_label, EN.story.not_working_label);
    assert_eq!(old::EN.story.not_working_hint, EN.story.not_working_hint);
    assert_eq!(old::EN.story.finished_question, EN.story.finished_question);
    assert_eq!(old::EN.story.finished_yes, EN.story.finished_yes);
    assert_eq!(old::EN.story.finished_no, EN.story.finished_no);
    assert_eq!(old::EN.story.continue_button, EN.story.continue_button);
    assert_eq!(old::EN.story.optional, EN.story.optional);
    assert_eq!(old::EN.story.back_to_story, EN.story.back_to_story);
    assert_eq!(old::EN.story.error_too_long, EN.story.error_too_long);
    for x in [0usize, 1, 2, 5, 2000] {
        assert_eq!(
            (old::EN.story.characters_over)(x),
            EN.story.characters_over(x)
        );
    }
    assert_eq!(old::EN.outcomes.title, EN.outcomes.title);
    assert_eq!(old::EN.outcomes.intro, EN.outcomes.intro);
    assert_eq!(EN.outcomes.intro.len(), 2);
    assert_eq!(
        old::EN.outcomes.your_outcomes_heading,
        EN.outcomes.your_outcomes_heading
    );
    assert_eq!(
        old::EN.outcomes.no_outcomes_yet,
        EN.outcomes.no_outcomes_yet
    );
    assert_eq!(old::EN.outcomes.add_outcome, EN.outcomes.add_outcome);
    assert_eq!(
        old::EN.outcomes.add_another_outcome,
        EN.outcomes.add_another_outcome
    );
    assert_eq!(old::EN.outcomes.limit_reached, EN.outcomes.limit_reached);
    assert_eq!(old::EN.outcomes.change, EN.outcomes.change);
    assert_eq!(old::EN.outcomes.remove, EN.outcomes.remove);
    assert_eq!(old::EN.outcomes.remove_title, EN.outcomes.remove_title);
    assert_eq!(old::EN.outcomes.remove_yes, EN.outcomes.remove_yes);
    assert_eq!(old::EN.outcomes.remove_no, EN.outcomes.remove_no);
    assert_eq!(old::EN.outcomes.wellbeing_term, EN.outcomes.wellbeing_term);
    assert_eq!(old::EN.outcomes.for_whom_term, EN.outcomes.for_whom_term);
    assert_eq!(
        old::EN.outcomes.how_we_know_term,
        EN.outcomes.how_we_know_term
    );
    assert_eq!(old::EN.outcomes.not_answered, EN.outcomes.not_answered);
    assert_eq!(
        (old::EN.outcomes.untitled_outcome)(0),
        EN.outcomes.untitled_outcome(0)
    );
    assert_eq!(
        (old::EN.outcomes.untitled_outcome)(1),
        EN.outcomes.untitled_outcome(1)
    );
    assert_eq!(
        (old::EN.outcomes.untitled_outcome)(2),
        EN.outcomes.untitled_outcome(2)
    );
    assert_eq!(
        (old::EN.outcomes.untitled_outcome)(7),
        EN.outcomes.untitled_outcome(7)
    );
    assert_eq!(
        (old::EN.outcomes.untitled_outcome)(52),
        EN.outcomes.untitled_outcome(52)
    );
    assert_eq!(
        (old::EN.outcomes.untitled_outcome)(1234),
        EN.outcomes.untitled_outcome(1234)
    );
    assert_eq!(
        (old::EN.outcomes.untitled_outcome)(2000),
        EN.outcomes.untitled_outcome(2000)
    );
    assert_eq!(
        old::EN.outcomes.suggestions_heading,
        EN.outcomes.suggestions_heading
    );
    assert_eq!(
        old::EN.outcomes.suggestions_intro,
        EN.outcomes.suggestions_intro
    );
    assert_eq!(old::EN.outcomes.no_suggestions, EN.outcomes.no_suggestions);
    assert_eq!(old::EN.outcomes.accept, EN.outcomes.accept);
    assert_eq!(old::EN.outcomes.ignore, EN.outcomes.ignore);
    assert_eq!(
        (old::EN.outcomes.suggestion_why)("‹a›"),
        EN.outcomes.suggestion_why("‹a›")
    );
    assert_eq!(
        (old::EN.outcomes.because_bad_day)("‹a›", "‹b›"),
        EN.outcomes.because_bad_day("‹a›", "‹b›")
    );
    assert_eq!(
        (old::EN.outcomes.because_feeling)("‹a›"),
        EN.outcomes.because_feeling("‹a›")
    );
    assert_eq!(old::EN.outcomes.whose_parent, EN.outcomes.whose_parent);
    assert_eq!(old::EN.outcomes.whose_sibling, EN.outcomes.whose_sibling);
    assert_eq!(
        old::EN.outcomes.because_more_of,
        EN.outcomes.because_more_of
    );
    assert_eq!(
        old::EN.outcomes.because_not_working,
        EN.outcomes.because_not_working
    );
    assert_eq!(old::EN.outcomes.edit_title, EN.outcomes.edit_title);
    assert_eq!(old::EN.outcomes.words_label, EN.outcomes.words_label);
    assert_eq!(old::EN.outcomes.words_hint, EN.outcomes.words_hint);
    assert_eq!(
        old::EN.outcomes.indicators_label,
        EN.outcomes.indicators_label
    );
    assert_eq!(
        old::EN.outcomes.indicators_hint,
        EN.outcomes.indicators_hint
    );
    assert_eq!(old::EN.outcomes.for_whom_label, EN.outcomes.for_whom_label);
    assert_eq!(
        old::EN.outcomes.how_we_know_label,
        EN.outcomes.how_we_know_label
    );
    assert_eq!(
        old::EN.outcomes.how_we_know_hint,
        EN.outcomes.how_we_know_hint
    );
    assert_eq!(old::EN.outcomes.save_outcome, EN.outcomes.save_outcome);
    assert_eq!(old::EN.outcomes.cancel, EN.outcomes.cancel);
    assert_eq!(old::EN.outcomes.safe, EN.outcomes.safe);
    assert_eq!(old::EN.outcomes.safe_hint, EN.outcomes.safe_hint);
    assert_eq!(old::EN.outcomes.healthy, EN.outcomes.healthy);
    assert_eq!(old::EN.outcomes.healthy_hint, EN.outcomes.healthy_hint);
    assert_eq!(old::EN.outcomes.achieving, EN.outcomes.achieving);
    assert_eq!(old::EN.outcomes.achieving_hint, EN.outcomes.achieving_hint);
    assert_eq!(old::EN.outcomes.nurtured, EN.outcomes.nurtured);
    assert_eq!(old::EN.outcomes.nurtured_hint, EN.outcomes.nurtured_hint);
    assert_eq!(old::EN.outcomes.active, EN.outcomes.active);
    assert_eq!(old::EN.outcomes.active_hint, EN.outcomes.active_hint);
    assert_eq!(old::EN.outcomes.respected, EN.outcomes.respected);
    assert_eq!(old::EN.outcomes.respected_hint, EN.outcomes.respected_hint);
    assert_eq!(old::EN.outcomes.responsible, EN.outcomes.responsible);
    assert_eq!(
        old::EN.outcomes.responsible_hint,
        EN.outcomes.responsible_hint
    );
    assert_eq!(old::EN.outcomes.included, EN.outcomes.included);
    assert_eq!(old::EN.outcomes.included_hint, EN.outcomes.included_hint);
    assert_eq!(old::EN.outcomes.for_child, EN.outcomes.for_child);
    assert_eq!(old::EN.outcomes.for_parent, EN.outcomes.for_parent);
    assert_eq!(old::EN.outcomes.for_sibling, EN.outcomes.for_sibling);
    assert_eq!(old::EN.outcomes.for_family, EN.outcomes.for_family);
    assert_eq!(old::EN.outcomes.your_child, EN.outcomes.your_child);
    assert_eq!(
        old::EN.outcomes.your_child_capital,
        EN.outcomes.your_child_capital
    );
    assert_eq!(
        (old::EN.outcomes.suggest_child_part)("‹a›", "‹b›"),
        EN.outcomes.suggest_child_part("‹a›", "‹b›")
    );
    assert_eq!(
        (old::EN.outcomes.suggest_parent_part)("‹a›"),
        EN.outcomes.suggest_parent_part("‹a›")
    );
    assert_eq!(
        (old::EN.outcomes.suggest_sibling_part)("‹a›", "‹b›"),
        EN.outcomes.suggest_sibling_part("‹a›", "‹b›")
    );
    assert_eq!(old::EN.outcomes.part_mornings, EN.outcomes.part_mornings);
    assert_eq!(
        old::EN.outcomes.part_school_days,
        EN.outcomes.part_school_days
    );
    assert_eq!(
        old::EN.outcomes.part_after_school,
        EN.outcomes.part_after_school
    );
    assert_eq!(old::EN.outcomes.part_evenings, EN.outcomes.part_evenings);
    assert_eq!(old::EN.outcomes.part_nights, EN.outcomes.part_nights);
    assert_eq!(old::EN.outcomes.part_weekends, EN.outcomes.part_weekends);
    assert_eq!(
        (old::EN.outcomes.suggest_home)("‹a›"),
        EN.outcomes.suggest_home("‹a›")
    );
    assert_eq!(
        (old::EN.outcomes.suggest_school)("‹a›"),
        EN.outcomes.suggest_school("‹a›")
    );
    assert_eq!(
        (old::EN.outcomes.suggest_friends)("‹a›"),
        EN.outcomes.suggest_friends("‹a›")
    );
    assert_eq!(
        (old::EN.outcomes.suggest_out)("‹a›"),
        EN.outcomes.suggest_out("‹a›")
    );
    assert_eq!(
        (old::EN.outcomes.suggest_more_of)("‹a›"),
        EN.outcomes.suggest_more_of("‹a›")
    );
    assert_eq!(
        old::EN.outcomes.suggest_not_working,
        EN.outcomes.suggest_not_working
    );
    assert_eq!(
        old::EN.outcomes.error_words_missing,
        EN.outcomes.error_words_missing
    );
    assert_eq!(
        old::EN.outcomes.error_indicators_missing,
        EN.outcomes.error_indicators_missing
    );
    assert_eq!(
        old::EN.outcomes.error_for_whom_missing,
        EN.outcomes.error_for_whom_missing
    );
    assert_eq!(old::EN.outcomes.error_too_long, EN.outcomes.error_too_long);
    assert_eq!(old::EN.options.title, EN.options.title);
    assert_eq!(old::EN.options.intro, EN.options.intro);
    assert_eq!(EN.options.intro.len(), 3);
    assert_eq!(old::EN.options.compare_heading, EN.options.compare_heading);
    assert_eq!(old::EN.options.compare_caption, EN.options.compare_caption);
    assert_eq!(old::EN.options.compare_about, EN.options.compare_about);
    assert_eq!(
        old::EN.options.also_called_label,
        EN.options.also_called_label
    );
    assert_eq!(
        old::EN.options.availability_label,
        EN.options.availability_label
    );
    assert_eq!(old::EN.options.sources, EN.options.sources);
    assert_eq!(old::EN.options.more_heading, EN.options.more_heading);
    assert_eq!(old::EN.options.back_to_options, EN.options.back_to_options);
    assert_eq!(
        old::EN.options.fact_who_chooses,
        EN.options.fact_who_chooses
    );
    assert_eq!(
        old::EN.options.fact_who_arranges,
        EN.options.fact_who_arranges
    );
    assert_eq!(
        old::EN.options.fact_who_holds_money,
        EN.options.fact_who_holds_money
    );
    assert_eq!(
        old::EN.options.fact_employ_staff,
        EN.options.fact_employ_staff
    );
    assert_eq!(old::EN.options.fact_paperwork, EN.options.fact_paperwork);
    assert_eq!(old::EN.options.fact_use_for, EN.options.fact_use_for);
    assert_eq!(old::EN.options.fact_worker_off, EN.options.fact_worker_off);
    assert_eq!(old::EN.options.option_1.name, EN.options.option_1.name);
    assert_eq!(old::EN.options.option_1.short, EN.options.option_1.short);
    assert_eq!(
        old::EN.options.option_1.also_called,
        EN.options.option_1.also_called
    );
    assert_eq!(
        old::EN.options.option_1.who_chooses,
        EN.options.option_1.who_chooses
    );
    assert_eq!(
        old::EN.options.option_1.who_arranges,
        EN.options.option_1.who_arranges
    );
    assert_eq!(
        old::EN.options.option_1.who_holds_money,
        EN.options.option_1.who_holds_money
    );
    assert_eq!(
        old::EN.options.option_1.employ_staff,
        EN.options.option_1.employ_staff
    );
    assert_eq!(
        old::EN.options.option_1.paperwork,
        EN.options.option_1.paperwork
    );
    assert_eq!(
        old::EN.options.option_1.use_for,
        EN.options.option_1.use_for
    );
    assert_eq!(
        old::EN.options.option_1.worker_off,
        EN.options.option_1.worker_off
    );
    assert_eq!(old::EN.options.option_2.name, EN.options.option_2.name);
    assert_eq!(old::EN.options.option_2.short, EN.options.option_2.short);
    assert_eq!(
        old::EN.options.option_2.also_called,
        EN.options.option_2.also_called
    );
    assert_eq!(
        old::EN.options.option_2.who_chooses,
        EN.options.option_2.who_chooses
    );
    assert_eq!(
        old::EN.options.option_2.who_arranges,
        EN.options.option_2.who_arranges
    );
    assert_eq!(
        old::EN.options.option_2.who_holds_money,
        EN.options.option_2.who_holds_money
    );
    assert_eq!(
        old::EN.options.option_2.employ_staff,
        EN.options.option_2.employ_staff
    );
    assert_eq!(
        old::EN.options.option_2.paperwork,
        EN.options.option_2.paperwork
    );
    assert_eq!(
        old::EN.options.option_2.use_for,
        EN.options.option_2.use_for
    );
    assert_eq!(
        old::EN.options.option_2.worker_off,
        EN.options.option_2.worker_off
    );
    assert_eq!(old::EN.options.option_3.name, EN.options.option_3.name);
    assert_eq!(old::EN.options.option_3.short, EN.options.option_3.short);
    assert_eq!(
        old::EN.options.option_3.also_called,
        EN.options.option_3.also_called
    );
    assert_eq!(
        old::EN.options.option_3.who_chooses,
        EN.options.option_3.who_chooses
    );
    assert_eq!(
        old::EN.options.option_3.who_arranges,
        EN.options.option_3.who_arranges
    );
    assert_eq!(
        old::EN.options.option_3.who_holds_money,
        EN.options.option_3.who_holds_money
    );
    assert_eq!(
        old::EN.options.option_3.employ_staff,
        EN.options.option_3.employ_staff
    );
    assert_eq!(
        old::EN.options.option_3.paperwork,
        EN.options.option_3.paperwork
    );
    assert_eq!(
        old::EN.options.option_3.use_for,
        EN.options.option_3.use_for
    );
    assert_eq!(
        old::EN.options.option_3.worker_off,
        EN.options.option_3.worker_off
    );
    assert_eq!(old::EN.options.option_4.name, EN.options.option_4.name);
    assert_eq!(old::EN.options.option_4.short, EN.options.option_4.short);
    assert_eq!(
        old::EN.options.option_4.also_called,
        EN.options.option_4.also_called
    );
    assert_eq!(
        old::EN.options.option_4.who_chooses,
        EN.options.option_4.who_chooses
    );
    assert_eq!(
        old::EN.options.option_4.who_arranges,
        EN.options.option_4.who_arranges
    );
    assert_eq!(
        old::EN.options.option_4.who_holds_money,
        EN.options.option_4.who_holds_money
    );
    assert_eq!(
        old::EN.options.option_4.employ_staff,
        EN.options.option_4.employ_staff
    );
    assert_eq!(
        old::EN.options.option_4.paperwork,
        EN.options.option_4.paperwork
    );
    assert_eq!(
        old::EN.options.option_4.use_for,
        EN.options.option_4.use_for
    );
    assert_eq!(
        old::EN.options.option_4.worker_off,
        EN.options.option_4.worker_off
    );
    assert_eq!(old::EN.options.local_heading, EN.options.local_heading);
    assert_eq!(old::EN.options.local_default, EN.options.local_default);
    assert_eq!(
        old::EN.options.local_neighbouring,
        EN.options.local_neighbouring
    );
    assert_eq!(old::EN.options.available_ask, EN.options.available_ask);
    assert_eq!(old::EN.options.available_yes, EN.options.available_yes);
    assert_eq!(
        old::EN.options.available_not_now,
        EN.options.available_not_now
    );
    assert_eq!(old::EN.options.chart_heading, EN.options.chart_heading);
    assert_eq!(old::EN.options.chart_title, EN.options.chart_title);
    assert_eq!(old::EN.options.chart_x_axis, EN.options.chart_x_axis);
    assert_eq!(old::EN.options.chart_y_axis, EN.options.chart_y_axis);
    assert_eq!(old::EN.options.chart_less, EN.options.chart_less);
    assert_eq!(old::EN.options.chart_more, EN.options.chart_more);
    assert_eq!(old::EN.options.chart_summary, EN.options.chart_summary);
    assert_eq!(old::EN.options.chart_mix_any, EN.options.chart_mix_any);
    for list in [&[][..], &["1"][..], &["1", "2"][..], &["1", "2", "3"][..]] {
        assert_eq!(
            (old::EN.options.chart_mix_yours)(list),
            EN.options.chart_mix_yours(EN.locale.and_list(list))
        );
    }
    assert_eq!(
        (old::EN.options.chart_mix_range)("‹a›", "‹b›", "‹c›", "‹d›"),
        EN.options.chart_mix_range("‹a›", "‹b›", "‹c›", "‹d›")
    );
    assert_eq!(
        old::EN.options.chart_table_caption,
        EN.options.chart_table_caption
    );
    assert_eq!(
        (old::EN.options.chart_level)("‹a›", "‹b›"),
        EN.options.chart_level("‹a›", "‹b›")
    );
    assert_eq!(
        old::EN.options.chart_col_flexibility,
        EN.options.chart_col_flexibility
    );
    assert_eq!(
        old::EN.options.chart_col_responsibility,
        EN.options.chart_col_responsibility
    );
    assert_eq!(old::EN.options.level_low, EN.options.level_low);
    assert_eq!(old::EN.options.level_medium, EN.options.level_medium);
    assert_eq!(old::EN.options.level_high, EN.options.level_high);
    assert_eq!(old::EN.options.matters_title, EN.options.matters_title);
    assert_eq!(old::EN.options.matters_hint, EN.options.matters_hint);
    assert_eq!(old::EN.options.matters_intro, EN.options.matters_intro);
    assert_eq!(EN.options.matters_intro.len(), 2);
    assert_eq!(old::EN.options.your_choice, EN.options.your_choice);
    assert_eq!(EN.options.your_choice.len(), 2);
    assert_eq!(old::EN.options.q_choose_who, EN.options.q_choose_who);
    assert_eq!(old::EN.options.q_employ_pa, EN.options.q_employ_pa);
    assert_eq!(old::EN.options.q_paperwork, EN.options.q_paperwork);
    assert_eq!(old::EN.options.q_cover, EN.options.q_cover);
    assert_eq!(old::EN.options.q_one_off, EN.options.q_one_off);
    assert_eq!(old::EN.options.q_few_services, EN.options.q_few_services);
    assert_eq!(old::EN.options.q_young_person, EN.options.q_young_person);
    assert_eq!(old::EN.options.q_short_notice, EN.options.q_short_notice);
    assert_eq!(old::EN.options.answer_yes, EN.options.answer_yes);
    assert_eq!(old::EN.options.answer_no, EN.options.answer_no);
    assert_eq!(old::EN.options.answer_not_sure, EN.options.answer_not_sure);
    assert_eq!(old::EN.options.fits_heading, EN.options.fits_heading);
    assert_eq!(old::EN.options.fits_intro, EN.options.fits_intro);
    assert_eq!(
        old::EN.options.fits_nothing_yet,
        EN.options.fits_nothing_yet
    );
    for x in [0usize, 1, 2, 5, 2000] {
        assert_eq!(
            (old::EN.options.fits_not_sure)(x),
            EN.options.fits_not_sure(x)
        );
    }
    assert_eq!(old::EN.options.fit_fits, EN.options.fit_fits);
    assert_eq!(old::EN.options.fit_partly, EN.options.fit_partly);
    assert_eq!(old::EN.options.fit_does_not, EN.options.fit_does_not);
    assert_eq!(
        (old::EN.options.what_you_said)("‹a›", "‹b›"),
        EN.options.what_you_said("‹a›", "‹b›")
    );
    for q in crate::options::WhatMatters::ALL {
        for a in [
            crate::options::Answer::Yes,
            crate::options::Answer::No,
            crate::options::Answer::NotSure,
        ] {
            for opt in crate::options::OptionId::ALL {
                assert_eq!(
                    (old::EN.options.fit_reason)(q, a, opt),
                    EN.options.fit_reason(q, a, opt),
                    "{q:?} {a:?} {opt:?}"
                );
            }
        }
    }
    assert_eq!(old::EN.options.employer_title, EN.options.employer_title);
    assert_eq!(old::EN.options.employer_hint, EN.options.employer_hint);
    assert_eq!(old::EN.options.employer_intro, EN.options.employer_intro);
    assert_eq!(EN.options.employer_intro.len(), 2);
    assert_eq!(old::EN.options.duties_heading, EN.options.duties_heading);
    assert_eq!(EN.options.duties.len(), 7);
    assert_eq!(
        old::EN.options.duties[0].heading,
        EN.options.duties[0].heading
    );
    assert_eq!(old::EN.options.duties[0].body, EN.options.duties[0].body);
    assert_eq!(EN.options.duties[0].body.len(), 1);
    assert_eq!(
        old::EN.options.duties[1].heading,
        EN.options.duties[1].heading
    );
    assert_eq!(old::EN.options.duties[1].body, EN.options.duties[1].body);
    assert_eq!(EN.options.duties[1].body.len(), 1);
    assert_eq!(
        old::EN.options.duties[2].heading,
        EN.options.duties[2].heading
    );
    assert_eq!(old::EN.options.duties[2].body, EN.options.duties[2].body);
    assert_eq!(EN.options.duties[2].body.len(), 1);
    assert_eq!(
        old::EN.options.duties[3].heading,
        EN.options.duties[3].heading
    );
    assert_eq!(old::EN.options.duties[3].body, EN.options.duties[3].body);
    assert_eq!(EN.options.duties[3].body.len(), 1);
    assert_eq!(
        old::EN.options.duties[4].heading,
        EN.options.duties[4].heading
    );
    assert_eq!(old::EN.options.duties[4].body, EN.options.duties[4].body);
    assert_eq!(EN.options.duties[4].body.len(), 1);
    assert_eq!(
        old::EN.options.duties[5].heading,
        EN.options.duties[5].heading
    );
    assert_eq!(old::EN.options.duties[5].body, EN.options.duties[5].body);
    assert_eq!(EN.options.duties[5].body.len(), 1);
    assert_eq!(
        old::EN.options.duties[6].heading,
        EN.options.duties[6].heading
    );
    assert_eq!(old::EN.options.duties[6].body, EN.options.duties[6].body);
    assert_eq!(EN.options.duties[6].body.len(), 1);
    assert_eq!(old::EN.options.help_heading, EN.options.help_heading);
    assert_eq!(old::EN.options.help, EN.options.help);
    assert_eq!(EN.options.help.len(), 3);
    assert_eq!(
        old::EN.options.concerns_heading,
        EN.options.concerns_heading
    );
    assert_eq!(old::EN.options.concerns_intro, EN.options.concerns_intro);
    assert_eq!(EN.options.concerns.len(), 3);
    assert_eq!(
        old::EN.options.concerns[0].heading,
        EN.options.concerns[0].heading
    );
    assert_eq!(
        old::EN.options.concerns[0].body,
        EN.options.concerns[0].body
    );
    assert_eq!(EN.options.concerns[0].body.len(), 3);
    assert_eq!(
        old::EN.options.concerns[1].heading,
        EN.options.concerns[1].heading
    );
    assert_eq!(
        old::EN.options.concerns[1].body,
        EN.options.concerns[1].body
    );
    assert_eq!(EN.options.concerns[1].body.len(), 2);
    assert_eq!(
        old::EN.options.concerns[2].heading,
        EN.options.concerns[2].heading
    );
    assert_eq!(
        old::EN.options.concerns[2].body,
        EN.options.concerns[2].body
    );
    assert_eq!(EN.options.concerns[2].body.len(), 2);
    assert_eq!(old::EN.options.employer_source, EN.options.employer_source);
    assert_eq!(old::EN.options.rules_title, EN.options.rules_title);
    assert_eq!(old::EN.options.rules_hint, EN.options.rules_hint);
    assert_eq!(EN.options.rules.len(), 3);
    assert_eq!(
        old::EN.options.rules[0].heading,
        EN.options.rules[0].heading
    );
    assert_eq!(old::EN.options.rules[0].body, EN.options.rules[0].body);
    assert_eq!(EN.options.rules[0].body.len(), 4);
    assert_eq!(
        old::EN.options.rules[1].heading,
        EN.options.rules[1].heading
    );
    assert_eq!(old::EN.options.rules[1].body, EN.options.rules[1].body);
    assert_eq!(EN.options.rules[1].body.len(), 1);
    assert_eq!(
        old::EN.options.rules[2].heading,
        EN.options.rules[2].heading
    );
    assert_eq!(old::EN.options.rules[2].body, EN.options.rules[2].body);
    assert_eq!(EN.options.rules[2].body.len(), 2);
    assert_eq!(
        old::EN.options.who_decides_heading,
        EN.options.who_decides_heading
    );
    assert_eq!(
        old::EN.options.who_decides_intro,
        EN.options.who_decides_intro
    );
    assert_eq!(
        old::EN.options.who_decides_yours,
        EN.options.who_decides_yours
    );
    assert_eq!(old::EN.options.rules_source, EN.options.rules_source);
    assert_eq!(old::EN.options.myths_title, EN.options.myths_title);
    assert_eq!(old::EN.options.myths_hint, EN.options.myths_hint);
    assert_eq!(old::EN.options.myth_label, EN.options.myth_label);
    assert_eq!(old::EN.options.fact_label, EN.options.fact_label);
    assert_eq!(EN.options.myths.len(), 4);
    assert_eq!(
        old::EN.options.myths[0].heading,
        EN.options.myths[0].heading
    );
    assert_eq!(old::EN.options.myths[0].body, EN.options.myths[0].body);
    assert_eq!(EN.options.myths[0].body.len(), 1);
    assert_eq!(
        old::EN.options.myths[1].heading,
        EN.options.myths[1].heading
    );
    assert_eq!(old::EN.options.myths[1].body, EN.options.myths[1].body);
    assert_eq!(EN.options.myths[1].body.len(), 1);
    assert_eq!(
        old::EN.options.myths[2].heading,
        EN.options.myths[2].heading
    );
    assert_eq!(old::EN.options.myths[2].body, EN.options.myths[2].body);
    assert_eq!(EN.options.myths[2].body.len(), 1);
    assert_eq!(
        old::EN.options.myths[3].heading,
        EN.options.myths[3].heading
    );
    assert_eq!(old::EN.options.myths[3].body, EN.options.myths[3].body);
    assert_eq!(EN.options.myths[3].body.len(), 1);
    assert_eq!(old::EN.options.myths_source, EN.options.myths_source);
    assert_eq!(old::EN.options.thinking_title, EN.options.thinking_title);
    assert_eq!(old::EN.options.thinking_hint, EN.options.thinking_hint);
    assert_eq!(old::EN.options.thinking_intro, EN.options.thinking_intro);
    assert_eq!(
        old::EN.options.considering_label,
        EN.options.considering_label
    );
    assert_eq!(
        old::EN.options.considering_hint,
        EN.options.considering_hint
    );
    assert_eq!(
        old::EN.options.thinking_mix_note,
        EN.options.thinking_mix_note
    );
    assert_eq!(old::EN.options.why_label, EN.options.why_label);
    assert_eq!(old::EN.options.why_hint, EN.options.why_hint);
    for (a, b) in [(0usize, 2000usize), (1234, 2000), (999, 1_000_000), (12, 5)] {
        assert_eq!(
            (old::EN.options.why_count)(a, b),
            EN.options
                .why_count(EN.locale.thousands(a), EN.locale.thousands(b))
        );
    }
    assert_eq!(
        old::EN.options.error_why_too_long,
        EN.options.error_why_too_long
    );
    assert_eq!(old::EN.support.title, EN.support.title);
    assert_eq!(old::EN.support.intro, EN.support.intro);
    assert_eq!(EN.support.intro.len(), 2);
    assert_eq!(
        old::EN.support.estimate_warning,
        EN.support.estimate_warning
    );
    assert_eq!(
        (old::EN.support.tax_year)("‹a›"),
        EN.support.tax_year("‹a›")
    );
    assert_eq!((old::EN.support.plan_length)(0), EN.support.plan_length(0));
    assert_eq!((old::EN.support.plan_length)(1), EN.support.plan_length(1));
    assert_eq!((old::EN.support.plan_length)(2), EN.support.plan_length(2));
    assert_eq!((old::EN.support.plan_length)(7), EN.support.plan_length(7));
    assert_eq!(
        (old::EN.support.plan_length)(52),
        EN.support.plan_length(52)
    );
    assert_eq!(
        (old::EN.support.plan_length)(1234),
        EN.support.plan_length(1234)
    );
    assert_eq!(
        (old::EN.support.plan_length)(2000),
        EN.support.plan_length(2000)
    );
    assert_eq!(old::EN.support.change_settings, EN.support.change_settings);
    assert_eq!(old::EN.support.back_to_support, EN.support.back_to_support);
    assert_eq!(old::EN.support.ideas_heading, EN.support.ideas_heading);
    assert_eq!(old::EN.support.no_ideas, EN.support.no_ideas);
    assert_eq!(old::EN.support.add_idea, EN.support.add_idea);
    assert_eq!(old::EN.support.change, EN.support.change);
    assert_eq!(old::EN.support.remove, EN.support.remove);
    assert_eq!(
        (old::EN.support.remove_title)("‹a›"),
        EN.support.remove_title("‹a›")
    );
    assert_eq!(old::EN.support.remove_body, EN.support.remove_body);
    assert_eq!(old::EN.support.remove_confirm, EN.support.remove_confirm);
    assert_eq!(old::EN.support.remove_cancel, EN.support.remove_cancel);
    assert_eq!(
        old::EN.support.idea_not_counted,
        EN.support.idea_not_counted
    );
    assert_eq!(
        (old::EN.support.idea_costs)("‹a›"),
        EN.support.idea_costs("‹a›")
    );
    assert_eq!(
        (old::EN.support.idea_costs_pa)("‹a›"),
        EN.support.idea_costs_pa("‹a›")
    );
    assert_eq!(old::EN.support.option_names, EN.support.option_names);
    assert_eq!(EN.support.option_names.len(), 3);
    assert_eq!(old::EN.support.choose_heading, EN.support.choose_heading);
    assert_eq!(old::EN.support.choose_hint, EN.support.choose_hint);
    assert_eq!(old::EN.support.choose_missing, EN.support.choose_missing);
    assert_eq!(old::EN.support.continue_button, EN.support.continue_button);
    assert_eq!(EN.support.kinds.len(), 7);
    assert_eq!(old::EN.support.kinds[0].name, EN.support.kinds[0].name);
    assert_eq!(
        old::EN.support.kinds[0].heading,
        EN.support.kinds[0].heading
    );
    assert_eq!(
        old::EN.support.kinds[0].examples,
        EN.support.kinds[0].examples
    );
    assert_eq!(old::EN.support.kinds[1].name, EN.support.kinds[1].name);
    assert_eq!(
        old::EN.support.kinds[1].heading,
        EN.support.kinds[1].heading
    );
    assert_eq!(
        old::EN.support.kinds[1].examples,
        EN.support.kinds[1].examples
    );
    assert_eq!(old::EN.support.kinds[2].name, EN.support.kinds[2].name);
    assert_eq!(
        old::EN.support.kinds[2].heading,
        EN.support.kinds[2].heading
    );
    assert_eq!(
        old::EN.support.kinds[2].examples,
        EN.support.kinds[2].examples
    );
    assert_eq!(old::EN.support.kinds[3].name, EN.support.kinds[3].name);
    assert_eq!(
        old::EN.support.kinds[3].heading,
        EN.support.kinds[3].heading
    );
    assert_eq!(
        old::EN.support.kinds[3].examples,
        EN.support.kinds[3].examples
    );
    assert_eq!(old::EN.support.kinds[4].name, EN.support.kinds[4].name);
    assert_eq!(
        old::EN.support.kinds[4].heading,
        EN.support.kinds[4].heading
    );
    assert_eq!(
        old::EN.support.kinds[4].examples,
        EN.support.kinds[4].examples
    );
    assert_eq!(old::EN.support.kinds[5].name, EN.support.kinds[5].name);
    assert_eq!(
        old::EN.support.kinds[5].heading,
        EN.support.kinds[5].heading
    );
    assert_eq!(
        old::EN.support.kinds[5].examples,
        EN.support.kinds[5].examples
    );
    assert_eq!(old::EN.support.kinds[6].name, EN.support.kinds[6].name);
    assert_eq!(
        old::EN.support.kinds[6].heading,
        EN.support.kinds[6].heading
    );
    assert_eq!(
        old::EN.support.kinds[6].examples,
        EN.support.kinds[6].examples
    );
    assert_eq!(old::EN.support.name_label, EN.support.name_label);
    assert_eq!(old::EN.support.name_hint, EN.support.name_hint);
    assert_eq!(old::EN.support.hours_label, EN.support.hours_label);
    assert_eq!(old::EN.support.hours_hint_pa, EN.support.hours_hint_pa);
    assert_eq!(
        old::EN.support.hours_hint_provider,
        EN.support.hours_hint_provider
    );
    assert_eq!(old::EN.support.pa_rate_label, EN.support.pa_rate_label);
    assert_eq!(
        (old::EN.support.pa_rate_hint)("‹a›", "‹b›"),
        EN.support.pa_rate_hint("‹a›", "‹b›")
    );
    assert_eq!(
        old::EN.support.provider_rate_label,
        EN.support.provider_rate_label
    );
    assert_eq!(
        old::EN.support.provider_rate_hint,
        EN.support.provider_rate_hint
    );
    assert_eq!(
        (old::EN.support.council_pa_rate)("‹a›", "‹b›"),
        EN.support.council_pa_rate("‹a›", "‹b›")
    );
    assert_eq!(
        (old::EN.support.council_provider_rates)("‹a›", "‹b›"),
        EN.support.council_provider_rates("‹a›", "‹b›")
    );
    assert_eq!(old::EN.support.weeks_label, EN.support.weeks_label);
    assert_eq!((old::EN.support.weeks_hint)(0), EN.support.weeks_hint(0));
    assert_eq!((old::EN.support.weeks_hint)(1), EN.support.weeks_hint(1));
    assert_eq!((old::EN.support.weeks_hint)(2), EN.support.weeks_hint(2));
    assert_eq!((old::EN.support.weeks_hint)(7), EN.support.weeks_hint(7));
    assert_eq!((old::EN.support.weeks_hint)(52), EN.support.weeks_hint(52));
    assert_eq!(
        (old::EN.support.weeks_hint)(1234),
        EN.support.weeks_hint(1234)
    );
    assert_eq!(
        (old::EN.support.weeks_hint)(2000),
        EN.support.weeks_hint(2000)
    );
    assert_eq!(old::EN.support.aged_22_label, EN.support.aged_22_label);
    assert_eq!(old::EN.support.aged_22_hint, EN.support.aged_22_hint);
    assert_eq!(old::EN.support.yes, EN.support.yes);
    assert_eq!(old::EN.support.no, EN.support.no);
    assert_eq!(
        old::EN.support.session_cost_label,
        EN.support.session_cost_label
    );
    assert_eq!(
        old::EN.support.session_cost_hint,
        EN.support.session_cost_hint
    );
    assert_eq!(old::EN.support.sessions_label, EN.support.sessions_label);
    assert_eq!(old::EN.support.sessions_hint, EN.support.sessions_hint);
    assert_eq!(
        old::EN.support.break_unit_label,
        EN.support.break_unit_label
    );
    assert_eq!(old::EN.support.break_nights, EN.support.break_nights);
    assert_eq!(old::EN.support.break_days, EN.support.break_days);
    assert_eq!(
        old::EN.support.break_cost_label,
        EN.support.break_cost_label
    );
    assert_eq!(old::EN.support.break_cost_hint, EN.support.break_cost_hint);
    assert_eq!(
        old::EN.support.break_number_label,
        EN.support.break_number_label
    );
    assert_eq!(
        old::EN.support.break_number_hint,
        EN.support.break_number_hint
    );
    assert_eq!(old::EN.support.one_off_label, EN.support.one_off_label);
    assert_eq!(old::EN.support.one_off_hint, EN.support.one_off_hint);
    assert_eq!(old::EN.support.miles_label, EN.support.miles_label);
    assert_eq!(old::EN.support.miles_hint, EN.support.miles_hint);
    assert_eq!(old::EN.support.pence_label, EN.support.pence_label);
    assert_eq!(
        (old::EN.support.pence_hint)("‹a›"),
        EN.support.pence_hint("‹a›")
    );
    assert_eq!(old::EN.support.basis_label, EN.support.basis_label);
    assert_eq!(old::EN.support.basis_a_week, EN.support.basis_a_week);
    assert_eq!(old::EN.support.basis_period, EN.support.basis_period);
    assert_eq!(
        old::EN.support.other_amount_label,
        EN.support.other_amount_label
    );
    assert_eq!(
        old::EN.support.other_amount_hint,
        EN.support.other_amount_hint
    );
    assert_eq!(old::EN.support.option_label, EN.support.option_label);
    assert_eq!(old::EN.support.option_hint, EN.support.option_hint);
    assert_eq!(old::EN.support.option_hints, EN.support.option_hints);
    assert_eq!(EN.support.option_hints.len(), 3);
    assert_eq!(
        old::EN.support.pa_option_heading,
        EN.support.pa_option_heading
    );
    assert_eq!(
        old::EN.support.pa_option_explained,
        EN.support.pa_option_explained
    );
    assert_eq!(old::EN.support.outcomes_label, EN.support.outcomes_label);
    assert_eq!(old::EN.support.outcomes_hint, EN.support.outcomes_hint);
    assert_eq!(old::EN.support.no_outcomes, EN.support.no_outcomes);
    assert_eq!(old::EN.support.when_label, EN.support.when_label);
    assert_eq!(old::EN.support.when_hint, EN.support.when_hint);
    assert_eq!(old::EN.support.save_idea, EN.support.save_idea);
    assert_eq!(
        (old::EN.support.pa_below_minimum)("‹a›"),
        EN.support.pa_below_minimum("‹a›")
    );
    assert_eq!(old::EN.support.unverified, EN.support.unverified);
    assert_eq!(old::EN.support.noun_hours, EN.support.noun_hours);
    assert_eq!(old::EN.support.noun_rate, EN.support.noun_rate);
    assert_eq!(old::EN.support.noun_weeks, EN.support.noun_weeks);
    assert_eq!(
        old::EN.support.noun_session_cost,
        EN.support.noun_session_cost
    );
    assert_eq!(old::EN.support.noun_sessions, EN.support.noun_sessions);
    assert_eq!(old::EN.support.noun_break_cost, EN.support.noun_break_cost);
    assert_eq!(
        old::EN.support.noun_break_number,
        EN.support.noun_break_number
    );
    assert_eq!(old::EN.support.noun_amount, EN.support.noun_amount);
    assert_eq!(old::EN.support.noun_miles, EN.support.noun_miles);
    assert_eq!(old::EN.support.noun_pence, EN.support.noun_pence);
    assert_eq!(old::EN.support.noun_plan_weeks, EN.support.noun_plan_weeks);
    assert_eq!(old::EN.support.noun_insurance, EN.support.noun_insurance);
    assert_eq!(
        old::EN.support.noun_payslip_cost,
        EN.support.noun_payslip_cost
    );
    assert_eq!(old::EN.support.noun_payslips, EN.support.noun_payslips);
    assert_eq!(
        old::EN.support.noun_contingency,
        EN.support.noun_contingency
    );
    assert_eq!(old::EN.support.noun_budget, EN.support.noun_budget);
    assert_eq!(
        (old::EN.support.error_empty)("‹a›"),
        EN.support.error_empty("‹a›")
    );
    assert_eq!(
        (old::EN.support.error_not_a_number)("‹a›"),
        EN.support.error_not_a_number("‹a›")
    );
    assert_eq!(
        (old::EN.support.error_negative)("‹a›"),
        EN.support.error_negative("‹a›")
    );
    assert_eq!(
        (old::EN.support.error_not_whole)("‹a›"),
        EN.support.error_not_whole("‹a›")
    );
    assert_eq!(
        (old::EN.support.error_pennies)("‹a›"),
        EN.support.error_pennies("‹a›")
    );
    assert_eq!(
        (old::EN.support.error_places)("‹a›"),
        EN.support.error_places("‹a›")
    );
    assert_eq!(
        (old::EN.support.error_too_small)("‹a›", "‹b›"),
        EN.support.error_too_small("‹a›", "‹b›")
    );
    assert_eq!(
        (old::EN.support.error_too_large)("‹a›", "‹b›"),
        EN.support.error_too_large("‹a›", "‹b›")
    );
    assert_eq!(
        (old::EN.support.error_more_than_plan)(0),
        EN.support.error_more_than_plan(0)
    );
    assert_eq!(
        (old::EN.support.error_more_than_plan)(1),
        EN.support.error_more_than_plan(1)
    );
    assert_eq!(
        (old::EN.support.error_more_than_plan)(2),
        EN.support.error_more_than_plan(2)
    );
    assert_eq!(
        (old::EN.support.error_more_than_plan)(7),
        EN.support.error_more_than_plan(7)
    );
    assert_eq!(
        (old::EN.support.error_more_than_plan)(52),
        EN.support.error_more_than_plan(52)
    );
    assert_eq!(
        (old::EN.support.error_more_than_plan)(1234),
        EN.support.error_more_than_plan(1234)
    );
    assert_eq!(
        (old::EN.support.error_more_than_plan)(2000),
        EN.support.error_more_than_plan(2000)
    );
    assert_eq!(
        old::EN.support.error_pa_not_option_1,
        EN.support.error_pa_not_option_1
    );
    assert_eq!(
        old::EN.support.error_too_large_to_cost,
        EN.support.error_too_large_to_cost
    );
    assert_eq!(old::EN.support.error_settings, EN.support.error_settings);
    assert_eq!(old::EN.support.costs_heading, EN.support.costs_heading);
    assert_eq!(
        old::EN.support.breakdown_heading,
        EN.support.breakdown_heading
    );
    assert_eq!(
        old::EN.support.employer_heading,
        EN.support.employer_heading
    );
    assert_eq!(old::EN.support.employer_hint, EN.support.employer_hint);
    assert_eq!(
        (old::EN.support.ni_after_allowance)("‹a›"),
        EN.support.ni_after_allowance("‹a›")
    );
    assert_eq!(old::EN.support.line_total, EN.support.line_total);
    assert_eq!(old::EN.support.employer_total, EN.support.employer_total);
    assert_eq!((old::EN.support.source)("‹a›"), EN.support.source("‹a›"));
    assert_eq!(old::EN.support.source_prefix, EN.support.source_prefix);
    assert_eq!(EN.support.components.len(), 14);
    assert_eq!(
        old::EN.support.components[0].label,
        EN.support.components[0].label
    );
    assert_eq!(
        old::EN.support.components[0].explanation,
        EN.support.components[0].explanation
    );
    assert_eq!(
        old::EN.support.components[1].label,
        EN.support.components[1].label
    );
    assert_eq!(
        old::EN.support.components[1].explanation,
        EN.support.components[1].explanation
    );
    assert_eq!(
        old::EN.support.components[2].label,
        EN.support.components[2].label
    );
    assert_eq!(
        old::EN.support.components[2].explanation,
        EN.support.components[2].explanation
    );
    assert_eq!(
        old::EN.support.components[3].label,
        EN.support.components[3].label
    );
    assert_eq!(
        old::EN.support.components[3].explanation,
        EN.support.components[3].explanation
    );
    assert_eq!(
        old::EN.support.components[4].label,
        EN.support.components[4].label
    );
    assert_eq!(
        old::EN.support.components[4].explanation,
        EN.support.components[4].explanation
    );
    assert_eq!(
        old::EN.support.components[5].label,
        EN.support.components[5].label
    );
    assert_eq!(
        old::EN.support.components[5].explanation,
        EN.support.components[5].explanation
    );
    assert_eq!(
        old::EN.support.components[6].label,
        EN.support.components[6].label
    );
    assert_eq!(
        old::EN.support.components[6].explanation,
        EN.support.components[6].explanation
    );
    assert_eq!(
        old::EN.support.components[7].label,
        EN.support.components[7].label
    );
    assert_eq!(
        old::EN.support.components[7].explanation,
        EN.support.components[7].explanation
    );
    assert_eq!(
        old::EN.support.components[8].label,
        EN.support.components[8].label
    );
    assert_eq!(
        old::EN.support.components[8].explanation,
        EN.support.components[8].explanation
    );
    assert_eq!(
        old::EN.support.components[9].label,
        EN.support.components[9].label
    );
    assert_eq!(
        old::EN.support.components[9].explanation,
        EN.support.components[9].explanation
    );
    assert_eq!(
        old::EN.support.components[10].label,
        EN.support.components[10].label
    );
    assert_eq!(
        old::EN.support.components[10].explanation,
        EN.support.components[10].explanation
    );
    assert_eq!(
        old::EN.support.components[11].label,
        EN.support.components[11].label
    );
    assert_eq!(
        old::EN.support.components[11].explanation,
        EN.support.components[11].explanation
    );
    assert_eq!(
        old::EN.support.components[12].label,
        EN.support.components[12].label
    );
    assert_eq!(
        old::EN.support.components[12].explanation,
        EN.support.components[12].explanation
    );
    assert_eq!(
        old::EN.support.components[13].label,
        EN.support.components[13].label
    );
    assert_eq!(
        old::EN.support.components[13].explanation,
        EN.support.components[13].explanation
    );
    assert_eq!(
        old::EN.support.pension_none_below_trigger,
        EN.support.pension_none_below_trigger
    );
    assert_eq!(
        old::EN.support.pension_none_under_22,
        EN.support.pension_none_under_22
    );
    assert_eq!(
        old::EN.support.pension_opted_in,
        EN.support.pension_opted_in
    );
    assert_eq!(old::EN.support.sources, EN.support.sources);
    assert_eq!(EN.support.sources.len(), 11);
    assert_eq!(old::EN.support.column_item, EN.support.column_item);
    assert_eq!(old::EN.support.column_amount, EN.support.column_amount);
    assert_eq!(old::EN.support.totals_heading, EN.support.totals_heading);
    assert_eq!(old::EN.support.column_option, EN.support.column_option);
    assert_eq!(old::EN.support.column_period, EN.support.column_period);
    assert_eq!(old::EN.support.column_week, EN.support.column_week);
    assert_eq!(old::EN.support.total_all, EN.support.total_all);
    assert_eq!(
        (old::EN.support.about_a_week)("‹a›"),
        EN.support.about_a_week("‹a›")
    );
    assert_eq!(
        (old::EN.support.plan_total)("‹a›", 0),
        EN.support.plan_total("‹a›", 0)
    );
    assert_eq!(
        (old::EN.support.plan_total)("‹a›", 1),
        EN.support.plan_total("‹a›", 1)
    );
    assert_eq!(
        (old::EN.support.plan_total)("‹a›", 2),
        EN.support.plan_total("‹a›", 2)
    );
    assert_eq!(
        (old::EN.support.plan_total)("‹a›", 7),
        EN.support.plan_total("‹a›", 7)
    );
    assert_eq!(
        (old::EN.support.plan_total)("‹a›", 52),
        EN.support.plan_total("‹a›", 52)
    );
    assert_eq!(
        (old::EN.support.plan_total)("‹a›", 1234),
        EN.support.plan_total("‹a›", 1234)
    );
    assert_eq!(
        (old::EN.support.plan_total)("‹a›", 2000),
        EN.support.plan_total("‹a›", 2000)
    );
    assert_eq!(old::EN.support.option_4_note, EN.support.option_4_note);
    assert_eq!(old::EN.support.cover_heading, EN.support.cover_heading);
    assert_eq!(
        (old::EN.support.cover_reminder)("‹a›", "‹b›"),
        EN.support.cover_reminder("‹a›", "‹b›")
    );
    assert_eq!(old::EN.support.cover_by_pa, EN.support.cover_by_pa);
    assert_eq!(
        old::EN.support.cover_by_provider,
        EN.support.cover_by_provider
    );
    assert_eq!(
        (old::EN.support.cover_for)("‹a›"),
        EN.support.cover_for("‹a›")
    );
    assert_eq!(old::EN.support.settings_title, EN.support.settings_title);
    assert_eq!(old::EN.support.settings_intro, EN.support.settings_intro);
    assert_eq!(old::EN.support.tax_year_label, EN.support.tax_year_label);
    assert_eq!(old::EN.support.tax_year_hint, EN.support.tax_year_hint);
    assert_eq!(
        old::EN.support.plan_weeks_label,
        EN.support.plan_weeks_label
    );
    assert_eq!(old::EN.support.plan_weeks_hint, EN.support.plan_weeks_hint);
    assert_eq!(
        old::EN.support.employer_settings_heading,
        EN.support.employer_settings_heading
    );
    assert_eq!(
        old::EN.support.employer_settings_hint,
        EN.support.employer_settings_hint
    );
    assert_eq!(old::EN.support.allowance_label, EN.support.allowance_label);
    assert_eq!(old::EN.support.allowance_hint, EN.support.allowance_hint);
    assert_eq!(old::EN.support.opt_in_label, EN.support.opt_in_label);
    assert_eq!(old::EN.support.opt_in_hint, EN.support.opt_in_hint);
    assert_eq!(old::EN.support.insurance_label, EN.support.insurance_label);
    assert_eq!(
        old::EN.support.payslip_cost_label,
        EN.support.payslip_cost_label
    );
    assert_eq!(old::EN.support.payslips_label, EN.support.payslips_label);
    assert_eq!(
        old::EN.support.contingency_label,
        EN.support.contingency_label
    );
    assert_eq!(
        old::EN.support.contingency_hint,
        EN.support.contingency_hint
    );
    assert_eq!(
        (old::EN.support.default_is)("‹a›", "‹b›"),
        EN.support.default_is("‹a›", "‹b›")
    );
    assert_eq!(old::EN.support.save_settings, EN.support.save_settings);
    assert_eq!(old::EN.support.week_title, EN.support.week_title);
    assert_eq!(old::EN.support.week_intro, EN.support.week_intro);
    assert_eq!(old::EN.support.week_link, EN.support.week_link);
    assert_eq!(old::EN.support.days, EN.support.days);
    assert_eq!(EN.support.days.len(), 7);
    assert_eq!(old::EN.support.parts, EN.support.parts);
    assert_eq!(EN.support.parts.len(), 3);
    assert_eq!(old::EN.support.nothing_planned, EN.support.nothing_planned);
    assert_eq!((old::EN.support.at_once)(0), EN.support.at_once(0));
    assert_eq!((old::EN.support.at_once)(1), EN.support.at_once(1));
    assert_eq!((old::EN.support.at_once)(2), EN.support.at_once(2));
    assert_eq!((old::EN.support.at_once)(7), EN.support.at_once(7));
    assert_eq!((old::EN.support.at_once)(52), EN.support.at_once(52));
    assert_eq!((old::EN.support.at_once)(1234), EN.support.at_once(1234));
    assert_eq!((old::EN.support.at_once)(2000), EN.support.at_once(2000));
    assert_eq!(old::EN.support.not_placed, EN.support.not_placed);
    assert_eq!(old::EN.support.column_day, EN.support.column_day);
    assert_eq!(old::EN.support.change_when, EN.support.change_when);
    assert_eq!(old::EN.support.budget_title, EN.support.budget_title);
    assert_eq!(old::EN.support.budget_link, EN.support.budget_link);
    assert_eq!(old::EN.support.budget_intro, EN.support.budget_intro);
    assert_eq!(
        old::EN.support.budget_kind_label,
        EN.support.budget_kind_label
    );
    assert_eq!(old::EN.support.budget_none, EN.support.budget_none);
    assert_eq!(old::EN.support.budget_whole, EN.support.budget_whole);
    assert_eq!(
        old::EN.support.budget_per_option,
        EN.support.budget_per_option
    );
    assert_eq!(
        old::EN.support.budget_amount_label,
        EN.support.budget_amount_label
    );
    assert_eq!(
        (old::EN.support.budget_option_label)("‹a›"),
        EN.support.budget_option_label("‹a›")
    );
    assert_eq!(old::EN.support.budget_hint, EN.support.budget_hint);
    assert_eq!(
        (old::EN.support.left)("‹a›", "‹b›", "‹c›", "‹d›"),
        EN.support.left("‹a›", "‹b›", "‹c›", "‹d›")
    );
    assert_eq!(
        (old::EN.support.over)("‹a›", "‹b›", "‹c›", "‹d›"),
        EN.support.over("‹a›", "‹b›", "‹c›", "‹d›")
    );
    assert_eq!(old::EN.support.whole_plan, EN.support.whole_plan);
    assert_eq!(old::EN.support.buys_heading, EN.support.buys_heading);
    assert_eq!(old::EN.support.buys_intro, EN.support.buys_intro);
    assert_eq!(
        old::EN.support.buys_amount_label,
        EN.support.buys_amount_label
    );
    assert_eq!(
        old::EN.support.buys_amount_hint,
        EN.support.buys_amount_hint
    );
    assert_eq!(old::EN.support.buys_rate_label, EN.support.buys_rate_label);
    assert_eq!(
        (old::EN.support.buys_rate_hint)("‹a›"),
        EN.support.buys_rate_hint("‹a›")
    );
    assert_eq!(
        old::EN.support.buys_weeks_label,
        EN.support.buys_weeks_label
    );
    assert_eq!(
        (old::EN.support.buys_weeks_hint)(0),
        EN.support.buys_weeks_hint(0)
    );
    assert_eq!(
        (old::EN.support.buys_weeks_hint)(1),
        EN.support.buys_weeks_hint(1)
    );
    assert_eq!(
        (old::EN.support.buys_weeks_hint)(2),
        EN.support.buys_weeks_hint(2)
    );
    assert_eq!(
        (old::EN.support.buys_weeks_hint)(7),
        EN.support.buys_weeks_hint(7)
    );
    assert_eq!(
        (old::EN.support.buys_weeks_hint)(52),
        EN.support.buys_weeks_hint(52)
    );
    assert_eq!(
        (old::EN.support.buys_weeks_hint)(1234),
        EN.support.buys_weeks_hint(1234)
    );
    assert_eq!(
        (old::EN.support.buys_weeks_hint)(2000),
        EN.support.buys_weeks_hint(2000)
    );
    assert_eq!(
        (old::EN.support.buys_result)("‹a›", "‹b›", "‹c›"),
        EN.support.buys_result("‹a›", "‹b›", "‹c›")
    );
    assert_eq!(
        (old::EN.support.buys_nothing)("‹a›"),
        EN.support.buys_nothing("‹a›")
    );
    assert_eq!(
        old::EN.support.trade_off_heading,
        EN.support.trade_off_heading
    );
    assert_eq!(old::EN.support.trade_off_hint, EN.support.trade_off_hint);
    assert_eq!(old::EN.support.column_rate, EN.support.column_rate);
    assert_eq!(old::EN.support.column_hours, EN.support.column_hours);
    assert_eq!(old::EN.support.column_cost, EN.support.column_cost);
    assert_eq!(
        (old::EN.support.hours_a_week)("‹a›"),
        EN.support.hours_a_week("‹a›")
    );
    assert_eq!(old::EN.support.none_fit, EN.support.none_fit);
    assert_eq!(
        (old::EN.support.above_minimum)("‹a›"),
        EN.support.above_minimum("‹a›")
    );
    assert_eq!(old::EN.support.the_minimum, EN.support.the_minimum);
    assert_eq!(old::EN.summary.title, EN.summary.title);
    assert_eq!(
        (old::EN.summary.title_for)("‹a›"),
        EN.summary.title_for("‹a›")
    );
    assert_eq!(old::EN.summary.intro, EN.summary.intro);
    assert_eq!((old::EN.summary.made_on)("‹a›"), EN.summary.made_on("‹a›"));
    assert_eq!(old::EN.summary.change, EN.summary.change);
    assert_eq!(old::EN.summary.not_filled_in, EN.summary.not_filled_in);
    assert_eq!(old::EN.summary.about_name, EN.summary.about_name);
    assert_eq!(old::EN.summary.about_age, EN.summary.about_age);
    assert_eq!(old::EN.summary.about_filler, EN.summary.about_filler);
    assert_eq!(old::EN.summary.about_council, EN.summary.about_council);
    assert_eq!(old::EN.summary.about_decisions, EN.summary.about_decisions);
    for x in [0u8, 1, 2, 17] {
        assert_eq!((old::EN.summary.years_old)(x), EN.summary.years_old(x));
    }
    assert_eq!(
        old::EN.summary.options_considering,
        EN.summary.options_considering
    );
    assert_eq!(old::EN.summary.options_why, EN.summary.options_why);
    assert_eq!(old::EN.summary.options_none, EN.summary.options_none);
    assert_eq!(old::EN.summary.option_mix, EN.summary.option_mix);
    assert_eq!(
        (old::EN.summary.outcome_number)(0),
        EN.summary.outcome_number(0)
    );
    assert_eq!(
        (old::EN.summary.outcome_number)(1),
        EN.summary.outcome_number(1)
    );
    assert_eq!(
        (old::EN.summary.outcome_number)(2),
        EN.summary.outcome_number(2)
    );
    assert_eq!(
        (old::EN.summary.outcome_number)(7),
        EN.summary.outcome_number(7)
    );
    assert_eq!(
        (old::EN.summary.outcome_number)(52),
        EN.summary.outcome_number(52)
    );
    assert_eq!(
        (old::EN.summary.outcome_number)(1234),
        EN.summary.outcome_number(1234)
    );
    assert_eq!(
        (old::EN.summary.outcome_number)(2000),
        EN.summary.outcome_number(2000)
    );
    assert_eq!(
        old::EN.summary.outcome_wellbeing,
        EN.summary.outcome_wellbeing
    );
    assert_eq!(old::EN.summary.outcome_for, EN.summary.outcome_for);
    assert_eq!(
        old::EN.summary.outcome_how_we_know,
        EN.summary.outcome_how_we_know
    );
    assert_eq!(old::EN.summary.people, EN.summary.people);
    assert_eq!(EN.summary.people.len(), 3);
    assert_eq!(
        (old::EN.summary.good_day)("‹a›"),
        EN.summary.good_day("‹a›")
    );
    assert_eq!((old::EN.summary.bad_day)("‹a›"), EN.summary.bad_day("‹a›"));
    assert_eq!(
        (old::EN.summary.difference)("‹a›"),
        EN.summary.difference("‹a›")
    );
    assert_eq!(
        (old::EN.summary.more_good_days)("‹a›"),
        EN.summary.more_good_days("‹a›")
    );
    assert_eq!(
        old::EN.summary.story_keys.likes,
        EN.summary.story_keys.likes
    );
    assert_eq!(
        old::EN.summary.story_keys.dislikes,
        EN.summary.story_keys.dislikes
    );
    assert_eq!(old::EN.summary.story_keys.hard, EN.summary.story_keys.hard);
    assert_eq!(
        old::EN.summary.story_keys.more_of,
        EN.summary.story_keys.more_of
    );
    assert_eq!(
        old::EN.summary.story_keys.feelings,
        EN.summary.story_keys.feelings
    );
    assert_eq!(
        old::EN.summary.story_keys.important_to,
        EN.summary.story_keys.important_to
    );
    assert_eq!(
        old::EN.summary.story_keys.important_for,
        EN.summary.story_keys.important_for
    );
    assert_eq!(
        old::EN.summary.story_keys.child_strengths,
        EN.summary.story_keys.child_strengths
    );
    assert_eq!(
        old::EN.summary.story_keys.family_strengths,
        EN.summary.story_keys.family_strengths
    );
    assert_eq!(
        old::EN.summary.story_keys.people_and_places,
        EN.summary.story_keys.people_and_places
    );
    assert_eq!(
        old::EN.summary.story_keys.working,
        EN.summary.story_keys.working
    );
    assert_eq!(
        old::EN.summary.story_keys.not_working,
        EN.summary.story_keys.not_working
    );
    assert_eq!(
        (old::EN.summary.costs_estimate_for)("‹a›"),
        EN.summary.costs_estimate_for("‹a›")
    );
    assert_eq!(
        old::EN.summary.costs_not_counted,
        EN.summary.costs_not_counted
    );
    assert_eq!(
        old::EN.summary.costs_about_a_week,
        EN.summary.costs_about_a_week
    );
    assert_eq!(
        old::EN.summary.questions_heading,
        EN.summary.questions_heading
    );
    assert_eq!(old::EN.summary.questions_intro, EN.summary.questions_intro);
    assert_eq!(old::EN.summary.question_budget, EN.summary.question_budget);
    assert_eq!(
        old::EN.summary.question_pa_rate,
        EN.summary.question_pa_rate
    );
    assert_eq!(
        old::EN.summary.question_option2_providers,
        EN.summary.question_option2_providers
    );
    assert_eq!(
        old::EN.summary.question_term_time,
        EN.summary.question_term_time
    );
    assert_eq!(
        old::EN.summary.question_transition,
        EN.summary.question_transition
    );
    assert_eq!(
        old::EN.summary.question_direct_payment_help,
        EN.summary.question_direct_payment_help
    );
    assert_eq!(
        old::EN.summary.question_time_to_choose,
        EN.summary.question_time_to_choose
    );
    assert_eq!(old::EN.summary.question_review, EN.summary.question_review);
    assert_eq!(old::EN.summary.print, EN.summary.print);
    assert_eq!(old::EN.summary.copy_heading, EN.summary.copy_heading);
    assert_eq!(old::EN.summary.copy_hint, EN.summary.copy_hint);
    assert_eq!(old::EN.summary.copy_button, EN.summary.copy_button);
    assert_eq!(old::EN.summary.copied, EN.summary.copied);
    assert_eq!(old::EN.summary.copy_failed, EN.summary.copy_failed);
    assert_eq!(old::EN.summary.text_label, EN.summary.text_label);
}
