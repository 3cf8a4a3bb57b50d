/* eslint-disable */
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Claim_Confirm_PasswordInputs */
/** @typedef {{ email: NonNullable<unknown>, date: NonNullable<unknown> }} Claim_FactsInputs */
/** @typedef {{}} Claim_Fresh_Link_ButtonInputs */
/** @typedef {{}} Claim_Invalid_Ask_AdvisorInputs */
/** @typedef {{}} Claim_Invalid_Fresh_IntroInputs */
/** @typedef {{ link: NonNullable<unknown> }} Claim_Invalid_Have_PasswordInputs */
/** @typedef {{}} Claim_Invalid_HeadingInputs */
/** @typedef {{}} Claim_Invalid_Sign_InInputs */
/** @typedef {{}} Claim_Invalid_TitleInputs */
/** @typedef {{}} Claim_Invalid_WhyInputs */
/** @typedef {{}} Claim_New_PasswordInputs */
/** @typedef {{}} Claim_Submit_InviteInputs */
/** @typedef {{}} Claim_Submit_ResetInputs */
/** @typedef {{}} Claim_Title_InviteInputs */
/** @typedef {{}} Claim_Title_ResetInputs */
/** @typedef {{ firstName: NonNullable<unknown>, agency: NonNullable<unknown> }} Claim_Welcome_InviteInputs */
/** @typedef {{ firstName: NonNullable<unknown> }} Claim_Welcome_ResetInputs */
/** @typedef {{}} Code_AskInputs */
/** @typedef {{}} Code_Email_MeInputs */
/** @typedef {{}} Code_LabelInputs */
/** @typedef {{}} Code_MissingInputs */
/** @typedef {{}} Code_NewInputs */
/** @typedef {{}} Code_NothingInputs */
/** @typedef {{ email: NonNullable<unknown> }} Code_SentInputs */
/** @typedef {{}} Code_TitleInputs */
/** @typedef {{}} Code_WrongInputs */
/** @typedef {{}} Document_Breadcrumb_LabelInputs */
/** @typedef {{}} Document_DatesInputs */
/** @typedef {{}} Document_Kind_InvoiceInputs */
/** @typedef {{}} Document_Kind_ProposalInputs */
/** @typedef {{}} Document_Line_AmountInputs */
/** @typedef {{}} Document_Line_ItemInputs */
/** @typedef {{}} Document_Lines_Caption_InvoiceInputs */
/** @typedef {{}} Document_Lines_Caption_ProposalInputs */
/** @typedef {{}} Document_Prepared_ForInputs */
/** @typedef {{}} Document_PrintInputs */
/** @typedef {{}} Document_SharedInputs */
/** @typedef {{ advisor: NonNullable<unknown> }} Document_Shared_ByInputs */
/** @typedef {{ advisor: NonNullable<unknown>, date: NonNullable<unknown> }} Document_Shared_By_OnInputs */
/** @typedef {{ date: NonNullable<unknown> }} Document_Shared_DateInputs */
/** @typedef {{}} Document_Shared_OnInputs */
/** @typedef {{ date: NonNullable<unknown> }} Document_Shared_On_DateInputs */
/** @typedef {{ title: NonNullable<unknown> }} Document_Title_InvoiceInputs */
/** @typedef {{ title: NonNullable<unknown> }} Document_Title_ProposalInputs */
/** @typedef {{}} Document_TotalInputs */
/** @typedef {{}} Document_TripInputs */
/** @typedef {{}} Email_Button_FallbackInputs */
/** @typedef {{ agencyName: NonNullable<unknown> }} Email_FooterInputs */
/** @typedef {{ agencyName: NonNullable<unknown>, contactEmail: NonNullable<unknown> }} Email_Footer_With_AddressInputs */
/** @typedef {{}} Email_Fresh_Link_ButtonInputs */
/** @typedef {{}} Email_Fresh_Link_Earlier_LinkInputs */
/** @typedef {{ firstName: NonNullable<unknown> }} Email_Fresh_Link_HeadingInputs */
/** @typedef {{ agencyName: NonNullable<unknown> }} Email_Fresh_Link_IntroInputs */
/** @typedef {{}} Email_Fresh_Link_PreheaderInputs */
/** @typedef {{ agencyName: NonNullable<unknown> }} Email_Fresh_Link_SubjectInputs */
/** @typedef {{}} Email_Fresh_Link_Text_LeadInputs */
/** @typedef {{}} Email_Invite_ButtonInputs */
/** @typedef {{ firstName: NonNullable<unknown> }} Email_Invite_HeadingInputs */
/** @typedef {{ agencyName: NonNullable<unknown>, freshLinkButton: NonNullable<unknown> }} Email_Invite_If_ExpiredInputs */
/** @typedef {{ advisorName: NonNullable<unknown>, agencyName: NonNullable<unknown> }} Email_Invite_IntroInputs */
/** @typedef {{}} Email_Invite_LeadInputs */
/** @typedef {{}} Email_Invite_PreheaderInputs */
/** @typedef {{ advisorName: NonNullable<unknown> }} Email_Invite_QuestionsInputs */
/** @typedef {{ advisorFirstName: NonNullable<unknown>, agencyName: NonNullable<unknown> }} Email_Invite_SubjectInputs */
/** @typedef {{ expiry: NonNullable<unknown> }} Email_Link_ExpiryInputs */
/** @typedef {{}} Email_Link_Expiry_In_7_DaysInputs */
/** @typedef {{}} Email_Password_Changed_ButtonInputs */
/** @typedef {{}} Email_Password_Changed_HeadingInputs */
/** @typedef {{ firstName: NonNullable<unknown>, agencyName: NonNullable<unknown> }} Email_Password_Changed_IntroInputs */
/** @typedef {{ agencyName: NonNullable<unknown> }} Email_Password_Changed_Not_YouInputs */
/** @typedef {{ agencyName: NonNullable<unknown>, contactEmail: NonNullable<unknown> }} Email_Password_Changed_Not_You_With_AddressInputs */
/** @typedef {{ agencyName: NonNullable<unknown> }} Email_Password_Changed_PreheaderInputs */
/** @typedef {{ agencyName: NonNullable<unknown> }} Email_Password_Changed_SubjectInputs */
/** @typedef {{}} Email_Password_Changed_Text_LeadInputs */
/** @typedef {{ expiry: NonNullable<unknown> }} Email_Preheader_ExpiryInputs */
/** @typedef {{}} Email_Preheader_Expiry_In_7_DaysInputs */
/** @typedef {{}} Email_Reminder_ButtonInputs */
/** @typedef {{}} Email_Reminder_Earlier_LinkInputs */
/** @typedef {{}} Email_Reminder_HeadingInputs */
/** @typedef {{ firstName: NonNullable<unknown>, agencyName: NonNullable<unknown> }} Email_Reminder_IntroInputs */
/** @typedef {{}} Email_Reminder_PreheaderInputs */
/** @typedef {{ agencyName: NonNullable<unknown> }} Email_Reminder_SubjectInputs */
/** @typedef {{}} Email_Reminder_Text_LeadInputs */
/** @typedef {{}} Email_Reset_ButtonInputs */
/** @typedef {{}} Email_Reset_HeadingInputs */
/** @typedef {{}} Email_Reset_If_Not_YouInputs */
/** @typedef {{ firstName: NonNullable<unknown>, advisorName: NonNullable<unknown>, agencyName: NonNullable<unknown> }} Email_Reset_IntroInputs */
/** @typedef {{ advisorName: NonNullable<unknown> }} Email_Reset_PreheaderInputs */
/** @typedef {{ agencyName: NonNullable<unknown> }} Email_Reset_SubjectInputs */
/** @typedef {{}} Email_Reset_Text_LeadInputs */
/** @typedef {{}} Email_Sign_In_Code_ButtonInputs */
/** @typedef {{ time: NonNullable<unknown> }} Email_Sign_In_Code_ExpiryInputs */
/** @typedef {{}} Email_Sign_In_Code_HeadingInputs */
/** @typedef {{}} Email_Sign_In_Code_IgnoreInputs */
/** @typedef {{ firstName: NonNullable<unknown>, agencyName: NonNullable<unknown> }} Email_Sign_In_Code_IntroInputs */
/** @typedef {{}} Email_Sign_In_Code_Nobody_ElseInputs */
/** @typedef {{}} Email_Sign_In_Code_PreheaderInputs */
/** @typedef {{}} Email_Sign_In_Code_QuestionsInputs */
/** @typedef {{ contactEmail: NonNullable<unknown> }} Email_Sign_In_Code_Questions_With_AddressInputs */
/** @typedef {{ code: NonNullable<unknown>, agencyName: NonNullable<unknown> }} Email_Sign_In_Code_SubjectInputs */
/** @typedef {{}} Email_Sign_In_Code_Text_LeadInputs */
/** @typedef {{}} Forgot_HeadingInputs */
/** @typedef {{}} Forgot_IntroInputs */
/** @typedef {{}} Forgot_LinkInputs */
/** @typedef {{}} Forgot_Page_TitleInputs */
/** @typedef {{ email: NonNullable<unknown>, date: NonNullable<unknown> }} Forgot_SentInputs */
/** @typedef {{ agency: NonNullable<unknown> }} Forgot_Sent_NothingInputs */
/** @typedef {{}} Forgot_SubmitInputs */
/** @typedef {{}} Home_Advisor_LabelInputs */
/** @typedef {{}} Home_All_TripsInputs */
/** @typedef {{ agency: NonNullable<unknown> }} Home_Empty_Contact_AdvisorInputs */
/** @typedef {{ agency: NonNullable<unknown>, advisor: NonNullable<unknown> }} Home_Empty_Write_To_AdvisorInputs */
/** @typedef {{ firstName: NonNullable<unknown> }} Home_GreetingInputs */
/** @typedef {{ count: NonNullable<unknown> }} Home_More_DocumentsInputs */
/** @typedef {{}} Home_Pager_LabelInputs */
/** @typedef {{}} Home_Pager_MoreInputs */
/** @typedef {{}} Home_Pager_PreviousInputs */
/** @typedef {{}} Home_Security_LinkInputs */
/** @typedef {{}} Home_Sign_OutInputs */
/** @typedef {{}} Home_TitleInputs */
/** @typedef {{ sharer: NonNullable<unknown> }} Home_Trip_Nothing_SharedInputs */
/** @typedef {{}} Passkey_AddInputs */
/** @typedef {{}} Passkey_Already_HereInputs */
/** @typedef {{}} Passkey_Not_AddedInputs */
/** @typedef {{}} Passkey_Not_NowInputs */
/** @typedef {{}} Passkey_Not_UsedInputs */
/** @typedef {{}} Passkey_Offer_TextInputs */
/** @typedef {{}} Passkey_Sign_InInputs */
/** @typedef {{}} Passkey_Sign_In_RefusedInputs */
/** @typedef {{}} Password_MismatchInputs */
/** @typedef {{}} Password_RulesInputs */
/** @typedef {{}} Password_Too_CommonInputs */
/** @typedef {{}} Password_Too_LongInputs */
/** @typedef {{}} Password_Too_ShortInputs */
/** @typedef {{}} Portal_Language_NavInputs */
/** @typedef {{ when: NonNullable<unknown> }} Security_Added_AgoInputs */
/** @typedef {{ when: NonNullable<unknown> }} Security_Added_OnInputs */
/** @typedef {{}} Security_Change_PasswordInputs */
/** @typedef {{}} Security_Confirm_New_PasswordInputs */
/** @typedef {{}} Security_Current_MissingInputs */
/** @typedef {{}} Security_Current_PasswordInputs */
/** @typedef {{}} Security_No_PasskeysInputs */
/** @typedef {{}} Security_Not_UsedInputs */
/** @typedef {{}} Security_Notice_AddedInputs */
/** @typedef {{}} Security_Notice_ChangedInputs */
/** @typedef {{}} Security_Notice_RemovedInputs */
/** @typedef {{}} Security_PasskeysInputs */
/** @typedef {{}} Security_Passkeys_IntroInputs */
/** @typedef {{}} Security_RemoveInputs */
/** @typedef {{ name: NonNullable<unknown> }} Security_Remove_NamedInputs */
/** @typedef {{}} Security_Signs_Out_ElsewhereInputs */
/** @typedef {{}} Security_TitleInputs */
/** @typedef {{ when: NonNullable<unknown> }} Security_Used_AgoInputs */
/** @typedef {{ when: NonNullable<unknown> }} Security_Used_OnInputs */
/** @typedef {{}} Security_Wrong_CurrentInputs */
/** @typedef {{}} Security_Your_TripsInputs */
/** @typedef {{ agency: NonNullable<unknown> }} Signin_Access_OffInputs */
/** @typedef {{}} Signin_BackInputs */
/** @typedef {{}} Signin_EmailInputs */
/** @typedef {{}} Signin_Email_InvalidInputs */
/** @typedef {{}} Signin_Email_MissingInputs */
/** @typedef {{}} Signin_Email_Too_LongInputs */
/** @typedef {{}} Signin_Field_ControlInputs */
/** @typedef {{}} Signin_Field_DirectionInputs */
/** @typedef {{ max: NonNullable<unknown> }} Signin_Field_Too_LongInputs */
/** @typedef {{}} Signin_Field_UnreadableInputs */
/** @typedef {{}} Signin_Form_CheckInputs */
/** @typedef {{}} Signin_HeadingInputs */
/** @typedef {{}} Signin_Not_Found_HeadingInputs */
/** @typedef {{}} Signin_Not_Found_TextInputs */
/** @typedef {{}} Signin_Not_Found_TitleInputs */
/** @typedef {{}} Signin_Notice_ChangedInputs */
/** @typedef {{}} Signin_Notice_EndedInputs */
/** @typedef {{}} Signin_Notice_ExpiredInputs */
/** @typedef {{}} Signin_Notice_Signed_OutInputs */
/** @typedef {{}} Signin_OrInputs */
/** @typedef {{}} Signin_Page_TitleInputs */
/** @typedef {{}} Signin_PasswordInputs */
/** @typedef {{}} Signin_Password_MissingInputs */
/** @typedef {{}} Signin_Password_Too_LongInputs */
/** @typedef {{}} Signin_Show_PasswordsInputs */
/** @typedef {{}} Signin_SubmitInputs */
/** @typedef {{}} Signin_Too_ManyInputs */
/** @typedef {{}} Signin_Too_Many_Link_HintInputs */
/** @typedef {{ minutes: NonNullable<unknown> }} Signin_Too_Many_MinutesInputs */
/** @typedef {{}} Signin_Too_Many_TitleInputs */
/** @typedef {{}} Signin_Wrong_PasswordInputs */
/** @typedef {{}} Signin_Your_EmailInputs */
import * as registry from "../registry.js"


export const claim_confirm_password = /** @type {(inputs: Claim_Confirm_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirm password`)
};

export const claim_facts = /** @type {(inputs: Claim_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You'll sign in as ${i?.email}. This link works until ${i?.date}.`)
};

export const claim_fresh_link_button = /** @type {(inputs: Claim_Fresh_Link_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Email me a fresh link`)
};

export const claim_invalid_ask_advisor = /** @type {(inputs: Claim_Invalid_Ask_AdvisorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask your travel advisor for a new invite.`)
};

export const claim_invalid_fresh_intro = /** @type {(inputs: Claim_Invalid_Fresh_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Otherwise, enter your email and we'll send you a fresh link.`)
};

export const claim_invalid_have_password = /** @type {(inputs: Claim_Invalid_Have_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Already set a password? ${i?.link}.`)
};

export const claim_invalid_heading = /** @type {(inputs: Claim_Invalid_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That link is no longer valid.`)
};

export const claim_invalid_sign_in = /** @type {(inputs: Claim_Invalid_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const claim_invalid_title = /** @type {(inputs: Claim_Invalid_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link no longer valid`)
};

export const claim_invalid_why = /** @type {(inputs: Claim_Invalid_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Portal links work once and expire after 7 days, and only the newest one works.`)
};

export const claim_new_password = /** @type {(inputs: Claim_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New password`)
};

export const claim_submit_invite = /** @type {(inputs: Claim_Submit_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set password and sign in`)
};

export const claim_submit_reset = /** @type {(inputs: Claim_Submit_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save new password`)
};

export const claim_title_invite = /** @type {(inputs: Claim_Title_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set your password`)
};

export const claim_title_reset = /** @type {(inputs: Claim_Title_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a new password`)
};

export const claim_welcome_invite = /** @type {(inputs: Claim_Welcome_InviteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Welcome, ${i?.firstName}. Set a password for your ${i?.agency} trip portal and you're in.`)
};

export const claim_welcome_reset = /** @type {(inputs: Claim_Welcome_ResetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hi ${i?.firstName}, choose a new password for your trip portal.`)
};

export const code_ask = /** @type {(inputs: Code_AskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your email and the 6-digit code we emailed you.`)
};

export const code_email_me = /** @type {(inputs: Code_Email_MeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Email me a sign-in code`)
};

export const code_label = /** @type {(inputs: Code_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`6-digit code`)
};

export const code_missing = /** @type {(inputs: Code_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter the 6-digit code from the email.`)
};

export const code_new = /** @type {(inputs: Code_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Email me a new code`)
};

export const code_nothing = /** @type {(inputs: Code_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing after a few minutes? Check your spam or junk folder.`)
};

export const code_sent = /** @type {(inputs: Code_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`If ${i?.email} has access to this portal, we just emailed it a 6-digit code. It works once, for 10 minutes. (Not set up yet? You'll get a link to choose your password instead.)`)
};

export const code_title = /** @type {(inputs: Code_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your sign-in code`)
};

export const code_wrong = /** @type {(inputs: Code_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That code is wrong or has expired.`)
};

export const document_breadcrumb_label = /** @type {(inputs: Document_Breadcrumb_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Breadcrumb`)
};

export const document_dates = /** @type {(inputs: Document_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dates`)
};

export const document_kind_invoice = /** @type {(inputs: Document_Kind_InvoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invoice`)
};

export const document_kind_proposal = /** @type {(inputs: Document_Kind_ProposalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proposal`)
};

export const document_line_amount = /** @type {(inputs: Document_Line_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Amount`)
};

export const document_line_item = /** @type {(inputs: Document_Line_ItemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Item`)
};

export const document_lines_caption_invoice = /** @type {(inputs: Document_Lines_Caption_InvoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What this invoice covers`)
};

export const document_lines_caption_proposal = /** @type {(inputs: Document_Lines_Caption_ProposalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What this proposal covers`)
};

export const document_prepared_for = /** @type {(inputs: Document_Prepared_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prepared for`)
};

export const document_print = /** @type {(inputs: Document_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print or save as PDF`)
};

export const document_shared = /** @type {(inputs: Document_SharedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shared.`)
};

export const document_shared_by = /** @type {(inputs: Document_Shared_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Shared by ${i?.advisor}.`)
};

export const document_shared_by_on = /** @type {(inputs: Document_Shared_By_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Shared by ${i?.advisor} on ${i?.date}.`)
};

export const document_shared_date = /** @type {(inputs: Document_Shared_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Shared ${i?.date}`)
};

export const document_shared_on = /** @type {(inputs: Document_Shared_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shared on`)
};

export const document_shared_on_date = /** @type {(inputs: Document_Shared_On_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Shared on ${i?.date}.`)
};

export const document_title_invoice = /** @type {(inputs: Document_Title_InvoiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Invoice: ${i?.title}`)
};

export const document_title_proposal = /** @type {(inputs: Document_Title_ProposalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Proposal: ${i?.title}`)
};

export const document_total = /** @type {(inputs: Document_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Total`)
};

export const document_trip = /** @type {(inputs: Document_TripInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trip`)
};

export const email_button_fallback = /** @type {(inputs: Email_Button_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If the button doesn't work, copy this address into your browser:`)
};

export const email_footer = /** @type {(inputs: Email_FooterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sent by ${i?.agencyName} through Trips. Questions? Reply to this email. If you weren't expecting this email, you can ignore it.`)
};

export const email_footer_with_address = /** @type {(inputs: Email_Footer_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sent by ${i?.agencyName} through Trips. Questions? Reply to this email or write to ${i?.contactEmail}. If you weren't expecting this email, you can ignore it.`)
};

export const email_fresh_link_button = /** @type {(inputs: Email_Fresh_Link_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose your password`)
};

export const email_fresh_link_earlier_link = /** @type {(inputs: Email_Fresh_Link_Earlier_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Any earlier link no longer works. If you didn't ask for this, ignore this email: nothing changes.`)
};

export const email_fresh_link_heading = /** @type {(inputs: Email_Fresh_Link_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Here is your fresh link, ${i?.firstName}`)
};

export const email_fresh_link_intro = /** @type {(inputs: Email_Fresh_Link_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You asked for a new link to your ${i?.agencyName} trip portal. Use it to choose your password and sign in.`)
};

export const email_fresh_link_preheader = /** @type {(inputs: Email_Fresh_Link_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You asked for a fresh link to choose your password.`)
};

export const email_fresh_link_subject = /** @type {(inputs: Email_Fresh_Link_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Your link to the ${i?.agencyName} trip portal`)
};

export const email_fresh_link_text_lead = /** @type {(inputs: Email_Fresh_Link_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose your password here:`)
};

export const email_invite_button = /** @type {(inputs: Email_Invite_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set your password`)
};

export const email_invite_heading = /** @type {(inputs: Email_Invite_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Your trip portal is ready, ${i?.firstName}`)
};

export const email_invite_if_expired = /** @type {(inputs: Email_Invite_If_ExpiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`If it has expired, ask ${i?.agencyName} for a new one or use “${i?.freshLinkButton}” on the page it opens.`)
};

export const email_invite_intro = /** @type {(inputs: Email_Invite_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorName} at ${i?.agencyName} has set up a private portal where you can see your trips, itineraries, invoices and proposals in one place.`)
};

export const email_invite_lead = /** @type {(inputs: Email_Invite_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set a password to get in:`)
};

export const email_invite_preheader = /** @type {(inputs: Email_Invite_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set a password once to see your trips, itineraries, invoices and proposals.`)
};

export const email_invite_questions = /** @type {(inputs: Email_Invite_QuestionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Questions? Reply to this email to reach ${i?.advisorName}.`)
};

export const email_invite_subject = /** @type {(inputs: Email_Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorFirstName} at ${i?.agencyName} invited you to your trip portal`)
};

export const email_link_expiry = /** @type {(inputs: Email_Link_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This link works once and expires in 7 days, on ${i?.expiry}.`)
};

export const email_link_expiry_in_7_days = /** @type {(inputs: Email_Link_Expiry_In_7_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This link works once and expires in 7 days.`)
};

export const email_password_changed_button = /** @type {(inputs: Email_Password_Changed_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const email_password_changed_heading = /** @type {(inputs: Email_Password_Changed_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your password was changed`)
};

export const email_password_changed_intro = /** @type {(inputs: Email_Password_Changed_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hi ${i?.firstName}, the password of your ${i?.agencyName} trip portal was just changed, and every other device was signed out.`)
};

export const email_password_changed_not_you = /** @type {(inputs: Email_Password_Changed_Not_YouInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`If this wasn't you, contact ${i?.agencyName} right away: reply to this email.`)
};

export const email_password_changed_not_you_with_address = /** @type {(inputs: Email_Password_Changed_Not_You_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`If this wasn't you, contact ${i?.agencyName} right away: reply to this email or write to ${i?.contactEmail}.`)
};

export const email_password_changed_preheader = /** @type {(inputs: Email_Password_Changed_PreheaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`If this wasn't you, contact ${i?.agencyName} right away.`)
};

export const email_password_changed_subject = /** @type {(inputs: Email_Password_Changed_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Your ${i?.agencyName} trip portal password was changed`)
};

export const email_password_changed_text_lead = /** @type {(inputs: Email_Password_Changed_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in here:`)
};

export const email_preheader_expiry = /** @type {(inputs: Email_Preheader_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The link expires on ${i?.expiry}.`)
};

export const email_preheader_expiry_in_7_days = /** @type {(inputs: Email_Preheader_Expiry_In_7_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The link expires in 7 days.`)
};

export const email_reminder_button = /** @type {(inputs: Email_Reminder_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set your password`)
};

export const email_reminder_earlier_link = /** @type {(inputs: Email_Reminder_Earlier_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The link in the earlier email no longer works. If you weren't expecting this, you can ignore this email.`)
};

export const email_reminder_heading = /** @type {(inputs: Email_Reminder_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your trip portal is still waiting`)
};

export const email_reminder_intro = /** @type {(inputs: Email_Reminder_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hi ${i?.firstName}, ${i?.agencyName} invited you to your trip portal a few days ago, and the invitation is about to expire. Here is a fresh link: set a password once and your itinerary, invoices and documents are in one place.`)
};

export const email_reminder_preheader = /** @type {(inputs: Email_Reminder_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Here is a fresh link to set your password.`)
};

export const email_reminder_subject = /** @type {(inputs: Email_Reminder_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reminder: your ${i?.agencyName} trip portal is waiting for you`)
};

export const email_reminder_text_lead = /** @type {(inputs: Email_Reminder_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set your password here:`)
};

export const email_reset_button = /** @type {(inputs: Email_Reset_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a new password`)
};

export const email_reset_heading = /** @type {(inputs: Email_Reset_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a new password`)
};

export const email_reset_if_not_you = /** @type {(inputs: Email_Reset_If_Not_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If you didn't ask for this, ignore this email: your password stays as it is.`)
};

export const email_reset_intro = /** @type {(inputs: Email_Reset_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hi ${i?.firstName}, ${i?.advisorName} at ${i?.agencyName} sent you a link to choose a new password for your trip portal.`)
};

export const email_reset_preheader = /** @type {(inputs: Email_Reset_PreheaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorName} sent you a link to choose a new password.`)
};

export const email_reset_subject = /** @type {(inputs: Email_Reset_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose a new password for your ${i?.agencyName} trip portal`)
};

export const email_reset_text_lead = /** @type {(inputs: Email_Reset_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a new password here:`)
};

export const email_sign_in_code_button = /** @type {(inputs: Email_Sign_In_Code_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your code`)
};

export const email_sign_in_code_expiry = /** @type {(inputs: Email_Sign_In_Code_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`It works once and expires in 10 minutes, at ${i?.time}.`)
};

export const email_sign_in_code_heading = /** @type {(inputs: Email_Sign_In_Code_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your sign-in code`)
};

export const email_sign_in_code_ignore = /** @type {(inputs: Email_Sign_In_Code_IgnoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If you didn't ask for this, ignore this email.`)
};

export const email_sign_in_code_intro = /** @type {(inputs: Email_Sign_In_Code_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hi ${i?.firstName}, enter this code on the sign-in page of your ${i?.agencyName} trip portal:`)
};

export const email_sign_in_code_nobody_else = /** @type {(inputs: Email_Sign_In_Code_Nobody_ElseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nobody can sign in without the code.`)
};

export const email_sign_in_code_preheader = /** @type {(inputs: Email_Sign_In_Code_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter it on the sign-in page. It works once and expires in 10 minutes.`)
};

export const email_sign_in_code_questions = /** @type {(inputs: Email_Sign_In_Code_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If you have questions, reply to this email.`)
};

export const email_sign_in_code_questions_with_address = /** @type {(inputs: Email_Sign_In_Code_Questions_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`If you have questions, reply to this email or write to ${i?.contactEmail}.`)
};

export const email_sign_in_code_subject = /** @type {(inputs: Email_Sign_In_Code_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.code} is your sign-in code for ${i?.agencyName}`)
};

export const email_sign_in_code_text_lead = /** @type {(inputs: Email_Sign_In_Code_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your code here:`)
};

export const forgot_heading = /** @type {(inputs: Forgot_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forgot your password?`)
};

export const forgot_intro = /** @type {(inputs: Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter the email your travel advisor has on file and we'll send you a link to choose a new password.`)
};

export const forgot_link = /** @type {(inputs: Forgot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forgot password?`)
};

export const forgot_page_title = /** @type {(inputs: Forgot_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forgot password`)
};

export const forgot_sent = /** @type {(inputs: Forgot_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`If ${i?.email} has access to this portal, a link is on its way to it. The link works once and expires in 7 days, on ${i?.date}.`)
};

export const forgot_sent_nothing = /** @type {(inputs: Forgot_Sent_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nothing in a few minutes? Check your spam or junk folder, or ask ${i?.agency} which email they have on file.`)
};

export const forgot_submit = /** @type {(inputs: Forgot_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Email me a link`)
};

export const home_advisor_label = /** @type {(inputs: Home_Advisor_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your travel advisor`)
};

export const home_all_trips = /** @type {(inputs: Home_All_TripsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All your trips`)
};

export const home_empty_contact_advisor = /** @type {(inputs: Home_Empty_Contact_AdvisorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Your trips will appear here, with the itineraries, invoices and proposals ${i?.agency} shares with you. Questions? Contact your advisor.`)
};

export const home_empty_write_to_advisor = /** @type {(inputs: Home_Empty_Write_To_AdvisorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Your trips will appear here, with the itineraries, invoices and proposals ${i?.agency} shares with you. Questions? Write to ${i?.advisor}.`)
};

export const home_greeting = /** @type {(inputs: Home_GreetingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hi ${i?.firstName}`)
};

export const home_more_documents = /** @type {(inputs: Home_More_DocumentsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`1 more document for this trip`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} more documents for this trip`);
	return /** @type {LocalizedString} */ ("home_more_documents");
};

export const home_pager_label = /** @type {(inputs: Home_Pager_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trip pages`)
};

export const home_pager_more = /** @type {(inputs: Home_Pager_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`More trips`)
};

export const home_pager_previous = /** @type {(inputs: Home_Pager_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Previous trips`)
};

export const home_security_link = /** @type {(inputs: Home_Security_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign-in & security`)
};

export const home_sign_out = /** @type {(inputs: Home_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out`)
};

export const home_title = /** @type {(inputs: Home_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your trips`)
};

export const home_trip_nothing_shared = /** @type {(inputs: Home_Trip_Nothing_SharedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nothing shared on this trip yet. Invoices and proposals appear here as soon as ${i?.sharer} shares them; ask them if you're expecting one.`)
};

export const passkey_add = /** @type {(inputs: Passkey_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a passkey`)
};

export const passkey_already_here = /** @type {(inputs: Passkey_Already_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This device already has a passkey for your portal.`)
};

export const passkey_not_added = /** @type {(inputs: Passkey_Not_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No passkey was added. Try again, or keep signing in with your password.`)
};

export const passkey_not_now = /** @type {(inputs: Passkey_Not_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not now`)
};

export const passkey_not_used = /** @type {(inputs: Passkey_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No passkey was used. Try again, or sign in with your email and password.`)
};

export const passkey_offer_text = /** @type {(inputs: Passkey_Offer_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in next time with your face, fingerprint or screen lock.`)
};

export const passkey_sign_in = /** @type {(inputs: Passkey_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in with a passkey`)
};

export const passkey_sign_in_refused = /** @type {(inputs: Passkey_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That passkey didn't sign you in. Try again, or sign in with your email and password.`)
};

export const password_mismatch = /** @type {(inputs: Password_MismatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The two passwords don't match.`)
};

export const password_rules = /** @type {(inputs: Password_RulesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use at least 12 characters. Long phrases are good; common passwords are refused.`)
};

export const password_too_common = /** @type {(inputs: Password_Too_CommonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That password is too common and easy to guess. Try a longer phrase only you would think of.`)
};

export const password_too_long = /** @type {(inputs: Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your password can be at most 128 characters.`)
};

export const password_too_short = /** @type {(inputs: Password_Too_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your password needs at least 12 characters.`)
};

export const portal_language_nav = /** @type {(inputs: Portal_Language_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const security_added_ago = /** @type {(inputs: Security_Added_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Added ${i?.when}`)
};

export const security_added_on = /** @type {(inputs: Security_Added_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Added ${i?.when}`)
};

export const security_change_password = /** @type {(inputs: Security_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change password`)
};

export const security_confirm_new_password = /** @type {(inputs: Security_Confirm_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirm new password`)
};

export const security_current_missing = /** @type {(inputs: Security_Current_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your current password.`)
};

export const security_current_password = /** @type {(inputs: Security_Current_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Current password`)
};

export const security_no_passkeys = /** @type {(inputs: Security_No_PasskeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You have no passkeys yet.`)
};

export const security_not_used = /** @type {(inputs: Security_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not used yet`)
};

export const security_notice_added = /** @type {(inputs: Security_Notice_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passkey added. Next time, choose “Sign in with a passkey”.`)
};

export const security_notice_changed = /** @type {(inputs: Security_Notice_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password changed. You are still signed in here; everywhere else you were signed out.`)
};

export const security_notice_removed = /** @type {(inputs: Security_Notice_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passkey removed.`)
};

export const security_passkeys = /** @type {(inputs: Security_PasskeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passkeys`)
};

export const security_passkeys_intro = /** @type {(inputs: Security_Passkeys_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in with your face, fingerprint or screen lock instead of your password.`)
};

export const security_remove = /** @type {(inputs: Security_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove`)
};

export const security_remove_named = /** @type {(inputs: Security_Remove_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remove ${i?.name}`)
};

export const security_signs_out_elsewhere = /** @type {(inputs: Security_Signs_Out_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changing it signs you out everywhere else.`)
};

export const security_title = /** @type {(inputs: Security_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign-in & security`)
};

export const security_used_ago = /** @type {(inputs: Security_Used_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`last used ${i?.when}`)
};

export const security_used_on = /** @type {(inputs: Security_Used_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`last used ${i?.when}`)
};

export const security_wrong_current = /** @type {(inputs: Security_Wrong_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That isn't your current password. Nothing was changed.`)
};

export const security_your_trips = /** @type {(inputs: Security_Your_TripsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your trips`)
};

export const signin_access_off = /** @type {(inputs: Signin_Access_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Your portal access is turned off. Contact ${i?.agency} to restore it.`)
};

export const signin_back = /** @type {(inputs: Signin_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to sign in`)
};

export const signin_email = /** @type {(inputs: Signin_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Email`)
};

export const signin_email_invalid = /** @type {(inputs: Signin_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter the email address your advisor has on file.`)
};

export const signin_email_missing = /** @type {(inputs: Signin_Email_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your email.`)
};

export const signin_email_too_long = /** @type {(inputs: Signin_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That email address is too long.`)
};

export const signin_field_control = /** @type {(inputs: Signin_Field_ControlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This can't contain line breaks or other control characters.`)
};

export const signin_field_direction = /** @type {(inputs: Signin_Field_DirectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This can't contain text-direction characters (they can disguise what it says).`)
};

export const signin_field_too_long = /** @type {(inputs: Signin_Field_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This is far too long (at most ${i?.max} characters).`)
};

export const signin_field_unreadable = /** @type {(inputs: Signin_Field_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This contains characters that could not be read. Retype it and try again.`)
};

export const signin_form_check = /** @type {(inputs: Signin_Form_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the form and try again.`)
};

export const signin_heading = /** @type {(inputs: Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in to your trip portal`)
};

export const signin_not_found_heading = /** @type {(inputs: Signin_Not_Found_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This page isn't here`)
};

export const signin_not_found_text = /** @type {(inputs: Signin_Not_Found_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The address may be mistyped, or what it showed is no longer shared. If you followed a link from an email, ask your travel advisor for a fresh one.`)
};

export const signin_not_found_title = /** @type {(inputs: Signin_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not found`)
};

export const signin_notice_changed = /** @type {(inputs: Signin_Notice_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password changed. Sign in with your new password.`)
};

export const signin_notice_ended = /** @type {(inputs: Signin_Notice_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You were signed out. Sign in again to continue.`)
};

export const signin_notice_expired = /** @type {(inputs: Signin_Notice_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your session expired. Sign in again to see your trips.`)
};

export const signin_notice_signed_out = /** @type {(inputs: Signin_Notice_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are signed out.`)
};

export const signin_or = /** @type {(inputs: Signin_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`or`)
};

export const signin_page_title = /** @type {(inputs: Signin_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const signin_password = /** @type {(inputs: Signin_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password`)
};

export const signin_password_missing = /** @type {(inputs: Signin_Password_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your password.`)
};

export const signin_password_too_long = /** @type {(inputs: Signin_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That password is too long.`)
};

export const signin_show_passwords = /** @type {(inputs: Signin_Show_PasswordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show passwords`)
};

export const signin_submit = /** @type {(inputs: Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const signin_too_many = /** @type {(inputs: Signin_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many attempts. Wait a minute and try again.`)
};

export const signin_too_many_link_hint = /** @type {(inputs: Signin_Too_Many_Link_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If your link worked before, it still does: open it again in a minute.`)
};

export const signin_too_many_minutes = /** @type {(inputs: Signin_Too_Many_MinutesInputs) => LocalizedString} */ (i) => {const minutesPlural = registry.plural("en", i?.minutes, {});
	if (minutesPlural === "one") return /** @type {LocalizedString} */ (`Too many attempts. Wait 1 minute and try again.`);
	if (minutesPlural === "other") return /** @type {LocalizedString} */ (`Too many attempts. Wait ${i?.minutes} minutes and try again.`);
	return /** @type {LocalizedString} */ ("signin_too_many_minutes");
};

export const signin_too_many_title = /** @type {(inputs: Signin_Too_Many_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many attempts`)
};

export const signin_wrong_password = /** @type {(inputs: Signin_Wrong_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That email and password don't match. Check them, or use “Forgot password?” below.`)
};

export const signin_your_email = /** @type {(inputs: Signin_Your_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your email`)
};