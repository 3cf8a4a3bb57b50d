export type LocalizedString = import('../runtime.js').LocalizedString;
export type Claim_Confirm_PasswordInputs = {};
export type Claim_FactsInputs = {
    email: NonNullable<unknown>;
    date: NonNullable<unknown>;
};
export type Claim_Fresh_Link_ButtonInputs = {};
export type Claim_Invalid_Ask_AdvisorInputs = {};
export type Claim_Invalid_Fresh_IntroInputs = {};
export type Claim_Invalid_Have_PasswordInputs = {
    link: NonNullable<unknown>;
};
export type Claim_Invalid_HeadingInputs = {};
export type Claim_Invalid_Sign_InInputs = {};
export type Claim_Invalid_TitleInputs = {};
export type Claim_Invalid_WhyInputs = {};
export type Claim_New_PasswordInputs = {};
export type Claim_Submit_InviteInputs = {};
export type Claim_Submit_ResetInputs = {};
export type Claim_Title_InviteInputs = {};
export type Claim_Title_ResetInputs = {};
export type Claim_Welcome_InviteInputs = {
    firstName: NonNullable<unknown>;
    agency: NonNullable<unknown>;
};
export type Claim_Welcome_ResetInputs = {
    firstName: NonNullable<unknown>;
};
export type Code_AskInputs = {};
export type Code_Email_MeInputs = {};
export type Code_LabelInputs = {};
export type Code_MissingInputs = {};
export type Code_NewInputs = {};
export type Code_NothingInputs = {};
export type Code_SentInputs = {
    email: NonNullable<unknown>;
};
export type Code_TitleInputs = {};
export type Code_WrongInputs = {};
export type Document_Breadcrumb_LabelInputs = {};
export type Document_DatesInputs = {};
export type Document_Kind_InvoiceInputs = {};
export type Document_Kind_ProposalInputs = {};
export type Document_Line_AmountInputs = {};
export type Document_Line_ItemInputs = {};
export type Document_Lines_Caption_InvoiceInputs = {};
export type Document_Lines_Caption_ProposalInputs = {};
export type Document_Prepared_ForInputs = {};
export type Document_PrintInputs = {};
export type Document_SharedInputs = {};
export type Document_Shared_ByInputs = {
    advisor: NonNullable<unknown>;
};
export type Document_Shared_By_OnInputs = {
    advisor: NonNullable<unknown>;
    date: NonNullable<unknown>;
};
export type Document_Shared_DateInputs = {
    date: NonNullable<unknown>;
};
export type Document_Shared_OnInputs = {};
export type Document_Shared_On_DateInputs = {
    date: NonNullable<unknown>;
};
export type Document_Title_InvoiceInputs = {
    title: NonNullable<unknown>;
};
export type Document_Title_ProposalInputs = {
    title: NonNullable<unknown>;
};
export type Document_TotalInputs = {};
export type Document_TripInputs = {};
export type Email_Button_FallbackInputs = {};
export type Email_FooterInputs = {
    agencyName: NonNullable<unknown>;
};
export type Email_Footer_With_AddressInputs = {
    agencyName: NonNullable<unknown>;
    contactEmail: NonNullable<unknown>;
};
export type Email_Fresh_Link_ButtonInputs = {};
export type Email_Fresh_Link_Earlier_LinkInputs = {};
export type Email_Fresh_Link_HeadingInputs = {
    firstName: NonNullable<unknown>;
};
export type Email_Fresh_Link_IntroInputs = {
    agencyName: NonNullable<unknown>;
};
export type Email_Fresh_Link_PreheaderInputs = {};
export type Email_Fresh_Link_SubjectInputs = {
    agencyName: NonNullable<unknown>;
};
export type Email_Fresh_Link_Text_LeadInputs = {};
export type Email_Invite_ButtonInputs = {};
export type Email_Invite_HeadingInputs = {
    firstName: NonNullable<unknown>;
};
export type Email_Invite_If_ExpiredInputs = {
    agencyName: NonNullable<unknown>;
    freshLinkButton: NonNullable<unknown>;
};
export type Email_Invite_IntroInputs = {
    advisorName: NonNullable<unknown>;
    agencyName: NonNullable<unknown>;
};
export type Email_Invite_LeadInputs = {};
export type Email_Invite_PreheaderInputs = {};
export type Email_Invite_QuestionsInputs = {
    advisorName: NonNullable<unknown>;
};
export type Email_Invite_SubjectInputs = {
    advisorFirstName: NonNullable<unknown>;
    agencyName: NonNullable<unknown>;
};
export type Email_Link_ExpiryInputs = {
    expiry: NonNullable<unknown>;
};
export type Email_Link_Expiry_In_7_DaysInputs = {};
export type Email_Password_Changed_ButtonInputs = {};
export type Email_Password_Changed_HeadingInputs = {};
export type Email_Password_Changed_IntroInputs = {
    firstName: NonNullable<unknown>;
    agencyName: NonNullable<unknown>;
};
export type Email_Password_Changed_Not_YouInputs = {
    agencyName: NonNullable<unknown>;
};
export type Email_Password_Changed_Not_You_With_AddressInputs = {
    agencyName: NonNullable<unknown>;
    contactEmail: NonNullable<unknown>;
};
export type Email_Password_Changed_PreheaderInputs = {
    agencyName: NonNullable<unknown>;
};
export type Email_Password_Changed_SubjectInputs = {
    agencyName: NonNullable<unknown>;
};
export type Email_Password_Changed_Text_LeadInputs = {};
export type Email_Preheader_ExpiryInputs = {
    expiry: NonNullable<unknown>;
};
export type Email_Preheader_Expiry_In_7_DaysInputs = {};
export type Email_Reminder_ButtonInputs = {};
export type Email_Reminder_Earlier_LinkInputs = {};
export type Email_Reminder_HeadingInputs = {};
export type Email_Reminder_IntroInputs = {
    firstName: NonNullable<unknown>;
    agencyName: NonNullable<unknown>;
};
export type Email_Reminder_PreheaderInputs = {};
export type Email_Reminder_SubjectInputs = {
    agencyName: NonNullable<unknown>;
};
export type Email_Reminder_Text_LeadInputs = {};
export type Email_Reset_ButtonInputs = {};
export type Email_Reset_HeadingInputs = {};
export type Email_Reset_If_Not_YouInputs = {};
export type Email_Reset_IntroInputs = {
    firstName: NonNullable<unknown>;
    advisorName: NonNullable<unknown>;
    agencyName: NonNullable<unknown>;
};
export type Email_Reset_PreheaderInputs = {
    advisorName: NonNullable<unknown>;
};
export type Email_Reset_SubjectInputs = {
    agencyName: NonNullable<unknown>;
};
export type Email_Reset_Text_LeadInputs = {};
export type Email_Sign_In_Code_ButtonInputs = {};
export type Email_Sign_In_Code_ExpiryInputs = {
    time: NonNullable<unknown>;
};
export type Email_Sign_In_Code_HeadingInputs = {};
export type Email_Sign_In_Code_IgnoreInputs = {};
export type Email_Sign_In_Code_IntroInputs = {
    firstName: NonNullable<unknown>;
    agencyName: NonNullable<unknown>;
};
export type Email_Sign_In_Code_Nobody_ElseInputs = {};
export type Email_Sign_In_Code_PreheaderInputs = {};
export type Email_Sign_In_Code_QuestionsInputs = {};
export type Email_Sign_In_Code_Questions_With_AddressInputs = {
    contactEmail: NonNullable<unknown>;
};
export type Email_Sign_In_Code_SubjectInputs = {
    code: NonNullable<unknown>;
    agencyName: NonNullable<unknown>;
};
export type Email_Sign_In_Code_Text_LeadInputs = {};
export type Forgot_HeadingInputs = {};
export type Forgot_IntroInputs = {};
export type Forgot_LinkInputs = {};
export type Forgot_Page_TitleInputs = {};
export type Forgot_SentInputs = {
    email: NonNullable<unknown>;
    date: NonNullable<unknown>;
};
export type Forgot_Sent_NothingInputs = {
    agency: NonNullable<unknown>;
};
export type Forgot_SubmitInputs = {};
export type Home_Advisor_LabelInputs = {};
export type Home_All_TripsInputs = {};
export type Home_Empty_Contact_AdvisorInputs = {
    agency: NonNullable<unknown>;
};
export type Home_Empty_Write_To_AdvisorInputs = {
    agency: NonNullable<unknown>;
    advisor: NonNullable<unknown>;
};
export type Home_GreetingInputs = {
    firstName: NonNullable<unknown>;
};
export type Home_More_DocumentsInputs = {
    count: NonNullable<unknown>;
};
export type Home_Pager_LabelInputs = {};
export type Home_Pager_MoreInputs = {};
export type Home_Pager_PreviousInputs = {};
export type Home_Security_LinkInputs = {};
export type Home_Sign_OutInputs = {};
export type Home_TitleInputs = {};
export type Home_Trip_Nothing_SharedInputs = {
    sharer: NonNullable<unknown>;
};
export type Passkey_AddInputs = {};
export type Passkey_Already_HereInputs = {};
export type Passkey_Not_AddedInputs = {};
export type Passkey_Not_NowInputs = {};
export type Passkey_Not_UsedInputs = {};
export type Passkey_Offer_TextInputs = {};
export type Passkey_Sign_InInputs = {};
export type Passkey_Sign_In_RefusedInputs = {};
export type Password_MismatchInputs = {};
export type Password_RulesInputs = {};
export type Password_Too_CommonInputs = {};
export type Password_Too_LongInputs = {};
export type Password_Too_ShortInputs = {};
export type Portal_Language_NavInputs = {};
export type Security_Added_AgoInputs = {
    when: NonNullable<unknown>;
};
export type Security_Added_OnInputs = {
    when: NonNullable<unknown>;
};
export type Security_Change_PasswordInputs = {};
export type Security_Confirm_New_PasswordInputs = {};
export type Security_Current_MissingInputs = {};
export type Security_Current_PasswordInputs = {};
export type Security_No_PasskeysInputs = {};
export type Security_Not_UsedInputs = {};
export type Security_Notice_AddedInputs = {};
export type Security_Notice_ChangedInputs = {};
export type Security_Notice_RemovedInputs = {};
export type Security_PasskeysInputs = {};
export type Security_Passkeys_IntroInputs = {};
export type Security_RemoveInputs = {};
export type Security_Remove_NamedInputs = {
    name: NonNullable<unknown>;
};
export type Security_Signs_Out_ElsewhereInputs = {};
export type Security_TitleInputs = {};
export type Security_Used_AgoInputs = {
    when: NonNullable<unknown>;
};
export type Security_Used_OnInputs = {
    when: NonNullable<unknown>;
};
export type Security_Wrong_CurrentInputs = {};
export type Security_Your_TripsInputs = {};
export type Signin_Access_OffInputs = {
    agency: NonNullable<unknown>;
};
export type Signin_BackInputs = {};
export type Signin_EmailInputs = {};
export type Signin_Email_InvalidInputs = {};
export type Signin_Email_MissingInputs = {};
export type Signin_Email_Too_LongInputs = {};
export type Signin_Field_ControlInputs = {};
export type Signin_Field_DirectionInputs = {};
export type Signin_Field_Too_LongInputs = {
    max: NonNullable<unknown>;
};
export type Signin_Field_UnreadableInputs = {};
export type Signin_Form_CheckInputs = {};
export type Signin_HeadingInputs = {};
export type Signin_Not_Found_HeadingInputs = {};
export type Signin_Not_Found_TextInputs = {};
export type Signin_Not_Found_TitleInputs = {};
export type Signin_Notice_ChangedInputs = {};
export type Signin_Notice_EndedInputs = {};
export type Signin_Notice_ExpiredInputs = {};
export type Signin_Notice_Signed_OutInputs = {};
export type Signin_OrInputs = {};
export type Signin_Page_TitleInputs = {};
export type Signin_PasswordInputs = {};
export type Signin_Password_MissingInputs = {};
export type Signin_Password_Too_LongInputs = {};
export type Signin_Show_PasswordsInputs = {};
export type Signin_SubmitInputs = {};
export type Signin_Too_ManyInputs = {};
export type Signin_Too_Many_Link_HintInputs = {};
export type Signin_Too_Many_MinutesInputs = {
    minutes: NonNullable<unknown>;
};
export type Signin_Too_Many_TitleInputs = {};
export type Signin_Wrong_PasswordInputs = {};
export type Signin_Your_EmailInputs = {};
export declare const claim_confirm_password: (inputs: Claim_Confirm_PasswordInputs) => LocalizedString;
export declare const claim_facts: (inputs: Claim_FactsInputs) => LocalizedString;
export declare const claim_fresh_link_button: (inputs: Claim_Fresh_Link_ButtonInputs) => LocalizedString;
export declare const claim_invalid_ask_advisor: (inputs: Claim_Invalid_Ask_AdvisorInputs) => LocalizedString;
export declare const claim_invalid_fresh_intro: (inputs: Claim_Invalid_Fresh_IntroInputs) => LocalizedString;
export declare const claim_invalid_have_password: (inputs: Claim_Invalid_Have_PasswordInputs) => LocalizedString;
export declare const claim_invalid_heading: (inputs: Claim_Invalid_HeadingInputs) => LocalizedString;
export declare const claim_invalid_sign_in: (inputs: Claim_Invalid_Sign_InInputs) => LocalizedString;
export declare const claim_invalid_title: (inputs: Claim_Invalid_TitleInputs) => LocalizedString;
export declare const claim_invalid_why: (inputs: Claim_Invalid_WhyInputs) => LocalizedString;
export declare const claim_new_password: (inputs: Claim_New_PasswordInputs) => LocalizedString;
export declare const claim_submit_invite: (inputs: Claim_Submit_InviteInputs) => LocalizedString;
export declare const claim_submit_reset: (inputs: Claim_Submit_ResetInputs) => LocalizedString;
export declare const claim_title_invite: (inputs: Claim_Title_InviteInputs) => LocalizedString;
export declare const claim_title_reset: (inputs: Claim_Title_ResetInputs) => LocalizedString;
export declare const claim_welcome_invite: (inputs: Claim_Welcome_InviteInputs) => LocalizedString;
export declare const claim_welcome_reset: (inputs: Claim_Welcome_ResetInputs) => LocalizedString;
export declare const code_ask: (inputs: Code_AskInputs) => LocalizedString;
export declare const code_email_me: (inputs: Code_Email_MeInputs) => LocalizedString;
export declare const code_label: (inputs: Code_LabelInputs) => LocalizedString;
export declare const code_missing: (inputs: Code_MissingInputs) => LocalizedString;
export declare const code_new: (inputs: Code_NewInputs) => LocalizedString;
export declare const code_nothing: (inputs: Code_NothingInputs) => LocalizedString;
export declare const code_sent: (inputs: Code_SentInputs) => LocalizedString;
export declare const code_title: (inputs: Code_TitleInputs) => LocalizedString;
export declare const code_wrong: (inputs: Code_WrongInputs) => LocalizedString;
export declare const document_breadcrumb_label: (inputs: Document_Breadcrumb_LabelInputs) => LocalizedString;
export declare const document_dates: (inputs: Document_DatesInputs) => LocalizedString;
export declare const document_kind_invoice: (inputs: Document_Kind_InvoiceInputs) => LocalizedString;
export declare const document_kind_proposal: (inputs: Document_Kind_ProposalInputs) => LocalizedString;
export declare const document_line_amount: (inputs: Document_Line_AmountInputs) => LocalizedString;
export declare const document_line_item: (inputs: Document_Line_ItemInputs) => LocalizedString;
export declare const document_lines_caption_invoice: (inputs: Document_Lines_Caption_InvoiceInputs) => LocalizedString;
export declare const document_lines_caption_proposal: (inputs: Document_Lines_Caption_ProposalInputs) => LocalizedString;
export declare const document_prepared_for: (inputs: Document_Prepared_ForInputs) => LocalizedString;
export declare const document_print: (inputs: Document_PrintInputs) => LocalizedString;
export declare const document_shared: (inputs: Document_SharedInputs) => LocalizedString;
export declare const document_shared_by: (inputs: Document_Shared_ByInputs) => LocalizedString;
export declare const document_shared_by_on: (inputs: Document_Shared_By_OnInputs) => LocalizedString;
export declare const document_shared_date: (inputs: Document_Shared_DateInputs) => LocalizedString;
export declare const document_shared_on: (inputs: Document_Shared_OnInputs) => LocalizedString;
export declare const document_shared_on_date: (inputs: Document_Shared_On_DateInputs) => LocalizedString;
export declare const document_title_invoice: (inputs: Document_Title_InvoiceInputs) => LocalizedString;
export declare const document_title_proposal: (inputs: Document_Title_ProposalInputs) => LocalizedString;
export declare const document_total: (inputs: Document_TotalInputs) => LocalizedString;
export declare const document_trip: (inputs: Document_TripInputs) => LocalizedString;
export declare const email_button_fallback: (inputs: Email_Button_FallbackInputs) => LocalizedString;
export declare const email_footer: (inputs: Email_FooterInputs) => LocalizedString;
export declare const email_footer_with_address: (inputs: Email_Footer_With_AddressInputs) => LocalizedString;
export declare const email_fresh_link_button: (inputs: Email_Fresh_Link_ButtonInputs) => LocalizedString;
export declare const email_fresh_link_earlier_link: (inputs: Email_Fresh_Link_Earlier_LinkInputs) => LocalizedString;
export declare const email_fresh_link_heading: (inputs: Email_Fresh_Link_HeadingInputs) => LocalizedString;
export declare const email_fresh_link_intro: (inputs: Email_Fresh_Link_IntroInputs) => LocalizedString;
export declare const email_fresh_link_preheader: (inputs: Email_Fresh_Link_PreheaderInputs) => LocalizedString;
export declare const email_fresh_link_subject: (inputs: Email_Fresh_Link_SubjectInputs) => LocalizedString;
export declare const email_fresh_link_text_lead: (inputs: Email_Fresh_Link_Text_LeadInputs) => LocalizedString;
export declare const email_invite_button: (inputs: Email_Invite_ButtonInputs) => LocalizedString;
export declare const email_invite_heading: (inputs: Email_Invite_HeadingInputs) => LocalizedString;
export declare const email_invite_if_expired: (inputs: Email_Invite_If_ExpiredInputs) => LocalizedString;
export declare const email_invite_intro: (inputs: Email_Invite_IntroInputs) => LocalizedString;
export declare const email_invite_lead: (inputs: Email_Invite_LeadInputs) => LocalizedString;
export declare const email_invite_preheader: (inputs: Email_Invite_PreheaderInputs) => LocalizedString;
export declare const email_invite_questions: (inputs: Email_Invite_QuestionsInputs) => LocalizedString;
export declare const email_invite_subject: (inputs: Email_Invite_SubjectInputs) => LocalizedString;
export declare const email_link_expiry: (inputs: Email_Link_ExpiryInputs) => LocalizedString;
export declare const email_link_expiry_in_7_days: (inputs: Email_Link_Expiry_In_7_DaysInputs) => LocalizedString;
export declare const email_password_changed_button: (inputs: Email_Password_Changed_ButtonInputs) => LocalizedString;
export declare const email_password_changed_heading: (inputs: Email_Password_Changed_HeadingInputs) => LocalizedString;
export declare const email_password_changed_intro: (inputs: Email_Password_Changed_IntroInputs) => LocalizedString;
export declare const email_password_changed_not_you: (inputs: Email_Password_Changed_Not_YouInputs) => LocalizedString;
export declare const email_password_changed_not_you_with_address: (inputs: Email_Password_Changed_Not_You_With_AddressInputs) => LocalizedString;
export declare const email_password_changed_preheader: (inputs: Email_Password_Changed_PreheaderInputs) => LocalizedString;
export declare const email_password_changed_subject: (inputs: Email_Password_Changed_SubjectInputs) => LocalizedString;
export declare const email_password_changed_text_lead: (inputs: Email_Password_Changed_Text_LeadInputs) => LocalizedString;
export declare const email_preheader_expiry: (inputs: Email_Preheader_ExpiryInputs) => LocalizedString;
export declare const email_preheader_expiry_in_7_days: (inputs: Email_Preheader_Expiry_In_7_DaysInputs) => LocalizedString;
export declare const email_reminder_button: (inputs: Email_Reminder_ButtonInputs) => LocalizedString;
export declare const email_reminder_earlier_link: (inputs: Email_Reminder_Earlier_LinkInputs) => LocalizedString;
export declare const email_reminder_heading: (inputs: Email_Reminder_HeadingInputs) => LocalizedString;
export declare const email_reminder_intro: (inputs: Email_Reminder_IntroInputs) => LocalizedString;
export declare const email_reminder_preheader: (inputs: Email_Reminder_PreheaderInputs) => LocalizedString;
export declare const email_reminder_subject: (inputs: Email_Reminder_SubjectInputs) => LocalizedString;
export declare const email_reminder_text_lead: (inputs: Email_Reminder_Text_LeadInputs) => LocalizedString;
export declare const email_reset_button: (inputs: Email_Reset_ButtonInputs) => LocalizedString;
export declare const email_reset_heading: (inputs: Email_Reset_HeadingInputs) => LocalizedString;
export declare const email_reset_if_not_you: (inputs: Email_Reset_If_Not_YouInputs) => LocalizedString;
export declare const email_reset_intro: (inputs: Email_Reset_IntroInputs) => LocalizedString;
export declare const email_reset_preheader: (inputs: Email_Reset_PreheaderInputs) => LocalizedString;
export declare const email_reset_subject: (inputs: Email_Reset_SubjectInputs) => LocalizedString;
export declare const email_reset_text_lead: (inputs: Email_Reset_Text_LeadInputs) => LocalizedString;
export declare const email_sign_in_code_button: (inputs: Email_Sign_In_Code_ButtonInputs) => LocalizedString;
export declare const email_sign_in_code_expiry: (inputs: Email_Sign_In_Code_ExpiryInputs) => LocalizedString;
export declare const email_sign_in_code_heading: (inputs: Email_Sign_In_Code_HeadingInputs) => LocalizedString;
export declare const email_sign_in_code_ignore: (inputs: Email_Sign_In_Code_IgnoreInputs) => LocalizedString;
export declare const email_sign_in_code_intro: (inputs: Email_Sign_In_Code_IntroInputs) => LocalizedString;
export declare const email_sign_in_code_nobody_else: (inputs: Email_Sign_In_Code_Nobody_ElseInputs) => LocalizedString;
export declare const email_sign_in_code_preheader: (inputs: Email_Sign_In_Code_PreheaderInputs) => LocalizedString;
export declare const email_sign_in_code_questions: (inputs: Email_Sign_In_Code_QuestionsInputs) => LocalizedString;
export declare const email_sign_in_code_questions_with_address: (inputs: Email_Sign_In_Code_Questions_With_AddressInputs) => LocalizedString;
export declare const email_sign_in_code_subject: (inputs: Email_Sign_In_Code_SubjectInputs) => LocalizedString;
export declare const email_sign_in_code_text_lead: (inputs: Email_Sign_In_Code_Text_LeadInputs) => LocalizedString;
export declare const forgot_heading: (inputs: Forgot_HeadingInputs) => LocalizedString;
export declare const forgot_intro: (inputs: Forgot_IntroInputs) => LocalizedString;
export declare const forgot_link: (inputs: Forgot_LinkInputs) => LocalizedString;
export declare const forgot_page_title: (inputs: Forgot_Page_TitleInputs) => LocalizedString;
export declare const forgot_sent: (inputs: Forgot_SentInputs) => LocalizedString;
export declare const forgot_sent_nothing: (inputs: Forgot_Sent_NothingInputs) => LocalizedString;
export declare const forgot_submit: (inputs: Forgot_SubmitInputs) => LocalizedString;
export declare const home_advisor_label: (inputs: Home_Advisor_LabelInputs) => LocalizedString;
export declare const home_all_trips: (inputs: Home_All_TripsInputs) => LocalizedString;
export declare const home_empty_contact_advisor: (inputs: Home_Empty_Contact_AdvisorInputs) => LocalizedString;
export declare const home_empty_write_to_advisor: (inputs: Home_Empty_Write_To_AdvisorInputs) => LocalizedString;
export declare const home_greeting: (inputs: Home_GreetingInputs) => LocalizedString;
export declare const home_more_documents: (inputs: Home_More_DocumentsInputs) => LocalizedString;
export declare const home_pager_label: (inputs: Home_Pager_LabelInputs) => LocalizedString;
export declare const home_pager_more: (inputs: Home_Pager_MoreInputs) => LocalizedString;
export declare const home_pager_previous: (inputs: Home_Pager_PreviousInputs) => LocalizedString;
export declare const home_security_link: (inputs: Home_Security_LinkInputs) => LocalizedString;
export declare const home_sign_out: (inputs: Home_Sign_OutInputs) => LocalizedString;
export declare const home_title: (inputs: Home_TitleInputs) => LocalizedString;
export declare const home_trip_nothing_shared: (inputs: Home_Trip_Nothing_SharedInputs) => LocalizedString;
export declare const passkey_add: (inputs: Passkey_AddInputs) => LocalizedString;
export declare const passkey_already_here: (inputs: Passkey_Already_HereInputs) => LocalizedString;
export declare const passkey_not_added: (inputs: Passkey_Not_AddedInputs) => LocalizedString;
export declare const passkey_not_now: (inputs: Passkey_Not_NowInputs) => LocalizedString;
export declare const passkey_not_used: (inputs: Passkey_Not_UsedInputs) => LocalizedString;
export declare const passkey_offer_text: (inputs: Passkey_Offer_TextInputs) => LocalizedString;
export declare const passkey_sign_in: (inputs: Passkey_Sign_InInputs) => LocalizedString;
export declare const passkey_sign_in_refused: (inputs: Passkey_Sign_In_RefusedInputs) => LocalizedString;
export declare const password_mismatch: (inputs: Password_MismatchInputs) => LocalizedString;
export declare const password_rules: (inputs: Password_RulesInputs) => LocalizedString;
export declare const password_too_common: (inputs: Password_Too_CommonInputs) => LocalizedString;
export declare const password_too_long: (inputs: Password_Too_LongInputs) => LocalizedString;
export declare const password_too_short: (inputs: Password_Too_ShortInputs) => LocalizedString;
export declare const portal_language_nav: (inputs: Portal_Language_NavInputs) => LocalizedString;
export declare const security_added_ago: (inputs: Security_Added_AgoInputs) => LocalizedString;
export declare const security_added_on: (inputs: Security_Added_OnInputs) => LocalizedString;
export declare const security_change_password: (inputs: Security_Change_PasswordInputs) => LocalizedString;
export declare const security_confirm_new_password: (inputs: Security_Confirm_New_PasswordInputs) => LocalizedString;
export declare const security_current_missing: (inputs: Security_Current_MissingInputs) => LocalizedString;
export declare const security_current_password: (inputs: Security_Current_PasswordInputs) => LocalizedString;
export declare const security_no_passkeys: (inputs: Security_No_PasskeysInputs) => LocalizedString;
export declare const security_not_used: (inputs: Security_Not_UsedInputs) => LocalizedString;
export declare const security_notice_added: (inputs: Security_Notice_AddedInputs) => LocalizedString;
export declare const security_notice_changed: (inputs: Security_Notice_ChangedInputs) => LocalizedString;
export declare const security_notice_removed: (inputs: Security_Notice_RemovedInputs) => LocalizedString;
export declare const security_passkeys: (inputs: Security_PasskeysInputs) => LocalizedString;
export declare const security_passkeys_intro: (inputs: Security_Passkeys_IntroInputs) => LocalizedString;
export declare const security_remove: (inputs: Security_RemoveInputs) => LocalizedString;
export declare const security_remove_named: (inputs: Security_Remove_NamedInputs) => LocalizedString;
export declare const security_signs_out_elsewhere: (inputs: Security_Signs_Out_ElsewhereInputs) => LocalizedString;
export declare const security_title: (inputs: Security_TitleInputs) => LocalizedString;
export declare const security_used_ago: (inputs: Security_Used_AgoInputs) => LocalizedString;
export declare const security_used_on: (inputs: Security_Used_OnInputs) => LocalizedString;
export declare const security_wrong_current: (inputs: Security_Wrong_CurrentInputs) => LocalizedString;
export declare const security_your_trips: (inputs: Security_Your_TripsInputs) => LocalizedString;
export declare const signin_access_off: (inputs: Signin_Access_OffInputs) => LocalizedString;
export declare const signin_back: (inputs: Signin_BackInputs) => LocalizedString;
export declare const signin_email: (inputs: Signin_EmailInputs) => LocalizedString;
export declare const signin_email_invalid: (inputs: Signin_Email_InvalidInputs) => LocalizedString;
export declare const signin_email_missing: (inputs: Signin_Email_MissingInputs) => LocalizedString;
export declare const signin_email_too_long: (inputs: Signin_Email_Too_LongInputs) => LocalizedString;
export declare const signin_field_control: (inputs: Signin_Field_ControlInputs) => LocalizedString;
export declare const signin_field_direction: (inputs: Signin_Field_DirectionInputs) => LocalizedString;
export declare const signin_field_too_long: (inputs: Signin_Field_Too_LongInputs) => LocalizedString;
export declare const signin_field_unreadable: (inputs: Signin_Field_UnreadableInputs) => LocalizedString;
export declare const signin_form_check: (inputs: Signin_Form_CheckInputs) => LocalizedString;
export declare const signin_heading: (inputs: Signin_HeadingInputs) => LocalizedString;
export declare const signin_not_found_heading: (inputs: Signin_Not_Found_HeadingInputs) => LocalizedString;
export declare const signin_not_found_text: (inputs: Signin_Not_Found_TextInputs) => LocalizedString;
export declare const signin_not_found_title: (inputs: Signin_Not_Found_TitleInputs) => LocalizedString;
export declare const signin_notice_changed: (inputs: Signin_Notice_ChangedInputs) => LocalizedString;
export declare const signin_notice_ended: (inputs: Signin_Notice_EndedInputs) => LocalizedString;
export declare const signin_notice_expired: (inputs: Signin_Notice_ExpiredInputs) => LocalizedString;
export declare const signin_notice_signed_out: (inputs: Signin_Notice_Signed_OutInputs) => LocalizedString;
export declare const signin_or: (inputs: Signin_OrInputs) => LocalizedString;
export declare const signin_page_title: (inputs: Signin_Page_TitleInputs) => LocalizedString;
export declare const signin_password: (inputs: Signin_PasswordInputs) => LocalizedString;
export declare const signin_password_missing: (inputs: Signin_Password_MissingInputs) => LocalizedString;
export declare const signin_password_too_long: (inputs: Signin_Password_Too_LongInputs) => LocalizedString;
export declare const signin_show_passwords: (inputs: Signin_Show_PasswordsInputs) => LocalizedString;
export declare const signin_submit: (inputs: Signin_SubmitInputs) => LocalizedString;
export declare const signin_too_many: (inputs: Signin_Too_ManyInputs) => LocalizedString;
export declare const signin_too_many_link_hint: (inputs: Signin_Too_Many_Link_HintInputs) => LocalizedString;
export declare const signin_too_many_minutes: (inputs: Signin_Too_Many_MinutesInputs) => LocalizedString;
export declare const signin_too_many_title: (inputs: Signin_Too_Many_TitleInputs) => LocalizedString;
export declare const signin_wrong_password: (inputs: Signin_Wrong_PasswordInputs) => LocalizedString;
export declare const signin_your_email: (inputs: Signin_Your_EmailInputs) => LocalizedString;
