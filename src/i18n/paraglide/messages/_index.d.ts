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
/**
* | output |
* | --- |
* | "Confirm password" |
*
* @param {Claim_Confirm_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_confirm_password: ((inputs?: Claim_Confirm_PasswordInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Confirm_PasswordInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "You'll sign in as {email}. This link works until {date}." |
*
* @param {Claim_FactsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_facts: ((inputs: Claim_FactsInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_FactsInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Email me a fresh link" |
*
* @param {Claim_Fresh_Link_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_fresh_link_button: ((inputs?: Claim_Fresh_Link_ButtonInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Fresh_Link_ButtonInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Ask your travel advisor for a new invite." |
*
* @param {Claim_Invalid_Ask_AdvisorInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_invalid_ask_advisor: ((inputs?: Claim_Invalid_Ask_AdvisorInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_Ask_AdvisorInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Otherwise, enter your email and we'll send you a fresh link." |
*
* @param {Claim_Invalid_Fresh_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_invalid_fresh_intro: ((inputs?: Claim_Invalid_Fresh_IntroInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_Fresh_IntroInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Already set a password? {link}." |
*
* @param {Claim_Invalid_Have_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_invalid_have_password: ((inputs: Claim_Invalid_Have_PasswordInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_Have_PasswordInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "That link is no longer valid." |
*
* @param {Claim_Invalid_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_invalid_heading: ((inputs?: Claim_Invalid_HeadingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_HeadingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Claim_Invalid_Sign_InInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_invalid_sign_in: ((inputs?: Claim_Invalid_Sign_InInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_Sign_InInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Link no longer valid" |
*
* @param {Claim_Invalid_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_invalid_title: ((inputs?: Claim_Invalid_TitleInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_TitleInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Portal links work once and expire after 7 days, and only the newest one works." |
*
* @param {Claim_Invalid_WhyInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_invalid_why: ((inputs?: Claim_Invalid_WhyInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_WhyInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "New password" |
*
* @param {Claim_New_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_new_password: ((inputs?: Claim_New_PasswordInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_New_PasswordInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Set password and sign in" |
*
* @param {Claim_Submit_InviteInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_submit_invite: ((inputs?: Claim_Submit_InviteInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Submit_InviteInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Save new password" |
*
* @param {Claim_Submit_ResetInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_submit_reset: ((inputs?: Claim_Submit_ResetInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Submit_ResetInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Set your password" |
*
* @param {Claim_Title_InviteInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_title_invite: ((inputs?: Claim_Title_InviteInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Title_InviteInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a new password" |
*
* @param {Claim_Title_ResetInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_title_reset: ((inputs?: Claim_Title_ResetInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Title_ResetInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Welcome, {firstName}. Set a password for your {agency} trip portal and you're in." |
*
* @param {Claim_Welcome_InviteInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_welcome_invite: ((inputs: Claim_Welcome_InviteInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Welcome_InviteInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Hi {firstName}, choose a new password for your trip portal." |
*
* @param {Claim_Welcome_ResetInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const claim_welcome_reset: ((inputs: Claim_Welcome_ResetInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Welcome_ResetInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter your email and the 6-digit code we emailed you." |
*
* @param {Code_AskInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const code_ask: ((inputs?: Code_AskInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_AskInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Email me a sign-in code" |
*
* @param {Code_Email_MeInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const code_email_me: ((inputs?: Code_Email_MeInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_Email_MeInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "6-digit code" |
*
* @param {Code_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const code_label: ((inputs?: Code_LabelInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_LabelInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter the 6-digit code from the email." |
*
* @param {Code_MissingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const code_missing: ((inputs?: Code_MissingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_MissingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Email me a new code" |
*
* @param {Code_NewInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const code_new: ((inputs?: Code_NewInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_NewInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing after a few minutes? Check your spam or junk folder." |
*
* @param {Code_NothingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const code_nothing: ((inputs?: Code_NothingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_NothingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If {email} has access to this portal, we just emailed it a 6-digit code. It works once, for 10 minutes. (Not set up yet? You'll get a link to choose your pas..." |
*
* @param {Code_SentInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const code_sent: ((inputs: Code_SentInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_SentInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter your sign-in code" |
*
* @param {Code_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const code_title: ((inputs?: Code_TitleInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_TitleInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "That code is wrong or has expired." |
*
* @param {Code_WrongInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const code_wrong: ((inputs?: Code_WrongInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_WrongInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Breadcrumb" |
*
* @param {Document_Breadcrumb_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_breadcrumb_label: ((inputs?: Document_Breadcrumb_LabelInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Breadcrumb_LabelInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Dates" |
*
* @param {Document_DatesInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_dates: ((inputs?: Document_DatesInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_DatesInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Invoice" |
*
* @param {Document_Kind_InvoiceInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_kind_invoice: ((inputs?: Document_Kind_InvoiceInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Kind_InvoiceInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Proposal" |
*
* @param {Document_Kind_ProposalInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_kind_proposal: ((inputs?: Document_Kind_ProposalInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Kind_ProposalInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Amount" |
*
* @param {Document_Line_AmountInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_line_amount: ((inputs?: Document_Line_AmountInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Line_AmountInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Item" |
*
* @param {Document_Line_ItemInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_line_item: ((inputs?: Document_Line_ItemInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Line_ItemInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "What this invoice covers" |
*
* @param {Document_Lines_Caption_InvoiceInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_lines_caption_invoice: ((inputs?: Document_Lines_Caption_InvoiceInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Lines_Caption_InvoiceInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "What this proposal covers" |
*
* @param {Document_Lines_Caption_ProposalInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_lines_caption_proposal: ((inputs?: Document_Lines_Caption_ProposalInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Lines_Caption_ProposalInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Prepared for" |
*
* @param {Document_Prepared_ForInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_prepared_for: ((inputs?: Document_Prepared_ForInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Prepared_ForInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Print or save as PDF" |
*
* @param {Document_PrintInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_print: ((inputs?: Document_PrintInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_PrintInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Shared." |
*
* @param {Document_SharedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_shared: ((inputs?: Document_SharedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_SharedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Shared by {advisor}." |
*
* @param {Document_Shared_ByInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_shared_by: ((inputs: Document_Shared_ByInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Shared_ByInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Shared by {advisor} on {date}." |
*
* @param {Document_Shared_By_OnInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_shared_by_on: ((inputs: Document_Shared_By_OnInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Shared_By_OnInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Shared {date}" |
*
* @param {Document_Shared_DateInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_shared_date: ((inputs: Document_Shared_DateInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Shared_DateInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Shared on" |
*
* @param {Document_Shared_OnInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_shared_on: ((inputs?: Document_Shared_OnInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Shared_OnInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Shared on {date}." |
*
* @param {Document_Shared_On_DateInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_shared_on_date: ((inputs: Document_Shared_On_DateInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Shared_On_DateInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Invoice: {title}" |
*
* @param {Document_Title_InvoiceInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_title_invoice: ((inputs: Document_Title_InvoiceInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Title_InvoiceInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Proposal: {title}" |
*
* @param {Document_Title_ProposalInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_title_proposal: ((inputs: Document_Title_ProposalInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Title_ProposalInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Total" |
*
* @param {Document_TotalInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_total: ((inputs?: Document_TotalInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_TotalInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Trip" |
*
* @param {Document_TripInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const document_trip: ((inputs?: Document_TripInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_TripInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If the button doesn't work, copy this address into your browser:" |
*
* @param {Email_Button_FallbackInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_button_fallback: ((inputs?: Email_Button_FallbackInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Button_FallbackInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sent by {agencyName} through Trips. Questions? Reply to this email. If you weren't expecting this email, you can ignore it." |
*
* @param {Email_FooterInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_footer: ((inputs: Email_FooterInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_FooterInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sent by {agencyName} through Trips. Questions? Reply to this email or write to {contactEmail}. If you weren't expecting this email, you can ignore it." |
*
* @param {Email_Footer_With_AddressInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_footer_with_address: ((inputs: Email_Footer_With_AddressInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Footer_With_AddressInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Choose your password" |
*
* @param {Email_Fresh_Link_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_fresh_link_button: ((inputs?: Email_Fresh_Link_ButtonInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_ButtonInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Any earlier link no longer works. If you didn't ask for this, ignore this email: nothing changes." |
*
* @param {Email_Fresh_Link_Earlier_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_fresh_link_earlier_link: ((inputs?: Email_Fresh_Link_Earlier_LinkInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_Earlier_LinkInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Here is your fresh link, {firstName}" |
*
* @param {Email_Fresh_Link_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_fresh_link_heading: ((inputs: Email_Fresh_Link_HeadingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_HeadingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "You asked for a new link to your {agencyName} trip portal. Use it to choose your password and sign in." |
*
* @param {Email_Fresh_Link_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_fresh_link_intro: ((inputs: Email_Fresh_Link_IntroInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_IntroInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "You asked for a fresh link to choose your password." |
*
* @param {Email_Fresh_Link_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_fresh_link_preheader: ((inputs?: Email_Fresh_Link_PreheaderInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_PreheaderInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your link to the {agencyName} trip portal" |
*
* @param {Email_Fresh_Link_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_fresh_link_subject: ((inputs: Email_Fresh_Link_SubjectInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_SubjectInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Choose your password here:" |
*
* @param {Email_Fresh_Link_Text_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_fresh_link_text_lead: ((inputs?: Email_Fresh_Link_Text_LeadInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_Text_LeadInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Set your password" |
*
* @param {Email_Invite_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_invite_button: ((inputs?: Email_Invite_ButtonInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_ButtonInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your trip portal is ready, {firstName}" |
*
* @param {Email_Invite_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_invite_heading: ((inputs: Email_Invite_HeadingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_HeadingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If it has expired, ask {agencyName} for a new one or use “{freshLinkButton}” on the page it opens." |
*
* @param {Email_Invite_If_ExpiredInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_invite_if_expired: ((inputs: Email_Invite_If_ExpiredInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_If_ExpiredInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "{advisorName} at {agencyName} has set up a private portal where you can see your trips, itineraries, invoices and proposals in one place." |
*
* @param {Email_Invite_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_invite_intro: ((inputs: Email_Invite_IntroInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_IntroInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Set a password to get in:" |
*
* @param {Email_Invite_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_invite_lead: ((inputs?: Email_Invite_LeadInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_LeadInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Set a password once to see your trips, itineraries, invoices and proposals." |
*
* @param {Email_Invite_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_invite_preheader: ((inputs?: Email_Invite_PreheaderInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_PreheaderInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Questions? Reply to this email to reach {advisorName}." |
*
* @param {Email_Invite_QuestionsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_invite_questions: ((inputs: Email_Invite_QuestionsInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_QuestionsInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "{advisorFirstName} at {agencyName} invited you to your trip portal" |
*
* @param {Email_Invite_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_invite_subject: ((inputs: Email_Invite_SubjectInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_SubjectInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "This link works once and expires in 7 days, on {expiry}." |
*
* @param {Email_Link_ExpiryInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_link_expiry: ((inputs: Email_Link_ExpiryInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Link_ExpiryInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "This link works once and expires in 7 days." |
*
* @param {Email_Link_Expiry_In_7_DaysInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_link_expiry_in_7_days: ((inputs?: Email_Link_Expiry_In_7_DaysInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Link_Expiry_In_7_DaysInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Email_Password_Changed_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_password_changed_button: ((inputs?: Email_Password_Changed_ButtonInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_ButtonInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your password was changed" |
*
* @param {Email_Password_Changed_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_password_changed_heading: ((inputs?: Email_Password_Changed_HeadingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_HeadingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Hi {firstName}, the password of your {agencyName} trip portal was just changed, and every other device was signed out." |
*
* @param {Email_Password_Changed_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_password_changed_intro: ((inputs: Email_Password_Changed_IntroInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_IntroInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If this wasn't you, contact {agencyName} right away: reply to this email." |
*
* @param {Email_Password_Changed_Not_YouInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_password_changed_not_you: ((inputs: Email_Password_Changed_Not_YouInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_Not_YouInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If this wasn't you, contact {agencyName} right away: reply to this email or write to {contactEmail}." |
*
* @param {Email_Password_Changed_Not_You_With_AddressInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_password_changed_not_you_with_address: ((inputs: Email_Password_Changed_Not_You_With_AddressInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_Not_You_With_AddressInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If this wasn't you, contact {agencyName} right away." |
*
* @param {Email_Password_Changed_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_password_changed_preheader: ((inputs: Email_Password_Changed_PreheaderInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_PreheaderInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your {agencyName} trip portal password was changed" |
*
* @param {Email_Password_Changed_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_password_changed_subject: ((inputs: Email_Password_Changed_SubjectInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_SubjectInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in here:" |
*
* @param {Email_Password_Changed_Text_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_password_changed_text_lead: ((inputs?: Email_Password_Changed_Text_LeadInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_Text_LeadInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "The link expires on {expiry}." |
*
* @param {Email_Preheader_ExpiryInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_preheader_expiry: ((inputs: Email_Preheader_ExpiryInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Preheader_ExpiryInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "The link expires in 7 days." |
*
* @param {Email_Preheader_Expiry_In_7_DaysInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_preheader_expiry_in_7_days: ((inputs?: Email_Preheader_Expiry_In_7_DaysInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Preheader_Expiry_In_7_DaysInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Set your password" |
*
* @param {Email_Reminder_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reminder_button: ((inputs?: Email_Reminder_ButtonInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_ButtonInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "The link in the earlier email no longer works. If you weren't expecting this, you can ignore this email." |
*
* @param {Email_Reminder_Earlier_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reminder_earlier_link: ((inputs?: Email_Reminder_Earlier_LinkInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_Earlier_LinkInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your trip portal is still waiting" |
*
* @param {Email_Reminder_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reminder_heading: ((inputs?: Email_Reminder_HeadingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_HeadingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Hi {firstName}, {agencyName} invited you to your trip portal a few days ago, and the invitation is about to expire. Here is a fresh link: set a password once..." |
*
* @param {Email_Reminder_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reminder_intro: ((inputs: Email_Reminder_IntroInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_IntroInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Here is a fresh link to set your password." |
*
* @param {Email_Reminder_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reminder_preheader: ((inputs?: Email_Reminder_PreheaderInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_PreheaderInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Reminder: your {agencyName} trip portal is waiting for you" |
*
* @param {Email_Reminder_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reminder_subject: ((inputs: Email_Reminder_SubjectInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_SubjectInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Set your password here:" |
*
* @param {Email_Reminder_Text_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reminder_text_lead: ((inputs?: Email_Reminder_Text_LeadInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_Text_LeadInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a new password" |
*
* @param {Email_Reset_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reset_button: ((inputs?: Email_Reset_ButtonInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_ButtonInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a new password" |
*
* @param {Email_Reset_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reset_heading: ((inputs?: Email_Reset_HeadingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_HeadingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If you didn't ask for this, ignore this email: your password stays as it is." |
*
* @param {Email_Reset_If_Not_YouInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reset_if_not_you: ((inputs?: Email_Reset_If_Not_YouInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_If_Not_YouInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Hi {firstName}, {advisorName} at {agencyName} sent you a link to choose a new password for your trip portal." |
*
* @param {Email_Reset_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reset_intro: ((inputs: Email_Reset_IntroInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_IntroInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "{advisorName} sent you a link to choose a new password." |
*
* @param {Email_Reset_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reset_preheader: ((inputs: Email_Reset_PreheaderInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_PreheaderInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a new password for your {agencyName} trip portal" |
*
* @param {Email_Reset_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reset_subject: ((inputs: Email_Reset_SubjectInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_SubjectInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a new password here:" |
*
* @param {Email_Reset_Text_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_reset_text_lead: ((inputs?: Email_Reset_Text_LeadInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_Text_LeadInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter your code" |
*
* @param {Email_Sign_In_Code_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_button: ((inputs?: Email_Sign_In_Code_ButtonInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_ButtonInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "It works once and expires in 10 minutes, at {time}." |
*
* @param {Email_Sign_In_Code_ExpiryInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_expiry: ((inputs: Email_Sign_In_Code_ExpiryInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_ExpiryInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your sign-in code" |
*
* @param {Email_Sign_In_Code_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_heading: ((inputs?: Email_Sign_In_Code_HeadingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_HeadingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If you didn't ask for this, ignore this email." |
*
* @param {Email_Sign_In_Code_IgnoreInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_ignore: ((inputs?: Email_Sign_In_Code_IgnoreInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_IgnoreInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Hi {firstName}, enter this code on the sign-in page of your {agencyName} trip portal:" |
*
* @param {Email_Sign_In_Code_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_intro: ((inputs: Email_Sign_In_Code_IntroInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_IntroInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Nobody can sign in without the code." |
*
* @param {Email_Sign_In_Code_Nobody_ElseInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_nobody_else: ((inputs?: Email_Sign_In_Code_Nobody_ElseInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_Nobody_ElseInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter it on the sign-in page. It works once and expires in 10 minutes." |
*
* @param {Email_Sign_In_Code_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_preheader: ((inputs?: Email_Sign_In_Code_PreheaderInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_PreheaderInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If you have questions, reply to this email." |
*
* @param {Email_Sign_In_Code_QuestionsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_questions: ((inputs?: Email_Sign_In_Code_QuestionsInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_QuestionsInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If you have questions, reply to this email or write to {contactEmail}." |
*
* @param {Email_Sign_In_Code_Questions_With_AddressInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_questions_with_address: ((inputs: Email_Sign_In_Code_Questions_With_AddressInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_Questions_With_AddressInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "{code} is your sign-in code for {agencyName}" |
*
* @param {Email_Sign_In_Code_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_subject: ((inputs: Email_Sign_In_Code_SubjectInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_SubjectInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter your code here:" |
*
* @param {Email_Sign_In_Code_Text_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const email_sign_in_code_text_lead: ((inputs?: Email_Sign_In_Code_Text_LeadInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_Text_LeadInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Forgot your password?" |
*
* @param {Forgot_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const forgot_heading: ((inputs?: Forgot_HeadingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_HeadingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter the email your travel advisor has on file and we'll send you a link to choose a new password." |
*
* @param {Forgot_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const forgot_intro: ((inputs?: Forgot_IntroInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_IntroInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Forgot password?" |
*
* @param {Forgot_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const forgot_link: ((inputs?: Forgot_LinkInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_LinkInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Forgot password" |
*
* @param {Forgot_Page_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const forgot_page_title: ((inputs?: Forgot_Page_TitleInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_Page_TitleInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If {email} has access to this portal, a link is on its way to it. The link works once and expires in 7 days, on {date}." |
*
* @param {Forgot_SentInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const forgot_sent: ((inputs: Forgot_SentInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_SentInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing in a few minutes? Check your spam or junk folder, or ask {agency} which email they have on file." |
*
* @param {Forgot_Sent_NothingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const forgot_sent_nothing: ((inputs: Forgot_Sent_NothingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_Sent_NothingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Email me a link" |
*
* @param {Forgot_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const forgot_submit: ((inputs?: Forgot_SubmitInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_SubmitInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your travel advisor" |
*
* @param {Home_Advisor_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_advisor_label: ((inputs?: Home_Advisor_LabelInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Advisor_LabelInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "All your trips" |
*
* @param {Home_All_TripsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_all_trips: ((inputs?: Home_All_TripsInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_All_TripsInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your trips will appear here, with the itineraries, invoices and proposals {agency} shares with you. Questions? Contact your advisor." |
*
* @param {Home_Empty_Contact_AdvisorInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_empty_contact_advisor: ((inputs: Home_Empty_Contact_AdvisorInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Empty_Contact_AdvisorInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your trips will appear here, with the itineraries, invoices and proposals {agency} shares with you. Questions? Write to {advisor}." |
*
* @param {Home_Empty_Write_To_AdvisorInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_empty_write_to_advisor: ((inputs: Home_Empty_Write_To_AdvisorInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Empty_Write_To_AdvisorInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Hi {firstName}" |
*
* @param {Home_GreetingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_greeting: ((inputs: Home_GreetingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_GreetingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "1 more document for this trip" |
* | "other" | "{count} more documents for this trip" |
*
* @param {Home_More_DocumentsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_more_documents: ((inputs: Home_More_DocumentsInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_More_DocumentsInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Trip pages" |
*
* @param {Home_Pager_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_pager_label: ((inputs?: Home_Pager_LabelInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Pager_LabelInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "More trips" |
*
* @param {Home_Pager_MoreInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_pager_more: ((inputs?: Home_Pager_MoreInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Pager_MoreInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Previous trips" |
*
* @param {Home_Pager_PreviousInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_pager_previous: ((inputs?: Home_Pager_PreviousInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Pager_PreviousInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign-in & security" |
*
* @param {Home_Security_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_security_link: ((inputs?: Home_Security_LinkInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Security_LinkInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Home_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_sign_out: ((inputs?: Home_Sign_OutInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Sign_OutInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your trips" |
*
* @param {Home_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_title: ((inputs?: Home_TitleInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_TitleInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing shared on this trip yet. Invoices and proposals appear here as soon as {sharer} shares them; ask them if you're expecting one." |
*
* @param {Home_Trip_Nothing_SharedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const home_trip_nothing_shared: ((inputs: Home_Trip_Nothing_SharedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Trip_Nothing_SharedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Add a passkey" |
*
* @param {Passkey_AddInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const passkey_add: ((inputs?: Passkey_AddInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_AddInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "This device already has a passkey for your portal." |
*
* @param {Passkey_Already_HereInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const passkey_already_here: ((inputs?: Passkey_Already_HereInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Already_HereInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "No passkey was added. Try again, or keep signing in with your password." |
*
* @param {Passkey_Not_AddedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const passkey_not_added: ((inputs?: Passkey_Not_AddedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Not_AddedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Not now" |
*
* @param {Passkey_Not_NowInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const passkey_not_now: ((inputs?: Passkey_Not_NowInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Not_NowInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "No passkey was used. Try again, or sign in with your email and password." |
*
* @param {Passkey_Not_UsedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const passkey_not_used: ((inputs?: Passkey_Not_UsedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Not_UsedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in next time with your face, fingerprint or screen lock." |
*
* @param {Passkey_Offer_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const passkey_offer_text: ((inputs?: Passkey_Offer_TextInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Offer_TextInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in with a passkey" |
*
* @param {Passkey_Sign_InInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const passkey_sign_in: ((inputs?: Passkey_Sign_InInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Sign_InInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "That passkey didn't sign you in. Try again, or sign in with your email and password." |
*
* @param {Passkey_Sign_In_RefusedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const passkey_sign_in_refused: ((inputs?: Passkey_Sign_In_RefusedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Sign_In_RefusedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "The two passwords don't match." |
*
* @param {Password_MismatchInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const password_mismatch: ((inputs?: Password_MismatchInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_MismatchInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Use at least 12 characters. Long phrases are good; common passwords are refused." |
*
* @param {Password_RulesInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const password_rules: ((inputs?: Password_RulesInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_RulesInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "That password is too common and easy to guess. Try a longer phrase only you would think of." |
*
* @param {Password_Too_CommonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const password_too_common: ((inputs?: Password_Too_CommonInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_Too_CommonInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your password can be at most 128 characters." |
*
* @param {Password_Too_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const password_too_long: ((inputs?: Password_Too_LongInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_Too_LongInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your password needs at least 12 characters." |
*
* @param {Password_Too_ShortInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const password_too_short: ((inputs?: Password_Too_ShortInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_Too_ShortInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Portal_Language_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const portal_language_nav: ((inputs?: Portal_Language_NavInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Portal_Language_NavInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Added {when}" |
*
* @param {Security_Added_AgoInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_added_ago: ((inputs: Security_Added_AgoInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Added_AgoInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Added {when}" |
*
* @param {Security_Added_OnInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_added_on: ((inputs: Security_Added_OnInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Added_OnInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Change password" |
*
* @param {Security_Change_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_change_password: ((inputs?: Security_Change_PasswordInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Change_PasswordInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Confirm new password" |
*
* @param {Security_Confirm_New_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_confirm_new_password: ((inputs?: Security_Confirm_New_PasswordInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Confirm_New_PasswordInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter your current password." |
*
* @param {Security_Current_MissingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_current_missing: ((inputs?: Security_Current_MissingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Current_MissingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Current password" |
*
* @param {Security_Current_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_current_password: ((inputs?: Security_Current_PasswordInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Current_PasswordInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "You have no passkeys yet." |
*
* @param {Security_No_PasskeysInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_no_passkeys: ((inputs?: Security_No_PasskeysInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_No_PasskeysInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "not used yet" |
*
* @param {Security_Not_UsedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_not_used: ((inputs?: Security_Not_UsedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Not_UsedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Passkey added. Next time, choose “Sign in with a passkey”." |
*
* @param {Security_Notice_AddedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_notice_added: ((inputs?: Security_Notice_AddedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Notice_AddedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Password changed. You are still signed in here; everywhere else you were signed out." |
*
* @param {Security_Notice_ChangedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_notice_changed: ((inputs?: Security_Notice_ChangedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Notice_ChangedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Passkey removed." |
*
* @param {Security_Notice_RemovedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_notice_removed: ((inputs?: Security_Notice_RemovedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Notice_RemovedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Passkeys" |
*
* @param {Security_PasskeysInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_passkeys: ((inputs?: Security_PasskeysInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_PasskeysInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in with your face, fingerprint or screen lock instead of your password." |
*
* @param {Security_Passkeys_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_passkeys_intro: ((inputs?: Security_Passkeys_IntroInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Passkeys_IntroInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Remove" |
*
* @param {Security_RemoveInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_remove: ((inputs?: Security_RemoveInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_RemoveInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Remove {name}" |
*
* @param {Security_Remove_NamedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_remove_named: ((inputs: Security_Remove_NamedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Remove_NamedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Changing it signs you out everywhere else." |
*
* @param {Security_Signs_Out_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_signs_out_elsewhere: ((inputs?: Security_Signs_Out_ElsewhereInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Signs_Out_ElsewhereInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign-in & security" |
*
* @param {Security_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_title: ((inputs?: Security_TitleInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_TitleInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "last used {when}" |
*
* @param {Security_Used_AgoInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_used_ago: ((inputs: Security_Used_AgoInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Used_AgoInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "last used {when}" |
*
* @param {Security_Used_OnInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_used_on: ((inputs: Security_Used_OnInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Used_OnInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "That isn't your current password. Nothing was changed." |
*
* @param {Security_Wrong_CurrentInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_wrong_current: ((inputs?: Security_Wrong_CurrentInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Wrong_CurrentInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your trips" |
*
* @param {Security_Your_TripsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const security_your_trips: ((inputs?: Security_Your_TripsInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Your_TripsInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your portal access is turned off. Contact {agency} to restore it." |
*
* @param {Signin_Access_OffInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_access_off: ((inputs: Signin_Access_OffInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Access_OffInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Back to sign in" |
*
* @param {Signin_BackInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_back: ((inputs?: Signin_BackInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_BackInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Email" |
*
* @param {Signin_EmailInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_email: ((inputs?: Signin_EmailInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_EmailInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter the email address your advisor has on file." |
*
* @param {Signin_Email_InvalidInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_email_invalid: ((inputs?: Signin_Email_InvalidInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Email_InvalidInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter your email." |
*
* @param {Signin_Email_MissingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_email_missing: ((inputs?: Signin_Email_MissingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Email_MissingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "That email address is too long." |
*
* @param {Signin_Email_Too_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_email_too_long: ((inputs?: Signin_Email_Too_LongInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Email_Too_LongInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "This can't contain line breaks or other control characters." |
*
* @param {Signin_Field_ControlInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_field_control: ((inputs?: Signin_Field_ControlInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Field_ControlInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "This can't contain text-direction characters (they can disguise what it says)." |
*
* @param {Signin_Field_DirectionInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_field_direction: ((inputs?: Signin_Field_DirectionInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Field_DirectionInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "This is far too long (at most {max} characters)." |
*
* @param {Signin_Field_Too_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_field_too_long: ((inputs: Signin_Field_Too_LongInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Field_Too_LongInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "This contains characters that could not be read. Retype it and try again." |
*
* @param {Signin_Field_UnreadableInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_field_unreadable: ((inputs?: Signin_Field_UnreadableInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Field_UnreadableInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Check the form and try again." |
*
* @param {Signin_Form_CheckInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_form_check: ((inputs?: Signin_Form_CheckInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Form_CheckInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in to your trip portal" |
*
* @param {Signin_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_heading: ((inputs?: Signin_HeadingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_HeadingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "This page isn't here" |
*
* @param {Signin_Not_Found_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_not_found_heading: ((inputs?: Signin_Not_Found_HeadingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Not_Found_HeadingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "The address may be mistyped, or what it showed is no longer shared. If you followed a link from an email, ask your travel advisor for a fresh one." |
*
* @param {Signin_Not_Found_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_not_found_text: ((inputs?: Signin_Not_Found_TextInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Not_Found_TextInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Not found" |
*
* @param {Signin_Not_Found_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_not_found_title: ((inputs?: Signin_Not_Found_TitleInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Not_Found_TitleInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Password changed. Sign in with your new password." |
*
* @param {Signin_Notice_ChangedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_notice_changed: ((inputs?: Signin_Notice_ChangedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Notice_ChangedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "You were signed out. Sign in again to continue." |
*
* @param {Signin_Notice_EndedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_notice_ended: ((inputs?: Signin_Notice_EndedInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Notice_EndedInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your session expired. Sign in again to see your trips." |
*
* @param {Signin_Notice_ExpiredInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_notice_expired: ((inputs?: Signin_Notice_ExpiredInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Notice_ExpiredInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "You are signed out." |
*
* @param {Signin_Notice_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_notice_signed_out: ((inputs?: Signin_Notice_Signed_OutInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Notice_Signed_OutInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "or" |
*
* @param {Signin_OrInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_or: ((inputs?: Signin_OrInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_OrInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Signin_Page_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_page_title: ((inputs?: Signin_Page_TitleInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Page_TitleInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Signin_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_password: ((inputs?: Signin_PasswordInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_PasswordInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Enter your password." |
*
* @param {Signin_Password_MissingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_password_missing: ((inputs?: Signin_Password_MissingInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Password_MissingInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "That password is too long." |
*
* @param {Signin_Password_Too_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_password_too_long: ((inputs?: Signin_Password_Too_LongInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Password_Too_LongInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Show passwords" |
*
* @param {Signin_Show_PasswordsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_show_passwords: ((inputs?: Signin_Show_PasswordsInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Show_PasswordsInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Signin_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_submit: ((inputs?: Signin_SubmitInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_SubmitInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Too many attempts. Wait a minute and try again." |
*
* @param {Signin_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_too_many: ((inputs?: Signin_Too_ManyInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Too_ManyInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "If your link worked before, it still does: open it again in a minute." |
*
* @param {Signin_Too_Many_Link_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_too_many_link_hint: ((inputs?: Signin_Too_Many_Link_HintInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Too_Many_Link_HintInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | minutesPlural | output |
* | --- | --- |
* | "one" | "Too many attempts. Wait 1 minute and try again." |
* | "other" | "Too many attempts. Wait {minutes} minutes and try again." |
*
* @param {Signin_Too_Many_MinutesInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_too_many_minutes: ((inputs: Signin_Too_Many_MinutesInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Too_Many_MinutesInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Too many attempts" |
*
* @param {Signin_Too_Many_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_too_many_title: ((inputs?: Signin_Too_Many_TitleInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Too_Many_TitleInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "That email and password don't match. Check them, or use “Forgot password?” below." |
*
* @param {Signin_Wrong_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_wrong_password: ((inputs?: Signin_Wrong_PasswordInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Wrong_PasswordInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
/**
* | output |
* | --- |
* | "Your email" |
*
* @param {Signin_Your_EmailInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export declare const signin_your_email: ((inputs?: Signin_Your_EmailInputs, options?: {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Your_EmailInputs, {
    locale?: "en" | "es" | "fr" | "de" | "pt";
}, {}>;
