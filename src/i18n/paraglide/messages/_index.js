/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

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
import * as __en from "./en.js"
import * as __es from "./es.js"
import * as __fr from "./fr.js"
import * as __de from "./de.js"
import * as __pt from "./pt.js"
/**
* | output |
* | --- |
* | "Confirm password" |
*
* @param {Claim_Confirm_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_confirm_password = /** @type {((inputs?: Claim_Confirm_PasswordInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Confirm_PasswordInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_confirm_password(inputs)
	if (locale === "fr") return __fr.claim_confirm_password(inputs)
	if (locale === "de") return __de.claim_confirm_password(inputs)
	if (locale === "pt") return __pt.claim_confirm_password(inputs)
	return __en.claim_confirm_password(inputs)
});
/**
* | output |
* | --- |
* | "You'll sign in as {email}. This link works until {date}." |
*
* @param {Claim_FactsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_facts = /** @type {((inputs: Claim_FactsInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_FactsInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_facts(inputs)
	if (locale === "fr") return __fr.claim_facts(inputs)
	if (locale === "de") return __de.claim_facts(inputs)
	if (locale === "pt") return __pt.claim_facts(inputs)
	return __en.claim_facts(inputs)
});
/**
* | output |
* | --- |
* | "Email me a fresh link" |
*
* @param {Claim_Fresh_Link_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_fresh_link_button = /** @type {((inputs?: Claim_Fresh_Link_ButtonInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Fresh_Link_ButtonInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_fresh_link_button(inputs)
	if (locale === "fr") return __fr.claim_fresh_link_button(inputs)
	if (locale === "de") return __de.claim_fresh_link_button(inputs)
	if (locale === "pt") return __pt.claim_fresh_link_button(inputs)
	return __en.claim_fresh_link_button(inputs)
});
/**
* | output |
* | --- |
* | "Ask your travel advisor for a new invite." |
*
* @param {Claim_Invalid_Ask_AdvisorInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_invalid_ask_advisor = /** @type {((inputs?: Claim_Invalid_Ask_AdvisorInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_Ask_AdvisorInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_invalid_ask_advisor(inputs)
	if (locale === "fr") return __fr.claim_invalid_ask_advisor(inputs)
	if (locale === "de") return __de.claim_invalid_ask_advisor(inputs)
	if (locale === "pt") return __pt.claim_invalid_ask_advisor(inputs)
	return __en.claim_invalid_ask_advisor(inputs)
});
/**
* | output |
* | --- |
* | "Otherwise, enter your email and we'll send you a fresh link." |
*
* @param {Claim_Invalid_Fresh_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_invalid_fresh_intro = /** @type {((inputs?: Claim_Invalid_Fresh_IntroInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_Fresh_IntroInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_invalid_fresh_intro(inputs)
	if (locale === "fr") return __fr.claim_invalid_fresh_intro(inputs)
	if (locale === "de") return __de.claim_invalid_fresh_intro(inputs)
	if (locale === "pt") return __pt.claim_invalid_fresh_intro(inputs)
	return __en.claim_invalid_fresh_intro(inputs)
});
/**
* | output |
* | --- |
* | "Already set a password? {link}." |
*
* @param {Claim_Invalid_Have_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_invalid_have_password = /** @type {((inputs: Claim_Invalid_Have_PasswordInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_Have_PasswordInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_invalid_have_password(inputs)
	if (locale === "fr") return __fr.claim_invalid_have_password(inputs)
	if (locale === "de") return __de.claim_invalid_have_password(inputs)
	if (locale === "pt") return __pt.claim_invalid_have_password(inputs)
	return __en.claim_invalid_have_password(inputs)
});
/**
* | output |
* | --- |
* | "That link is no longer valid." |
*
* @param {Claim_Invalid_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_invalid_heading = /** @type {((inputs?: Claim_Invalid_HeadingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_HeadingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_invalid_heading(inputs)
	if (locale === "fr") return __fr.claim_invalid_heading(inputs)
	if (locale === "de") return __de.claim_invalid_heading(inputs)
	if (locale === "pt") return __pt.claim_invalid_heading(inputs)
	return __en.claim_invalid_heading(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Claim_Invalid_Sign_InInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_invalid_sign_in = /** @type {((inputs?: Claim_Invalid_Sign_InInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_Sign_InInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_invalid_sign_in(inputs)
	if (locale === "fr") return __fr.claim_invalid_sign_in(inputs)
	if (locale === "de") return __de.claim_invalid_sign_in(inputs)
	if (locale === "pt") return __pt.claim_invalid_sign_in(inputs)
	return __en.claim_invalid_sign_in(inputs)
});
/**
* | output |
* | --- |
* | "Link no longer valid" |
*
* @param {Claim_Invalid_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_invalid_title = /** @type {((inputs?: Claim_Invalid_TitleInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_TitleInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_invalid_title(inputs)
	if (locale === "fr") return __fr.claim_invalid_title(inputs)
	if (locale === "de") return __de.claim_invalid_title(inputs)
	if (locale === "pt") return __pt.claim_invalid_title(inputs)
	return __en.claim_invalid_title(inputs)
});
/**
* | output |
* | --- |
* | "Portal links work once and expire after 7 days, and only the newest one works." |
*
* @param {Claim_Invalid_WhyInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_invalid_why = /** @type {((inputs?: Claim_Invalid_WhyInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Invalid_WhyInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_invalid_why(inputs)
	if (locale === "fr") return __fr.claim_invalid_why(inputs)
	if (locale === "de") return __de.claim_invalid_why(inputs)
	if (locale === "pt") return __pt.claim_invalid_why(inputs)
	return __en.claim_invalid_why(inputs)
});
/**
* | output |
* | --- |
* | "New password" |
*
* @param {Claim_New_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_new_password = /** @type {((inputs?: Claim_New_PasswordInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_New_PasswordInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_new_password(inputs)
	if (locale === "fr") return __fr.claim_new_password(inputs)
	if (locale === "de") return __de.claim_new_password(inputs)
	if (locale === "pt") return __pt.claim_new_password(inputs)
	return __en.claim_new_password(inputs)
});
/**
* | output |
* | --- |
* | "Set password and sign in" |
*
* @param {Claim_Submit_InviteInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_submit_invite = /** @type {((inputs?: Claim_Submit_InviteInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Submit_InviteInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_submit_invite(inputs)
	if (locale === "fr") return __fr.claim_submit_invite(inputs)
	if (locale === "de") return __de.claim_submit_invite(inputs)
	if (locale === "pt") return __pt.claim_submit_invite(inputs)
	return __en.claim_submit_invite(inputs)
});
/**
* | output |
* | --- |
* | "Save new password" |
*
* @param {Claim_Submit_ResetInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_submit_reset = /** @type {((inputs?: Claim_Submit_ResetInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Submit_ResetInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_submit_reset(inputs)
	if (locale === "fr") return __fr.claim_submit_reset(inputs)
	if (locale === "de") return __de.claim_submit_reset(inputs)
	if (locale === "pt") return __pt.claim_submit_reset(inputs)
	return __en.claim_submit_reset(inputs)
});
/**
* | output |
* | --- |
* | "Set your password" |
*
* @param {Claim_Title_InviteInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_title_invite = /** @type {((inputs?: Claim_Title_InviteInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Title_InviteInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_title_invite(inputs)
	if (locale === "fr") return __fr.claim_title_invite(inputs)
	if (locale === "de") return __de.claim_title_invite(inputs)
	if (locale === "pt") return __pt.claim_title_invite(inputs)
	return __en.claim_title_invite(inputs)
});
/**
* | output |
* | --- |
* | "Choose a new password" |
*
* @param {Claim_Title_ResetInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_title_reset = /** @type {((inputs?: Claim_Title_ResetInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Title_ResetInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_title_reset(inputs)
	if (locale === "fr") return __fr.claim_title_reset(inputs)
	if (locale === "de") return __de.claim_title_reset(inputs)
	if (locale === "pt") return __pt.claim_title_reset(inputs)
	return __en.claim_title_reset(inputs)
});
/**
* | output |
* | --- |
* | "Welcome, {firstName}. Set a password for your {agency} trip portal and you're in." |
*
* @param {Claim_Welcome_InviteInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_welcome_invite = /** @type {((inputs: Claim_Welcome_InviteInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Welcome_InviteInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_welcome_invite(inputs)
	if (locale === "fr") return __fr.claim_welcome_invite(inputs)
	if (locale === "de") return __de.claim_welcome_invite(inputs)
	if (locale === "pt") return __pt.claim_welcome_invite(inputs)
	return __en.claim_welcome_invite(inputs)
});
/**
* | output |
* | --- |
* | "Hi {firstName}, choose a new password for your trip portal." |
*
* @param {Claim_Welcome_ResetInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const claim_welcome_reset = /** @type {((inputs: Claim_Welcome_ResetInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Claim_Welcome_ResetInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.claim_welcome_reset(inputs)
	if (locale === "fr") return __fr.claim_welcome_reset(inputs)
	if (locale === "de") return __de.claim_welcome_reset(inputs)
	if (locale === "pt") return __pt.claim_welcome_reset(inputs)
	return __en.claim_welcome_reset(inputs)
});
/**
* | output |
* | --- |
* | "Enter your email and the 6-digit code we emailed you." |
*
* @param {Code_AskInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const code_ask = /** @type {((inputs?: Code_AskInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_AskInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.code_ask(inputs)
	if (locale === "fr") return __fr.code_ask(inputs)
	if (locale === "de") return __de.code_ask(inputs)
	if (locale === "pt") return __pt.code_ask(inputs)
	return __en.code_ask(inputs)
});
/**
* | output |
* | --- |
* | "Email me a sign-in code" |
*
* @param {Code_Email_MeInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const code_email_me = /** @type {((inputs?: Code_Email_MeInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_Email_MeInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.code_email_me(inputs)
	if (locale === "fr") return __fr.code_email_me(inputs)
	if (locale === "de") return __de.code_email_me(inputs)
	if (locale === "pt") return __pt.code_email_me(inputs)
	return __en.code_email_me(inputs)
});
/**
* | output |
* | --- |
* | "6-digit code" |
*
* @param {Code_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const code_label = /** @type {((inputs?: Code_LabelInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_LabelInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.code_label(inputs)
	if (locale === "fr") return __fr.code_label(inputs)
	if (locale === "de") return __de.code_label(inputs)
	if (locale === "pt") return __pt.code_label(inputs)
	return __en.code_label(inputs)
});
/**
* | output |
* | --- |
* | "Enter the 6-digit code from the email." |
*
* @param {Code_MissingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const code_missing = /** @type {((inputs?: Code_MissingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_MissingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.code_missing(inputs)
	if (locale === "fr") return __fr.code_missing(inputs)
	if (locale === "de") return __de.code_missing(inputs)
	if (locale === "pt") return __pt.code_missing(inputs)
	return __en.code_missing(inputs)
});
/**
* | output |
* | --- |
* | "Email me a new code" |
*
* @param {Code_NewInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const code_new = /** @type {((inputs?: Code_NewInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_NewInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.code_new(inputs)
	if (locale === "fr") return __fr.code_new(inputs)
	if (locale === "de") return __de.code_new(inputs)
	if (locale === "pt") return __pt.code_new(inputs)
	return __en.code_new(inputs)
});
/**
* | output |
* | --- |
* | "Nothing after a few minutes? Check your spam or junk folder." |
*
* @param {Code_NothingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const code_nothing = /** @type {((inputs?: Code_NothingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_NothingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.code_nothing(inputs)
	if (locale === "fr") return __fr.code_nothing(inputs)
	if (locale === "de") return __de.code_nothing(inputs)
	if (locale === "pt") return __pt.code_nothing(inputs)
	return __en.code_nothing(inputs)
});
/**
* | output |
* | --- |
* | "If {email} has access to this portal, we just emailed it a 6-digit code. It works once, for 10 minutes. (Not set up yet? You'll get a link to choose your pas..." |
*
* @param {Code_SentInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const code_sent = /** @type {((inputs: Code_SentInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_SentInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.code_sent(inputs)
	if (locale === "fr") return __fr.code_sent(inputs)
	if (locale === "de") return __de.code_sent(inputs)
	if (locale === "pt") return __pt.code_sent(inputs)
	return __en.code_sent(inputs)
});
/**
* | output |
* | --- |
* | "Enter your sign-in code" |
*
* @param {Code_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const code_title = /** @type {((inputs?: Code_TitleInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_TitleInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.code_title(inputs)
	if (locale === "fr") return __fr.code_title(inputs)
	if (locale === "de") return __de.code_title(inputs)
	if (locale === "pt") return __pt.code_title(inputs)
	return __en.code_title(inputs)
});
/**
* | output |
* | --- |
* | "That code is wrong or has expired." |
*
* @param {Code_WrongInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const code_wrong = /** @type {((inputs?: Code_WrongInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Code_WrongInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.code_wrong(inputs)
	if (locale === "fr") return __fr.code_wrong(inputs)
	if (locale === "de") return __de.code_wrong(inputs)
	if (locale === "pt") return __pt.code_wrong(inputs)
	return __en.code_wrong(inputs)
});
/**
* | output |
* | --- |
* | "Breadcrumb" |
*
* @param {Document_Breadcrumb_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_breadcrumb_label = /** @type {((inputs?: Document_Breadcrumb_LabelInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Breadcrumb_LabelInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_breadcrumb_label(inputs)
	if (locale === "fr") return __fr.document_breadcrumb_label(inputs)
	if (locale === "de") return __de.document_breadcrumb_label(inputs)
	if (locale === "pt") return __pt.document_breadcrumb_label(inputs)
	return __en.document_breadcrumb_label(inputs)
});
/**
* | output |
* | --- |
* | "Dates" |
*
* @param {Document_DatesInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_dates = /** @type {((inputs?: Document_DatesInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_DatesInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_dates(inputs)
	if (locale === "fr") return __fr.document_dates(inputs)
	if (locale === "de") return __de.document_dates(inputs)
	if (locale === "pt") return __pt.document_dates(inputs)
	return __en.document_dates(inputs)
});
/**
* | output |
* | --- |
* | "Invoice" |
*
* @param {Document_Kind_InvoiceInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_kind_invoice = /** @type {((inputs?: Document_Kind_InvoiceInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Kind_InvoiceInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_kind_invoice(inputs)
	if (locale === "fr") return __fr.document_kind_invoice(inputs)
	if (locale === "de") return __de.document_kind_invoice(inputs)
	if (locale === "pt") return __pt.document_kind_invoice(inputs)
	return __en.document_kind_invoice(inputs)
});
/**
* | output |
* | --- |
* | "Proposal" |
*
* @param {Document_Kind_ProposalInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_kind_proposal = /** @type {((inputs?: Document_Kind_ProposalInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Kind_ProposalInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_kind_proposal(inputs)
	if (locale === "fr") return __fr.document_kind_proposal(inputs)
	if (locale === "de") return __de.document_kind_proposal(inputs)
	if (locale === "pt") return __pt.document_kind_proposal(inputs)
	return __en.document_kind_proposal(inputs)
});
/**
* | output |
* | --- |
* | "Amount" |
*
* @param {Document_Line_AmountInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_line_amount = /** @type {((inputs?: Document_Line_AmountInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Line_AmountInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_line_amount(inputs)
	if (locale === "fr") return __fr.document_line_amount(inputs)
	if (locale === "de") return __de.document_line_amount(inputs)
	if (locale === "pt") return __pt.document_line_amount(inputs)
	return __en.document_line_amount(inputs)
});
/**
* | output |
* | --- |
* | "Item" |
*
* @param {Document_Line_ItemInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_line_item = /** @type {((inputs?: Document_Line_ItemInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Line_ItemInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_line_item(inputs)
	if (locale === "fr") return __fr.document_line_item(inputs)
	if (locale === "de") return __de.document_line_item(inputs)
	if (locale === "pt") return __pt.document_line_item(inputs)
	return __en.document_line_item(inputs)
});
/**
* | output |
* | --- |
* | "What this invoice covers" |
*
* @param {Document_Lines_Caption_InvoiceInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_lines_caption_invoice = /** @type {((inputs?: Document_Lines_Caption_InvoiceInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Lines_Caption_InvoiceInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_lines_caption_invoice(inputs)
	if (locale === "fr") return __fr.document_lines_caption_invoice(inputs)
	if (locale === "de") return __de.document_lines_caption_invoice(inputs)
	if (locale === "pt") return __pt.document_lines_caption_invoice(inputs)
	return __en.document_lines_caption_invoice(inputs)
});
/**
* | output |
* | --- |
* | "What this proposal covers" |
*
* @param {Document_Lines_Caption_ProposalInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_lines_caption_proposal = /** @type {((inputs?: Document_Lines_Caption_ProposalInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Lines_Caption_ProposalInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_lines_caption_proposal(inputs)
	if (locale === "fr") return __fr.document_lines_caption_proposal(inputs)
	if (locale === "de") return __de.document_lines_caption_proposal(inputs)
	if (locale === "pt") return __pt.document_lines_caption_proposal(inputs)
	return __en.document_lines_caption_proposal(inputs)
});
/**
* | output |
* | --- |
* | "Prepared for" |
*
* @param {Document_Prepared_ForInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_prepared_for = /** @type {((inputs?: Document_Prepared_ForInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Prepared_ForInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_prepared_for(inputs)
	if (locale === "fr") return __fr.document_prepared_for(inputs)
	if (locale === "de") return __de.document_prepared_for(inputs)
	if (locale === "pt") return __pt.document_prepared_for(inputs)
	return __en.document_prepared_for(inputs)
});
/**
* | output |
* | --- |
* | "Print or save as PDF" |
*
* @param {Document_PrintInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_print = /** @type {((inputs?: Document_PrintInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_PrintInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_print(inputs)
	if (locale === "fr") return __fr.document_print(inputs)
	if (locale === "de") return __de.document_print(inputs)
	if (locale === "pt") return __pt.document_print(inputs)
	return __en.document_print(inputs)
});
/**
* | output |
* | --- |
* | "Shared." |
*
* @param {Document_SharedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_shared = /** @type {((inputs?: Document_SharedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_SharedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_shared(inputs)
	if (locale === "fr") return __fr.document_shared(inputs)
	if (locale === "de") return __de.document_shared(inputs)
	if (locale === "pt") return __pt.document_shared(inputs)
	return __en.document_shared(inputs)
});
/**
* | output |
* | --- |
* | "Shared by {advisor}." |
*
* @param {Document_Shared_ByInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_shared_by = /** @type {((inputs: Document_Shared_ByInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Shared_ByInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_shared_by(inputs)
	if (locale === "fr") return __fr.document_shared_by(inputs)
	if (locale === "de") return __de.document_shared_by(inputs)
	if (locale === "pt") return __pt.document_shared_by(inputs)
	return __en.document_shared_by(inputs)
});
/**
* | output |
* | --- |
* | "Shared by {advisor} on {date}." |
*
* @param {Document_Shared_By_OnInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_shared_by_on = /** @type {((inputs: Document_Shared_By_OnInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Shared_By_OnInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_shared_by_on(inputs)
	if (locale === "fr") return __fr.document_shared_by_on(inputs)
	if (locale === "de") return __de.document_shared_by_on(inputs)
	if (locale === "pt") return __pt.document_shared_by_on(inputs)
	return __en.document_shared_by_on(inputs)
});
/**
* | output |
* | --- |
* | "Shared {date}" |
*
* @param {Document_Shared_DateInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_shared_date = /** @type {((inputs: Document_Shared_DateInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Shared_DateInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_shared_date(inputs)
	if (locale === "fr") return __fr.document_shared_date(inputs)
	if (locale === "de") return __de.document_shared_date(inputs)
	if (locale === "pt") return __pt.document_shared_date(inputs)
	return __en.document_shared_date(inputs)
});
/**
* | output |
* | --- |
* | "Shared on" |
*
* @param {Document_Shared_OnInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_shared_on = /** @type {((inputs?: Document_Shared_OnInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Shared_OnInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_shared_on(inputs)
	if (locale === "fr") return __fr.document_shared_on(inputs)
	if (locale === "de") return __de.document_shared_on(inputs)
	if (locale === "pt") return __pt.document_shared_on(inputs)
	return __en.document_shared_on(inputs)
});
/**
* | output |
* | --- |
* | "Shared on {date}." |
*
* @param {Document_Shared_On_DateInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_shared_on_date = /** @type {((inputs: Document_Shared_On_DateInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Shared_On_DateInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_shared_on_date(inputs)
	if (locale === "fr") return __fr.document_shared_on_date(inputs)
	if (locale === "de") return __de.document_shared_on_date(inputs)
	if (locale === "pt") return __pt.document_shared_on_date(inputs)
	return __en.document_shared_on_date(inputs)
});
/**
* | output |
* | --- |
* | "Invoice: {title}" |
*
* @param {Document_Title_InvoiceInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_title_invoice = /** @type {((inputs: Document_Title_InvoiceInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Title_InvoiceInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_title_invoice(inputs)
	if (locale === "fr") return __fr.document_title_invoice(inputs)
	if (locale === "de") return __de.document_title_invoice(inputs)
	if (locale === "pt") return __pt.document_title_invoice(inputs)
	return __en.document_title_invoice(inputs)
});
/**
* | output |
* | --- |
* | "Proposal: {title}" |
*
* @param {Document_Title_ProposalInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_title_proposal = /** @type {((inputs: Document_Title_ProposalInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_Title_ProposalInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_title_proposal(inputs)
	if (locale === "fr") return __fr.document_title_proposal(inputs)
	if (locale === "de") return __de.document_title_proposal(inputs)
	if (locale === "pt") return __pt.document_title_proposal(inputs)
	return __en.document_title_proposal(inputs)
});
/**
* | output |
* | --- |
* | "Total" |
*
* @param {Document_TotalInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_total = /** @type {((inputs?: Document_TotalInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_TotalInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_total(inputs)
	if (locale === "fr") return __fr.document_total(inputs)
	if (locale === "de") return __de.document_total(inputs)
	if (locale === "pt") return __pt.document_total(inputs)
	return __en.document_total(inputs)
});
/**
* | output |
* | --- |
* | "Trip" |
*
* @param {Document_TripInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const document_trip = /** @type {((inputs?: Document_TripInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Document_TripInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.document_trip(inputs)
	if (locale === "fr") return __fr.document_trip(inputs)
	if (locale === "de") return __de.document_trip(inputs)
	if (locale === "pt") return __pt.document_trip(inputs)
	return __en.document_trip(inputs)
});
/**
* | output |
* | --- |
* | "If the button doesn't work, copy this address into your browser:" |
*
* @param {Email_Button_FallbackInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_button_fallback = /** @type {((inputs?: Email_Button_FallbackInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Button_FallbackInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_button_fallback(inputs)
	if (locale === "fr") return __fr.email_button_fallback(inputs)
	if (locale === "de") return __de.email_button_fallback(inputs)
	if (locale === "pt") return __pt.email_button_fallback(inputs)
	return __en.email_button_fallback(inputs)
});
/**
* | output |
* | --- |
* | "Sent by {agencyName} through Trips. Questions? Reply to this email. If you weren't expecting this email, you can ignore it." |
*
* @param {Email_FooterInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_footer = /** @type {((inputs: Email_FooterInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_FooterInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_footer(inputs)
	if (locale === "fr") return __fr.email_footer(inputs)
	if (locale === "de") return __de.email_footer(inputs)
	if (locale === "pt") return __pt.email_footer(inputs)
	return __en.email_footer(inputs)
});
/**
* | output |
* | --- |
* | "Sent by {agencyName} through Trips. Questions? Reply to this email or write to {contactEmail}. If you weren't expecting this email, you can ignore it." |
*
* @param {Email_Footer_With_AddressInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_footer_with_address = /** @type {((inputs: Email_Footer_With_AddressInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Footer_With_AddressInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_footer_with_address(inputs)
	if (locale === "fr") return __fr.email_footer_with_address(inputs)
	if (locale === "de") return __de.email_footer_with_address(inputs)
	if (locale === "pt") return __pt.email_footer_with_address(inputs)
	return __en.email_footer_with_address(inputs)
});
/**
* | output |
* | --- |
* | "Choose your password" |
*
* @param {Email_Fresh_Link_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_fresh_link_button = /** @type {((inputs?: Email_Fresh_Link_ButtonInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_ButtonInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_fresh_link_button(inputs)
	if (locale === "fr") return __fr.email_fresh_link_button(inputs)
	if (locale === "de") return __de.email_fresh_link_button(inputs)
	if (locale === "pt") return __pt.email_fresh_link_button(inputs)
	return __en.email_fresh_link_button(inputs)
});
/**
* | output |
* | --- |
* | "Any earlier link no longer works. If you didn't ask for this, ignore this email: nothing changes." |
*
* @param {Email_Fresh_Link_Earlier_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_fresh_link_earlier_link = /** @type {((inputs?: Email_Fresh_Link_Earlier_LinkInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_Earlier_LinkInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_fresh_link_earlier_link(inputs)
	if (locale === "fr") return __fr.email_fresh_link_earlier_link(inputs)
	if (locale === "de") return __de.email_fresh_link_earlier_link(inputs)
	if (locale === "pt") return __pt.email_fresh_link_earlier_link(inputs)
	return __en.email_fresh_link_earlier_link(inputs)
});
/**
* | output |
* | --- |
* | "Here is your fresh link, {firstName}" |
*
* @param {Email_Fresh_Link_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_fresh_link_heading = /** @type {((inputs: Email_Fresh_Link_HeadingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_HeadingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_fresh_link_heading(inputs)
	if (locale === "fr") return __fr.email_fresh_link_heading(inputs)
	if (locale === "de") return __de.email_fresh_link_heading(inputs)
	if (locale === "pt") return __pt.email_fresh_link_heading(inputs)
	return __en.email_fresh_link_heading(inputs)
});
/**
* | output |
* | --- |
* | "You asked for a new link to your {agencyName} trip portal. Use it to choose your password and sign in." |
*
* @param {Email_Fresh_Link_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_fresh_link_intro = /** @type {((inputs: Email_Fresh_Link_IntroInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_IntroInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_fresh_link_intro(inputs)
	if (locale === "fr") return __fr.email_fresh_link_intro(inputs)
	if (locale === "de") return __de.email_fresh_link_intro(inputs)
	if (locale === "pt") return __pt.email_fresh_link_intro(inputs)
	return __en.email_fresh_link_intro(inputs)
});
/**
* | output |
* | --- |
* | "You asked for a fresh link to choose your password." |
*
* @param {Email_Fresh_Link_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_fresh_link_preheader = /** @type {((inputs?: Email_Fresh_Link_PreheaderInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_PreheaderInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_fresh_link_preheader(inputs)
	if (locale === "fr") return __fr.email_fresh_link_preheader(inputs)
	if (locale === "de") return __de.email_fresh_link_preheader(inputs)
	if (locale === "pt") return __pt.email_fresh_link_preheader(inputs)
	return __en.email_fresh_link_preheader(inputs)
});
/**
* | output |
* | --- |
* | "Your link to the {agencyName} trip portal" |
*
* @param {Email_Fresh_Link_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_fresh_link_subject = /** @type {((inputs: Email_Fresh_Link_SubjectInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_SubjectInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_fresh_link_subject(inputs)
	if (locale === "fr") return __fr.email_fresh_link_subject(inputs)
	if (locale === "de") return __de.email_fresh_link_subject(inputs)
	if (locale === "pt") return __pt.email_fresh_link_subject(inputs)
	return __en.email_fresh_link_subject(inputs)
});
/**
* | output |
* | --- |
* | "Choose your password here:" |
*
* @param {Email_Fresh_Link_Text_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_fresh_link_text_lead = /** @type {((inputs?: Email_Fresh_Link_Text_LeadInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fresh_Link_Text_LeadInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_fresh_link_text_lead(inputs)
	if (locale === "fr") return __fr.email_fresh_link_text_lead(inputs)
	if (locale === "de") return __de.email_fresh_link_text_lead(inputs)
	if (locale === "pt") return __pt.email_fresh_link_text_lead(inputs)
	return __en.email_fresh_link_text_lead(inputs)
});
/**
* | output |
* | --- |
* | "Set your password" |
*
* @param {Email_Invite_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_invite_button = /** @type {((inputs?: Email_Invite_ButtonInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_ButtonInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_invite_button(inputs)
	if (locale === "fr") return __fr.email_invite_button(inputs)
	if (locale === "de") return __de.email_invite_button(inputs)
	if (locale === "pt") return __pt.email_invite_button(inputs)
	return __en.email_invite_button(inputs)
});
/**
* | output |
* | --- |
* | "Your trip portal is ready, {firstName}" |
*
* @param {Email_Invite_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_invite_heading = /** @type {((inputs: Email_Invite_HeadingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_HeadingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_invite_heading(inputs)
	if (locale === "fr") return __fr.email_invite_heading(inputs)
	if (locale === "de") return __de.email_invite_heading(inputs)
	if (locale === "pt") return __pt.email_invite_heading(inputs)
	return __en.email_invite_heading(inputs)
});
/**
* | output |
* | --- |
* | "If it has expired, ask {agencyName} for a new one or use “{freshLinkButton}” on the page it opens." |
*
* @param {Email_Invite_If_ExpiredInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_invite_if_expired = /** @type {((inputs: Email_Invite_If_ExpiredInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_If_ExpiredInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_invite_if_expired(inputs)
	if (locale === "fr") return __fr.email_invite_if_expired(inputs)
	if (locale === "de") return __de.email_invite_if_expired(inputs)
	if (locale === "pt") return __pt.email_invite_if_expired(inputs)
	return __en.email_invite_if_expired(inputs)
});
/**
* | output |
* | --- |
* | "{advisorName} at {agencyName} has set up a private portal where you can see your trips, itineraries, invoices and proposals in one place." |
*
* @param {Email_Invite_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_invite_intro = /** @type {((inputs: Email_Invite_IntroInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_IntroInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_invite_intro(inputs)
	if (locale === "fr") return __fr.email_invite_intro(inputs)
	if (locale === "de") return __de.email_invite_intro(inputs)
	if (locale === "pt") return __pt.email_invite_intro(inputs)
	return __en.email_invite_intro(inputs)
});
/**
* | output |
* | --- |
* | "Set a password to get in:" |
*
* @param {Email_Invite_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_invite_lead = /** @type {((inputs?: Email_Invite_LeadInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_LeadInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_invite_lead(inputs)
	if (locale === "fr") return __fr.email_invite_lead(inputs)
	if (locale === "de") return __de.email_invite_lead(inputs)
	if (locale === "pt") return __pt.email_invite_lead(inputs)
	return __en.email_invite_lead(inputs)
});
/**
* | output |
* | --- |
* | "Set a password once to see your trips, itineraries, invoices and proposals." |
*
* @param {Email_Invite_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_invite_preheader = /** @type {((inputs?: Email_Invite_PreheaderInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_PreheaderInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_invite_preheader(inputs)
	if (locale === "fr") return __fr.email_invite_preheader(inputs)
	if (locale === "de") return __de.email_invite_preheader(inputs)
	if (locale === "pt") return __pt.email_invite_preheader(inputs)
	return __en.email_invite_preheader(inputs)
});
/**
* | output |
* | --- |
* | "Questions? Reply to this email to reach {advisorName}." |
*
* @param {Email_Invite_QuestionsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_invite_questions = /** @type {((inputs: Email_Invite_QuestionsInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_QuestionsInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_invite_questions(inputs)
	if (locale === "fr") return __fr.email_invite_questions(inputs)
	if (locale === "de") return __de.email_invite_questions(inputs)
	if (locale === "pt") return __pt.email_invite_questions(inputs)
	return __en.email_invite_questions(inputs)
});
/**
* | output |
* | --- |
* | "{advisorFirstName} at {agencyName} invited you to your trip portal" |
*
* @param {Email_Invite_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_invite_subject = /** @type {((inputs: Email_Invite_SubjectInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Invite_SubjectInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_invite_subject(inputs)
	if (locale === "fr") return __fr.email_invite_subject(inputs)
	if (locale === "de") return __de.email_invite_subject(inputs)
	if (locale === "pt") return __pt.email_invite_subject(inputs)
	return __en.email_invite_subject(inputs)
});
/**
* | output |
* | --- |
* | "This link works once and expires in 7 days, on {expiry}." |
*
* @param {Email_Link_ExpiryInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_link_expiry = /** @type {((inputs: Email_Link_ExpiryInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Link_ExpiryInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_link_expiry(inputs)
	if (locale === "fr") return __fr.email_link_expiry(inputs)
	if (locale === "de") return __de.email_link_expiry(inputs)
	if (locale === "pt") return __pt.email_link_expiry(inputs)
	return __en.email_link_expiry(inputs)
});
/**
* | output |
* | --- |
* | "This link works once and expires in 7 days." |
*
* @param {Email_Link_Expiry_In_7_DaysInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_link_expiry_in_7_days = /** @type {((inputs?: Email_Link_Expiry_In_7_DaysInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Link_Expiry_In_7_DaysInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_link_expiry_in_7_days(inputs)
	if (locale === "fr") return __fr.email_link_expiry_in_7_days(inputs)
	if (locale === "de") return __de.email_link_expiry_in_7_days(inputs)
	if (locale === "pt") return __pt.email_link_expiry_in_7_days(inputs)
	return __en.email_link_expiry_in_7_days(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Email_Password_Changed_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_password_changed_button = /** @type {((inputs?: Email_Password_Changed_ButtonInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_ButtonInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_password_changed_button(inputs)
	if (locale === "fr") return __fr.email_password_changed_button(inputs)
	if (locale === "de") return __de.email_password_changed_button(inputs)
	if (locale === "pt") return __pt.email_password_changed_button(inputs)
	return __en.email_password_changed_button(inputs)
});
/**
* | output |
* | --- |
* | "Your password was changed" |
*
* @param {Email_Password_Changed_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_password_changed_heading = /** @type {((inputs?: Email_Password_Changed_HeadingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_HeadingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_password_changed_heading(inputs)
	if (locale === "fr") return __fr.email_password_changed_heading(inputs)
	if (locale === "de") return __de.email_password_changed_heading(inputs)
	if (locale === "pt") return __pt.email_password_changed_heading(inputs)
	return __en.email_password_changed_heading(inputs)
});
/**
* | output |
* | --- |
* | "Hi {firstName}, the password of your {agencyName} trip portal was just changed, and every other device was signed out." |
*
* @param {Email_Password_Changed_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_password_changed_intro = /** @type {((inputs: Email_Password_Changed_IntroInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_IntroInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_password_changed_intro(inputs)
	if (locale === "fr") return __fr.email_password_changed_intro(inputs)
	if (locale === "de") return __de.email_password_changed_intro(inputs)
	if (locale === "pt") return __pt.email_password_changed_intro(inputs)
	return __en.email_password_changed_intro(inputs)
});
/**
* | output |
* | --- |
* | "If this wasn't you, contact {agencyName} right away: reply to this email." |
*
* @param {Email_Password_Changed_Not_YouInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_password_changed_not_you = /** @type {((inputs: Email_Password_Changed_Not_YouInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_Not_YouInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_password_changed_not_you(inputs)
	if (locale === "fr") return __fr.email_password_changed_not_you(inputs)
	if (locale === "de") return __de.email_password_changed_not_you(inputs)
	if (locale === "pt") return __pt.email_password_changed_not_you(inputs)
	return __en.email_password_changed_not_you(inputs)
});
/**
* | output |
* | --- |
* | "If this wasn't you, contact {agencyName} right away: reply to this email or write to {contactEmail}." |
*
* @param {Email_Password_Changed_Not_You_With_AddressInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_password_changed_not_you_with_address = /** @type {((inputs: Email_Password_Changed_Not_You_With_AddressInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_Not_You_With_AddressInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_password_changed_not_you_with_address(inputs)
	if (locale === "fr") return __fr.email_password_changed_not_you_with_address(inputs)
	if (locale === "de") return __de.email_password_changed_not_you_with_address(inputs)
	if (locale === "pt") return __pt.email_password_changed_not_you_with_address(inputs)
	return __en.email_password_changed_not_you_with_address(inputs)
});
/**
* | output |
* | --- |
* | "If this wasn't you, contact {agencyName} right away." |
*
* @param {Email_Password_Changed_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_password_changed_preheader = /** @type {((inputs: Email_Password_Changed_PreheaderInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_PreheaderInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_password_changed_preheader(inputs)
	if (locale === "fr") return __fr.email_password_changed_preheader(inputs)
	if (locale === "de") return __de.email_password_changed_preheader(inputs)
	if (locale === "pt") return __pt.email_password_changed_preheader(inputs)
	return __en.email_password_changed_preheader(inputs)
});
/**
* | output |
* | --- |
* | "Your {agencyName} trip portal password was changed" |
*
* @param {Email_Password_Changed_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_password_changed_subject = /** @type {((inputs: Email_Password_Changed_SubjectInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_SubjectInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_password_changed_subject(inputs)
	if (locale === "fr") return __fr.email_password_changed_subject(inputs)
	if (locale === "de") return __de.email_password_changed_subject(inputs)
	if (locale === "pt") return __pt.email_password_changed_subject(inputs)
	return __en.email_password_changed_subject(inputs)
});
/**
* | output |
* | --- |
* | "Sign in here:" |
*
* @param {Email_Password_Changed_Text_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_password_changed_text_lead = /** @type {((inputs?: Email_Password_Changed_Text_LeadInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Password_Changed_Text_LeadInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_password_changed_text_lead(inputs)
	if (locale === "fr") return __fr.email_password_changed_text_lead(inputs)
	if (locale === "de") return __de.email_password_changed_text_lead(inputs)
	if (locale === "pt") return __pt.email_password_changed_text_lead(inputs)
	return __en.email_password_changed_text_lead(inputs)
});
/**
* | output |
* | --- |
* | "The link expires on {expiry}." |
*
* @param {Email_Preheader_ExpiryInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_preheader_expiry = /** @type {((inputs: Email_Preheader_ExpiryInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Preheader_ExpiryInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_preheader_expiry(inputs)
	if (locale === "fr") return __fr.email_preheader_expiry(inputs)
	if (locale === "de") return __de.email_preheader_expiry(inputs)
	if (locale === "pt") return __pt.email_preheader_expiry(inputs)
	return __en.email_preheader_expiry(inputs)
});
/**
* | output |
* | --- |
* | "The link expires in 7 days." |
*
* @param {Email_Preheader_Expiry_In_7_DaysInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_preheader_expiry_in_7_days = /** @type {((inputs?: Email_Preheader_Expiry_In_7_DaysInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Preheader_Expiry_In_7_DaysInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_preheader_expiry_in_7_days(inputs)
	if (locale === "fr") return __fr.email_preheader_expiry_in_7_days(inputs)
	if (locale === "de") return __de.email_preheader_expiry_in_7_days(inputs)
	if (locale === "pt") return __pt.email_preheader_expiry_in_7_days(inputs)
	return __en.email_preheader_expiry_in_7_days(inputs)
});
/**
* | output |
* | --- |
* | "Set your password" |
*
* @param {Email_Reminder_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reminder_button = /** @type {((inputs?: Email_Reminder_ButtonInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_ButtonInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reminder_button(inputs)
	if (locale === "fr") return __fr.email_reminder_button(inputs)
	if (locale === "de") return __de.email_reminder_button(inputs)
	if (locale === "pt") return __pt.email_reminder_button(inputs)
	return __en.email_reminder_button(inputs)
});
/**
* | output |
* | --- |
* | "The link in the earlier email no longer works. If you weren't expecting this, you can ignore this email." |
*
* @param {Email_Reminder_Earlier_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reminder_earlier_link = /** @type {((inputs?: Email_Reminder_Earlier_LinkInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_Earlier_LinkInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reminder_earlier_link(inputs)
	if (locale === "fr") return __fr.email_reminder_earlier_link(inputs)
	if (locale === "de") return __de.email_reminder_earlier_link(inputs)
	if (locale === "pt") return __pt.email_reminder_earlier_link(inputs)
	return __en.email_reminder_earlier_link(inputs)
});
/**
* | output |
* | --- |
* | "Your trip portal is still waiting" |
*
* @param {Email_Reminder_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reminder_heading = /** @type {((inputs?: Email_Reminder_HeadingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_HeadingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reminder_heading(inputs)
	if (locale === "fr") return __fr.email_reminder_heading(inputs)
	if (locale === "de") return __de.email_reminder_heading(inputs)
	if (locale === "pt") return __pt.email_reminder_heading(inputs)
	return __en.email_reminder_heading(inputs)
});
/**
* | output |
* | --- |
* | "Hi {firstName}, {agencyName} invited you to your trip portal a few days ago, and the invitation is about to expire. Here is a fresh link: set a password once..." |
*
* @param {Email_Reminder_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reminder_intro = /** @type {((inputs: Email_Reminder_IntroInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_IntroInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reminder_intro(inputs)
	if (locale === "fr") return __fr.email_reminder_intro(inputs)
	if (locale === "de") return __de.email_reminder_intro(inputs)
	if (locale === "pt") return __pt.email_reminder_intro(inputs)
	return __en.email_reminder_intro(inputs)
});
/**
* | output |
* | --- |
* | "Here is a fresh link to set your password." |
*
* @param {Email_Reminder_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reminder_preheader = /** @type {((inputs?: Email_Reminder_PreheaderInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_PreheaderInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reminder_preheader(inputs)
	if (locale === "fr") return __fr.email_reminder_preheader(inputs)
	if (locale === "de") return __de.email_reminder_preheader(inputs)
	if (locale === "pt") return __pt.email_reminder_preheader(inputs)
	return __en.email_reminder_preheader(inputs)
});
/**
* | output |
* | --- |
* | "Reminder: your {agencyName} trip portal is waiting for you" |
*
* @param {Email_Reminder_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reminder_subject = /** @type {((inputs: Email_Reminder_SubjectInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_SubjectInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reminder_subject(inputs)
	if (locale === "fr") return __fr.email_reminder_subject(inputs)
	if (locale === "de") return __de.email_reminder_subject(inputs)
	if (locale === "pt") return __pt.email_reminder_subject(inputs)
	return __en.email_reminder_subject(inputs)
});
/**
* | output |
* | --- |
* | "Set your password here:" |
*
* @param {Email_Reminder_Text_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reminder_text_lead = /** @type {((inputs?: Email_Reminder_Text_LeadInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reminder_Text_LeadInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reminder_text_lead(inputs)
	if (locale === "fr") return __fr.email_reminder_text_lead(inputs)
	if (locale === "de") return __de.email_reminder_text_lead(inputs)
	if (locale === "pt") return __pt.email_reminder_text_lead(inputs)
	return __en.email_reminder_text_lead(inputs)
});
/**
* | output |
* | --- |
* | "Choose a new password" |
*
* @param {Email_Reset_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reset_button = /** @type {((inputs?: Email_Reset_ButtonInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_ButtonInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reset_button(inputs)
	if (locale === "fr") return __fr.email_reset_button(inputs)
	if (locale === "de") return __de.email_reset_button(inputs)
	if (locale === "pt") return __pt.email_reset_button(inputs)
	return __en.email_reset_button(inputs)
});
/**
* | output |
* | --- |
* | "Choose a new password" |
*
* @param {Email_Reset_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reset_heading = /** @type {((inputs?: Email_Reset_HeadingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_HeadingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reset_heading(inputs)
	if (locale === "fr") return __fr.email_reset_heading(inputs)
	if (locale === "de") return __de.email_reset_heading(inputs)
	if (locale === "pt") return __pt.email_reset_heading(inputs)
	return __en.email_reset_heading(inputs)
});
/**
* | output |
* | --- |
* | "If you didn't ask for this, ignore this email: your password stays as it is." |
*
* @param {Email_Reset_If_Not_YouInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reset_if_not_you = /** @type {((inputs?: Email_Reset_If_Not_YouInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_If_Not_YouInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reset_if_not_you(inputs)
	if (locale === "fr") return __fr.email_reset_if_not_you(inputs)
	if (locale === "de") return __de.email_reset_if_not_you(inputs)
	if (locale === "pt") return __pt.email_reset_if_not_you(inputs)
	return __en.email_reset_if_not_you(inputs)
});
/**
* | output |
* | --- |
* | "Hi {firstName}, {advisorName} at {agencyName} sent you a link to choose a new password for your trip portal." |
*
* @param {Email_Reset_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reset_intro = /** @type {((inputs: Email_Reset_IntroInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_IntroInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reset_intro(inputs)
	if (locale === "fr") return __fr.email_reset_intro(inputs)
	if (locale === "de") return __de.email_reset_intro(inputs)
	if (locale === "pt") return __pt.email_reset_intro(inputs)
	return __en.email_reset_intro(inputs)
});
/**
* | output |
* | --- |
* | "{advisorName} sent you a link to choose a new password." |
*
* @param {Email_Reset_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reset_preheader = /** @type {((inputs: Email_Reset_PreheaderInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_PreheaderInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reset_preheader(inputs)
	if (locale === "fr") return __fr.email_reset_preheader(inputs)
	if (locale === "de") return __de.email_reset_preheader(inputs)
	if (locale === "pt") return __pt.email_reset_preheader(inputs)
	return __en.email_reset_preheader(inputs)
});
/**
* | output |
* | --- |
* | "Choose a new password for your {agencyName} trip portal" |
*
* @param {Email_Reset_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reset_subject = /** @type {((inputs: Email_Reset_SubjectInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_SubjectInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reset_subject(inputs)
	if (locale === "fr") return __fr.email_reset_subject(inputs)
	if (locale === "de") return __de.email_reset_subject(inputs)
	if (locale === "pt") return __pt.email_reset_subject(inputs)
	return __en.email_reset_subject(inputs)
});
/**
* | output |
* | --- |
* | "Choose a new password here:" |
*
* @param {Email_Reset_Text_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_reset_text_lead = /** @type {((inputs?: Email_Reset_Text_LeadInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Reset_Text_LeadInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_reset_text_lead(inputs)
	if (locale === "fr") return __fr.email_reset_text_lead(inputs)
	if (locale === "de") return __de.email_reset_text_lead(inputs)
	if (locale === "pt") return __pt.email_reset_text_lead(inputs)
	return __en.email_reset_text_lead(inputs)
});
/**
* | output |
* | --- |
* | "Enter your code" |
*
* @param {Email_Sign_In_Code_ButtonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_button = /** @type {((inputs?: Email_Sign_In_Code_ButtonInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_ButtonInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_button(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_button(inputs)
	if (locale === "de") return __de.email_sign_in_code_button(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_button(inputs)
	return __en.email_sign_in_code_button(inputs)
});
/**
* | output |
* | --- |
* | "It works once and expires in 10 minutes, at {time}." |
*
* @param {Email_Sign_In_Code_ExpiryInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_expiry = /** @type {((inputs: Email_Sign_In_Code_ExpiryInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_ExpiryInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_expiry(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_expiry(inputs)
	if (locale === "de") return __de.email_sign_in_code_expiry(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_expiry(inputs)
	return __en.email_sign_in_code_expiry(inputs)
});
/**
* | output |
* | --- |
* | "Your sign-in code" |
*
* @param {Email_Sign_In_Code_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_heading = /** @type {((inputs?: Email_Sign_In_Code_HeadingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_HeadingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_heading(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_heading(inputs)
	if (locale === "de") return __de.email_sign_in_code_heading(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_heading(inputs)
	return __en.email_sign_in_code_heading(inputs)
});
/**
* | output |
* | --- |
* | "If you didn't ask for this, ignore this email." |
*
* @param {Email_Sign_In_Code_IgnoreInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_ignore = /** @type {((inputs?: Email_Sign_In_Code_IgnoreInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_IgnoreInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_ignore(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_ignore(inputs)
	if (locale === "de") return __de.email_sign_in_code_ignore(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_ignore(inputs)
	return __en.email_sign_in_code_ignore(inputs)
});
/**
* | output |
* | --- |
* | "Hi {firstName}, enter this code on the sign-in page of your {agencyName} trip portal:" |
*
* @param {Email_Sign_In_Code_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_intro = /** @type {((inputs: Email_Sign_In_Code_IntroInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_IntroInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_intro(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_intro(inputs)
	if (locale === "de") return __de.email_sign_in_code_intro(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_intro(inputs)
	return __en.email_sign_in_code_intro(inputs)
});
/**
* | output |
* | --- |
* | "Nobody can sign in without the code." |
*
* @param {Email_Sign_In_Code_Nobody_ElseInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_nobody_else = /** @type {((inputs?: Email_Sign_In_Code_Nobody_ElseInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_Nobody_ElseInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_nobody_else(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_nobody_else(inputs)
	if (locale === "de") return __de.email_sign_in_code_nobody_else(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_nobody_else(inputs)
	return __en.email_sign_in_code_nobody_else(inputs)
});
/**
* | output |
* | --- |
* | "Enter it on the sign-in page. It works once and expires in 10 minutes." |
*
* @param {Email_Sign_In_Code_PreheaderInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_preheader = /** @type {((inputs?: Email_Sign_In_Code_PreheaderInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_PreheaderInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_preheader(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_preheader(inputs)
	if (locale === "de") return __de.email_sign_in_code_preheader(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_preheader(inputs)
	return __en.email_sign_in_code_preheader(inputs)
});
/**
* | output |
* | --- |
* | "If you have questions, reply to this email." |
*
* @param {Email_Sign_In_Code_QuestionsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_questions = /** @type {((inputs?: Email_Sign_In_Code_QuestionsInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_QuestionsInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_questions(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_questions(inputs)
	if (locale === "de") return __de.email_sign_in_code_questions(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_questions(inputs)
	return __en.email_sign_in_code_questions(inputs)
});
/**
* | output |
* | --- |
* | "If you have questions, reply to this email or write to {contactEmail}." |
*
* @param {Email_Sign_In_Code_Questions_With_AddressInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_questions_with_address = /** @type {((inputs: Email_Sign_In_Code_Questions_With_AddressInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_Questions_With_AddressInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_questions_with_address(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_questions_with_address(inputs)
	if (locale === "de") return __de.email_sign_in_code_questions_with_address(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_questions_with_address(inputs)
	return __en.email_sign_in_code_questions_with_address(inputs)
});
/**
* | output |
* | --- |
* | "{code} is your sign-in code for {agencyName}" |
*
* @param {Email_Sign_In_Code_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_subject = /** @type {((inputs: Email_Sign_In_Code_SubjectInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_SubjectInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_subject(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_subject(inputs)
	if (locale === "de") return __de.email_sign_in_code_subject(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_subject(inputs)
	return __en.email_sign_in_code_subject(inputs)
});
/**
* | output |
* | --- |
* | "Enter your code here:" |
*
* @param {Email_Sign_In_Code_Text_LeadInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const email_sign_in_code_text_lead = /** @type {((inputs?: Email_Sign_In_Code_Text_LeadInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sign_In_Code_Text_LeadInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.email_sign_in_code_text_lead(inputs)
	if (locale === "fr") return __fr.email_sign_in_code_text_lead(inputs)
	if (locale === "de") return __de.email_sign_in_code_text_lead(inputs)
	if (locale === "pt") return __pt.email_sign_in_code_text_lead(inputs)
	return __en.email_sign_in_code_text_lead(inputs)
});
/**
* | output |
* | --- |
* | "Forgot your password?" |
*
* @param {Forgot_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const forgot_heading = /** @type {((inputs?: Forgot_HeadingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_HeadingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.forgot_heading(inputs)
	if (locale === "fr") return __fr.forgot_heading(inputs)
	if (locale === "de") return __de.forgot_heading(inputs)
	if (locale === "pt") return __pt.forgot_heading(inputs)
	return __en.forgot_heading(inputs)
});
/**
* | output |
* | --- |
* | "Enter the email your travel advisor has on file and we'll send you a link to choose a new password." |
*
* @param {Forgot_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const forgot_intro = /** @type {((inputs?: Forgot_IntroInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_IntroInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.forgot_intro(inputs)
	if (locale === "fr") return __fr.forgot_intro(inputs)
	if (locale === "de") return __de.forgot_intro(inputs)
	if (locale === "pt") return __pt.forgot_intro(inputs)
	return __en.forgot_intro(inputs)
});
/**
* | output |
* | --- |
* | "Forgot password?" |
*
* @param {Forgot_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const forgot_link = /** @type {((inputs?: Forgot_LinkInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_LinkInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.forgot_link(inputs)
	if (locale === "fr") return __fr.forgot_link(inputs)
	if (locale === "de") return __de.forgot_link(inputs)
	if (locale === "pt") return __pt.forgot_link(inputs)
	return __en.forgot_link(inputs)
});
/**
* | output |
* | --- |
* | "Forgot password" |
*
* @param {Forgot_Page_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const forgot_page_title = /** @type {((inputs?: Forgot_Page_TitleInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_Page_TitleInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.forgot_page_title(inputs)
	if (locale === "fr") return __fr.forgot_page_title(inputs)
	if (locale === "de") return __de.forgot_page_title(inputs)
	if (locale === "pt") return __pt.forgot_page_title(inputs)
	return __en.forgot_page_title(inputs)
});
/**
* | output |
* | --- |
* | "If {email} has access to this portal, a link is on its way to it. The link works once and expires in 7 days, on {date}." |
*
* @param {Forgot_SentInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const forgot_sent = /** @type {((inputs: Forgot_SentInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_SentInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.forgot_sent(inputs)
	if (locale === "fr") return __fr.forgot_sent(inputs)
	if (locale === "de") return __de.forgot_sent(inputs)
	if (locale === "pt") return __pt.forgot_sent(inputs)
	return __en.forgot_sent(inputs)
});
/**
* | output |
* | --- |
* | "Nothing in a few minutes? Check your spam or junk folder, or ask {agency} which email they have on file." |
*
* @param {Forgot_Sent_NothingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const forgot_sent_nothing = /** @type {((inputs: Forgot_Sent_NothingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_Sent_NothingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.forgot_sent_nothing(inputs)
	if (locale === "fr") return __fr.forgot_sent_nothing(inputs)
	if (locale === "de") return __de.forgot_sent_nothing(inputs)
	if (locale === "pt") return __pt.forgot_sent_nothing(inputs)
	return __en.forgot_sent_nothing(inputs)
});
/**
* | output |
* | --- |
* | "Email me a link" |
*
* @param {Forgot_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const forgot_submit = /** @type {((inputs?: Forgot_SubmitInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_SubmitInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.forgot_submit(inputs)
	if (locale === "fr") return __fr.forgot_submit(inputs)
	if (locale === "de") return __de.forgot_submit(inputs)
	if (locale === "pt") return __pt.forgot_submit(inputs)
	return __en.forgot_submit(inputs)
});
/**
* | output |
* | --- |
* | "Your travel advisor" |
*
* @param {Home_Advisor_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_advisor_label = /** @type {((inputs?: Home_Advisor_LabelInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Advisor_LabelInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_advisor_label(inputs)
	if (locale === "fr") return __fr.home_advisor_label(inputs)
	if (locale === "de") return __de.home_advisor_label(inputs)
	if (locale === "pt") return __pt.home_advisor_label(inputs)
	return __en.home_advisor_label(inputs)
});
/**
* | output |
* | --- |
* | "All your trips" |
*
* @param {Home_All_TripsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_all_trips = /** @type {((inputs?: Home_All_TripsInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_All_TripsInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_all_trips(inputs)
	if (locale === "fr") return __fr.home_all_trips(inputs)
	if (locale === "de") return __de.home_all_trips(inputs)
	if (locale === "pt") return __pt.home_all_trips(inputs)
	return __en.home_all_trips(inputs)
});
/**
* | output |
* | --- |
* | "Your trips will appear here, with the itineraries, invoices and proposals {agency} shares with you. Questions? Contact your advisor." |
*
* @param {Home_Empty_Contact_AdvisorInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_empty_contact_advisor = /** @type {((inputs: Home_Empty_Contact_AdvisorInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Empty_Contact_AdvisorInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_empty_contact_advisor(inputs)
	if (locale === "fr") return __fr.home_empty_contact_advisor(inputs)
	if (locale === "de") return __de.home_empty_contact_advisor(inputs)
	if (locale === "pt") return __pt.home_empty_contact_advisor(inputs)
	return __en.home_empty_contact_advisor(inputs)
});
/**
* | output |
* | --- |
* | "Your trips will appear here, with the itineraries, invoices and proposals {agency} shares with you. Questions? Write to {advisor}." |
*
* @param {Home_Empty_Write_To_AdvisorInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_empty_write_to_advisor = /** @type {((inputs: Home_Empty_Write_To_AdvisorInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Empty_Write_To_AdvisorInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_empty_write_to_advisor(inputs)
	if (locale === "fr") return __fr.home_empty_write_to_advisor(inputs)
	if (locale === "de") return __de.home_empty_write_to_advisor(inputs)
	if (locale === "pt") return __pt.home_empty_write_to_advisor(inputs)
	return __en.home_empty_write_to_advisor(inputs)
});
/**
* | output |
* | --- |
* | "Hi {firstName}" |
*
* @param {Home_GreetingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_greeting = /** @type {((inputs: Home_GreetingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_GreetingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_greeting(inputs)
	if (locale === "fr") return __fr.home_greeting(inputs)
	if (locale === "de") return __de.home_greeting(inputs)
	if (locale === "pt") return __pt.home_greeting(inputs)
	return __en.home_greeting(inputs)
});
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
export const home_more_documents = /** @type {((inputs: Home_More_DocumentsInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_More_DocumentsInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_more_documents(inputs)
	if (locale === "fr") return __fr.home_more_documents(inputs)
	if (locale === "de") return __de.home_more_documents(inputs)
	if (locale === "pt") return __pt.home_more_documents(inputs)
	return __en.home_more_documents(inputs)
});
/**
* | output |
* | --- |
* | "Trip pages" |
*
* @param {Home_Pager_LabelInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_pager_label = /** @type {((inputs?: Home_Pager_LabelInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Pager_LabelInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_pager_label(inputs)
	if (locale === "fr") return __fr.home_pager_label(inputs)
	if (locale === "de") return __de.home_pager_label(inputs)
	if (locale === "pt") return __pt.home_pager_label(inputs)
	return __en.home_pager_label(inputs)
});
/**
* | output |
* | --- |
* | "More trips" |
*
* @param {Home_Pager_MoreInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_pager_more = /** @type {((inputs?: Home_Pager_MoreInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Pager_MoreInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_pager_more(inputs)
	if (locale === "fr") return __fr.home_pager_more(inputs)
	if (locale === "de") return __de.home_pager_more(inputs)
	if (locale === "pt") return __pt.home_pager_more(inputs)
	return __en.home_pager_more(inputs)
});
/**
* | output |
* | --- |
* | "Previous trips" |
*
* @param {Home_Pager_PreviousInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_pager_previous = /** @type {((inputs?: Home_Pager_PreviousInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Pager_PreviousInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_pager_previous(inputs)
	if (locale === "fr") return __fr.home_pager_previous(inputs)
	if (locale === "de") return __de.home_pager_previous(inputs)
	if (locale === "pt") return __pt.home_pager_previous(inputs)
	return __en.home_pager_previous(inputs)
});
/**
* | output |
* | --- |
* | "Sign-in & security" |
*
* @param {Home_Security_LinkInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_security_link = /** @type {((inputs?: Home_Security_LinkInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Security_LinkInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_security_link(inputs)
	if (locale === "fr") return __fr.home_security_link(inputs)
	if (locale === "de") return __de.home_security_link(inputs)
	if (locale === "pt") return __pt.home_security_link(inputs)
	return __en.home_security_link(inputs)
});
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Home_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_sign_out = /** @type {((inputs?: Home_Sign_OutInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Sign_OutInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_sign_out(inputs)
	if (locale === "fr") return __fr.home_sign_out(inputs)
	if (locale === "de") return __de.home_sign_out(inputs)
	if (locale === "pt") return __pt.home_sign_out(inputs)
	return __en.home_sign_out(inputs)
});
/**
* | output |
* | --- |
* | "Your trips" |
*
* @param {Home_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_title = /** @type {((inputs?: Home_TitleInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_TitleInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_title(inputs)
	if (locale === "fr") return __fr.home_title(inputs)
	if (locale === "de") return __de.home_title(inputs)
	if (locale === "pt") return __pt.home_title(inputs)
	return __en.home_title(inputs)
});
/**
* | output |
* | --- |
* | "Nothing shared on this trip yet. Invoices and proposals appear here as soon as {sharer} shares them; ask them if you're expecting one." |
*
* @param {Home_Trip_Nothing_SharedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const home_trip_nothing_shared = /** @type {((inputs: Home_Trip_Nothing_SharedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_Trip_Nothing_SharedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.home_trip_nothing_shared(inputs)
	if (locale === "fr") return __fr.home_trip_nothing_shared(inputs)
	if (locale === "de") return __de.home_trip_nothing_shared(inputs)
	if (locale === "pt") return __pt.home_trip_nothing_shared(inputs)
	return __en.home_trip_nothing_shared(inputs)
});
/**
* | output |
* | --- |
* | "Add a passkey" |
*
* @param {Passkey_AddInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const passkey_add = /** @type {((inputs?: Passkey_AddInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_AddInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.passkey_add(inputs)
	if (locale === "fr") return __fr.passkey_add(inputs)
	if (locale === "de") return __de.passkey_add(inputs)
	if (locale === "pt") return __pt.passkey_add(inputs)
	return __en.passkey_add(inputs)
});
/**
* | output |
* | --- |
* | "This device already has a passkey for your portal." |
*
* @param {Passkey_Already_HereInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const passkey_already_here = /** @type {((inputs?: Passkey_Already_HereInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Already_HereInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.passkey_already_here(inputs)
	if (locale === "fr") return __fr.passkey_already_here(inputs)
	if (locale === "de") return __de.passkey_already_here(inputs)
	if (locale === "pt") return __pt.passkey_already_here(inputs)
	return __en.passkey_already_here(inputs)
});
/**
* | output |
* | --- |
* | "No passkey was added. Try again, or keep signing in with your password." |
*
* @param {Passkey_Not_AddedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const passkey_not_added = /** @type {((inputs?: Passkey_Not_AddedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Not_AddedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.passkey_not_added(inputs)
	if (locale === "fr") return __fr.passkey_not_added(inputs)
	if (locale === "de") return __de.passkey_not_added(inputs)
	if (locale === "pt") return __pt.passkey_not_added(inputs)
	return __en.passkey_not_added(inputs)
});
/**
* | output |
* | --- |
* | "Not now" |
*
* @param {Passkey_Not_NowInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const passkey_not_now = /** @type {((inputs?: Passkey_Not_NowInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Not_NowInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.passkey_not_now(inputs)
	if (locale === "fr") return __fr.passkey_not_now(inputs)
	if (locale === "de") return __de.passkey_not_now(inputs)
	if (locale === "pt") return __pt.passkey_not_now(inputs)
	return __en.passkey_not_now(inputs)
});
/**
* | output |
* | --- |
* | "No passkey was used. Try again, or sign in with your email and password." |
*
* @param {Passkey_Not_UsedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const passkey_not_used = /** @type {((inputs?: Passkey_Not_UsedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Not_UsedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.passkey_not_used(inputs)
	if (locale === "fr") return __fr.passkey_not_used(inputs)
	if (locale === "de") return __de.passkey_not_used(inputs)
	if (locale === "pt") return __pt.passkey_not_used(inputs)
	return __en.passkey_not_used(inputs)
});
/**
* | output |
* | --- |
* | "Sign in next time with your face, fingerprint or screen lock." |
*
* @param {Passkey_Offer_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const passkey_offer_text = /** @type {((inputs?: Passkey_Offer_TextInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Offer_TextInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.passkey_offer_text(inputs)
	if (locale === "fr") return __fr.passkey_offer_text(inputs)
	if (locale === "de") return __de.passkey_offer_text(inputs)
	if (locale === "pt") return __pt.passkey_offer_text(inputs)
	return __en.passkey_offer_text(inputs)
});
/**
* | output |
* | --- |
* | "Sign in with a passkey" |
*
* @param {Passkey_Sign_InInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const passkey_sign_in = /** @type {((inputs?: Passkey_Sign_InInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Sign_InInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.passkey_sign_in(inputs)
	if (locale === "fr") return __fr.passkey_sign_in(inputs)
	if (locale === "de") return __de.passkey_sign_in(inputs)
	if (locale === "pt") return __pt.passkey_sign_in(inputs)
	return __en.passkey_sign_in(inputs)
});
/**
* | output |
* | --- |
* | "That passkey didn't sign you in. Try again, or sign in with your email and password." |
*
* @param {Passkey_Sign_In_RefusedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const passkey_sign_in_refused = /** @type {((inputs?: Passkey_Sign_In_RefusedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passkey_Sign_In_RefusedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.passkey_sign_in_refused(inputs)
	if (locale === "fr") return __fr.passkey_sign_in_refused(inputs)
	if (locale === "de") return __de.passkey_sign_in_refused(inputs)
	if (locale === "pt") return __pt.passkey_sign_in_refused(inputs)
	return __en.passkey_sign_in_refused(inputs)
});
/**
* | output |
* | --- |
* | "The two passwords don't match." |
*
* @param {Password_MismatchInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const password_mismatch = /** @type {((inputs?: Password_MismatchInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_MismatchInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.password_mismatch(inputs)
	if (locale === "fr") return __fr.password_mismatch(inputs)
	if (locale === "de") return __de.password_mismatch(inputs)
	if (locale === "pt") return __pt.password_mismatch(inputs)
	return __en.password_mismatch(inputs)
});
/**
* | output |
* | --- |
* | "Use at least 12 characters. Long phrases are good; common passwords are refused." |
*
* @param {Password_RulesInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const password_rules = /** @type {((inputs?: Password_RulesInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_RulesInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.password_rules(inputs)
	if (locale === "fr") return __fr.password_rules(inputs)
	if (locale === "de") return __de.password_rules(inputs)
	if (locale === "pt") return __pt.password_rules(inputs)
	return __en.password_rules(inputs)
});
/**
* | output |
* | --- |
* | "That password is too common and easy to guess. Try a longer phrase only you would think of." |
*
* @param {Password_Too_CommonInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const password_too_common = /** @type {((inputs?: Password_Too_CommonInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_Too_CommonInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.password_too_common(inputs)
	if (locale === "fr") return __fr.password_too_common(inputs)
	if (locale === "de") return __de.password_too_common(inputs)
	if (locale === "pt") return __pt.password_too_common(inputs)
	return __en.password_too_common(inputs)
});
/**
* | output |
* | --- |
* | "Your password can be at most 128 characters." |
*
* @param {Password_Too_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const password_too_long = /** @type {((inputs?: Password_Too_LongInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_Too_LongInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.password_too_long(inputs)
	if (locale === "fr") return __fr.password_too_long(inputs)
	if (locale === "de") return __de.password_too_long(inputs)
	if (locale === "pt") return __pt.password_too_long(inputs)
	return __en.password_too_long(inputs)
});
/**
* | output |
* | --- |
* | "Your password needs at least 12 characters." |
*
* @param {Password_Too_ShortInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const password_too_short = /** @type {((inputs?: Password_Too_ShortInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_Too_ShortInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.password_too_short(inputs)
	if (locale === "fr") return __fr.password_too_short(inputs)
	if (locale === "de") return __de.password_too_short(inputs)
	if (locale === "pt") return __pt.password_too_short(inputs)
	return __en.password_too_short(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Portal_Language_NavInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const portal_language_nav = /** @type {((inputs?: Portal_Language_NavInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Portal_Language_NavInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.portal_language_nav(inputs)
	if (locale === "fr") return __fr.portal_language_nav(inputs)
	if (locale === "de") return __de.portal_language_nav(inputs)
	if (locale === "pt") return __pt.portal_language_nav(inputs)
	return __en.portal_language_nav(inputs)
});
/**
* | output |
* | --- |
* | "Added {when}" |
*
* @param {Security_Added_AgoInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_added_ago = /** @type {((inputs: Security_Added_AgoInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Added_AgoInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_added_ago(inputs)
	if (locale === "fr") return __fr.security_added_ago(inputs)
	if (locale === "de") return __de.security_added_ago(inputs)
	if (locale === "pt") return __pt.security_added_ago(inputs)
	return __en.security_added_ago(inputs)
});
/**
* | output |
* | --- |
* | "Added {when}" |
*
* @param {Security_Added_OnInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_added_on = /** @type {((inputs: Security_Added_OnInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Added_OnInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_added_on(inputs)
	if (locale === "fr") return __fr.security_added_on(inputs)
	if (locale === "de") return __de.security_added_on(inputs)
	if (locale === "pt") return __pt.security_added_on(inputs)
	return __en.security_added_on(inputs)
});
/**
* | output |
* | --- |
* | "Change password" |
*
* @param {Security_Change_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_change_password = /** @type {((inputs?: Security_Change_PasswordInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Change_PasswordInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_change_password(inputs)
	if (locale === "fr") return __fr.security_change_password(inputs)
	if (locale === "de") return __de.security_change_password(inputs)
	if (locale === "pt") return __pt.security_change_password(inputs)
	return __en.security_change_password(inputs)
});
/**
* | output |
* | --- |
* | "Confirm new password" |
*
* @param {Security_Confirm_New_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_confirm_new_password = /** @type {((inputs?: Security_Confirm_New_PasswordInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Confirm_New_PasswordInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_confirm_new_password(inputs)
	if (locale === "fr") return __fr.security_confirm_new_password(inputs)
	if (locale === "de") return __de.security_confirm_new_password(inputs)
	if (locale === "pt") return __pt.security_confirm_new_password(inputs)
	return __en.security_confirm_new_password(inputs)
});
/**
* | output |
* | --- |
* | "Enter your current password." |
*
* @param {Security_Current_MissingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_current_missing = /** @type {((inputs?: Security_Current_MissingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Current_MissingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_current_missing(inputs)
	if (locale === "fr") return __fr.security_current_missing(inputs)
	if (locale === "de") return __de.security_current_missing(inputs)
	if (locale === "pt") return __pt.security_current_missing(inputs)
	return __en.security_current_missing(inputs)
});
/**
* | output |
* | --- |
* | "Current password" |
*
* @param {Security_Current_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_current_password = /** @type {((inputs?: Security_Current_PasswordInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Current_PasswordInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_current_password(inputs)
	if (locale === "fr") return __fr.security_current_password(inputs)
	if (locale === "de") return __de.security_current_password(inputs)
	if (locale === "pt") return __pt.security_current_password(inputs)
	return __en.security_current_password(inputs)
});
/**
* | output |
* | --- |
* | "You have no passkeys yet." |
*
* @param {Security_No_PasskeysInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_no_passkeys = /** @type {((inputs?: Security_No_PasskeysInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_No_PasskeysInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_no_passkeys(inputs)
	if (locale === "fr") return __fr.security_no_passkeys(inputs)
	if (locale === "de") return __de.security_no_passkeys(inputs)
	if (locale === "pt") return __pt.security_no_passkeys(inputs)
	return __en.security_no_passkeys(inputs)
});
/**
* | output |
* | --- |
* | "not used yet" |
*
* @param {Security_Not_UsedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_not_used = /** @type {((inputs?: Security_Not_UsedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Not_UsedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_not_used(inputs)
	if (locale === "fr") return __fr.security_not_used(inputs)
	if (locale === "de") return __de.security_not_used(inputs)
	if (locale === "pt") return __pt.security_not_used(inputs)
	return __en.security_not_used(inputs)
});
/**
* | output |
* | --- |
* | "Passkey added. Next time, choose “Sign in with a passkey”." |
*
* @param {Security_Notice_AddedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_notice_added = /** @type {((inputs?: Security_Notice_AddedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Notice_AddedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_notice_added(inputs)
	if (locale === "fr") return __fr.security_notice_added(inputs)
	if (locale === "de") return __de.security_notice_added(inputs)
	if (locale === "pt") return __pt.security_notice_added(inputs)
	return __en.security_notice_added(inputs)
});
/**
* | output |
* | --- |
* | "Password changed. You are still signed in here; everywhere else you were signed out." |
*
* @param {Security_Notice_ChangedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_notice_changed = /** @type {((inputs?: Security_Notice_ChangedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Notice_ChangedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_notice_changed(inputs)
	if (locale === "fr") return __fr.security_notice_changed(inputs)
	if (locale === "de") return __de.security_notice_changed(inputs)
	if (locale === "pt") return __pt.security_notice_changed(inputs)
	return __en.security_notice_changed(inputs)
});
/**
* | output |
* | --- |
* | "Passkey removed." |
*
* @param {Security_Notice_RemovedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_notice_removed = /** @type {((inputs?: Security_Notice_RemovedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Notice_RemovedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_notice_removed(inputs)
	if (locale === "fr") return __fr.security_notice_removed(inputs)
	if (locale === "de") return __de.security_notice_removed(inputs)
	if (locale === "pt") return __pt.security_notice_removed(inputs)
	return __en.security_notice_removed(inputs)
});
/**
* | output |
* | --- |
* | "Passkeys" |
*
* @param {Security_PasskeysInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_passkeys = /** @type {((inputs?: Security_PasskeysInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_PasskeysInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_passkeys(inputs)
	if (locale === "fr") return __fr.security_passkeys(inputs)
	if (locale === "de") return __de.security_passkeys(inputs)
	if (locale === "pt") return __pt.security_passkeys(inputs)
	return __en.security_passkeys(inputs)
});
/**
* | output |
* | --- |
* | "Sign in with your face, fingerprint or screen lock instead of your password." |
*
* @param {Security_Passkeys_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_passkeys_intro = /** @type {((inputs?: Security_Passkeys_IntroInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Passkeys_IntroInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_passkeys_intro(inputs)
	if (locale === "fr") return __fr.security_passkeys_intro(inputs)
	if (locale === "de") return __de.security_passkeys_intro(inputs)
	if (locale === "pt") return __pt.security_passkeys_intro(inputs)
	return __en.security_passkeys_intro(inputs)
});
/**
* | output |
* | --- |
* | "Remove" |
*
* @param {Security_RemoveInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_remove = /** @type {((inputs?: Security_RemoveInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_RemoveInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_remove(inputs)
	if (locale === "fr") return __fr.security_remove(inputs)
	if (locale === "de") return __de.security_remove(inputs)
	if (locale === "pt") return __pt.security_remove(inputs)
	return __en.security_remove(inputs)
});
/**
* | output |
* | --- |
* | "Remove {name}" |
*
* @param {Security_Remove_NamedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_remove_named = /** @type {((inputs: Security_Remove_NamedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Remove_NamedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_remove_named(inputs)
	if (locale === "fr") return __fr.security_remove_named(inputs)
	if (locale === "de") return __de.security_remove_named(inputs)
	if (locale === "pt") return __pt.security_remove_named(inputs)
	return __en.security_remove_named(inputs)
});
/**
* | output |
* | --- |
* | "Changing it signs you out everywhere else." |
*
* @param {Security_Signs_Out_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_signs_out_elsewhere = /** @type {((inputs?: Security_Signs_Out_ElsewhereInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Signs_Out_ElsewhereInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_signs_out_elsewhere(inputs)
	if (locale === "fr") return __fr.security_signs_out_elsewhere(inputs)
	if (locale === "de") return __de.security_signs_out_elsewhere(inputs)
	if (locale === "pt") return __pt.security_signs_out_elsewhere(inputs)
	return __en.security_signs_out_elsewhere(inputs)
});
/**
* | output |
* | --- |
* | "Sign-in & security" |
*
* @param {Security_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_title = /** @type {((inputs?: Security_TitleInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_TitleInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_title(inputs)
	if (locale === "fr") return __fr.security_title(inputs)
	if (locale === "de") return __de.security_title(inputs)
	if (locale === "pt") return __pt.security_title(inputs)
	return __en.security_title(inputs)
});
/**
* | output |
* | --- |
* | "last used {when}" |
*
* @param {Security_Used_AgoInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_used_ago = /** @type {((inputs: Security_Used_AgoInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Used_AgoInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_used_ago(inputs)
	if (locale === "fr") return __fr.security_used_ago(inputs)
	if (locale === "de") return __de.security_used_ago(inputs)
	if (locale === "pt") return __pt.security_used_ago(inputs)
	return __en.security_used_ago(inputs)
});
/**
* | output |
* | --- |
* | "last used {when}" |
*
* @param {Security_Used_OnInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_used_on = /** @type {((inputs: Security_Used_OnInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Used_OnInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_used_on(inputs)
	if (locale === "fr") return __fr.security_used_on(inputs)
	if (locale === "de") return __de.security_used_on(inputs)
	if (locale === "pt") return __pt.security_used_on(inputs)
	return __en.security_used_on(inputs)
});
/**
* | output |
* | --- |
* | "That isn't your current password. Nothing was changed." |
*
* @param {Security_Wrong_CurrentInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_wrong_current = /** @type {((inputs?: Security_Wrong_CurrentInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Wrong_CurrentInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_wrong_current(inputs)
	if (locale === "fr") return __fr.security_wrong_current(inputs)
	if (locale === "de") return __de.security_wrong_current(inputs)
	if (locale === "pt") return __pt.security_wrong_current(inputs)
	return __en.security_wrong_current(inputs)
});
/**
* | output |
* | --- |
* | "Your trips" |
*
* @param {Security_Your_TripsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const security_your_trips = /** @type {((inputs?: Security_Your_TripsInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Security_Your_TripsInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.security_your_trips(inputs)
	if (locale === "fr") return __fr.security_your_trips(inputs)
	if (locale === "de") return __de.security_your_trips(inputs)
	if (locale === "pt") return __pt.security_your_trips(inputs)
	return __en.security_your_trips(inputs)
});
/**
* | output |
* | --- |
* | "Your portal access is turned off. Contact {agency} to restore it." |
*
* @param {Signin_Access_OffInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_access_off = /** @type {((inputs: Signin_Access_OffInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Access_OffInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_access_off(inputs)
	if (locale === "fr") return __fr.signin_access_off(inputs)
	if (locale === "de") return __de.signin_access_off(inputs)
	if (locale === "pt") return __pt.signin_access_off(inputs)
	return __en.signin_access_off(inputs)
});
/**
* | output |
* | --- |
* | "Back to sign in" |
*
* @param {Signin_BackInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_back = /** @type {((inputs?: Signin_BackInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_BackInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_back(inputs)
	if (locale === "fr") return __fr.signin_back(inputs)
	if (locale === "de") return __de.signin_back(inputs)
	if (locale === "pt") return __pt.signin_back(inputs)
	return __en.signin_back(inputs)
});
/**
* | output |
* | --- |
* | "Email" |
*
* @param {Signin_EmailInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_email = /** @type {((inputs?: Signin_EmailInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_EmailInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_email(inputs)
	if (locale === "fr") return __fr.signin_email(inputs)
	if (locale === "de") return __de.signin_email(inputs)
	if (locale === "pt") return __pt.signin_email(inputs)
	return __en.signin_email(inputs)
});
/**
* | output |
* | --- |
* | "Enter the email address your advisor has on file." |
*
* @param {Signin_Email_InvalidInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_email_invalid = /** @type {((inputs?: Signin_Email_InvalidInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Email_InvalidInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_email_invalid(inputs)
	if (locale === "fr") return __fr.signin_email_invalid(inputs)
	if (locale === "de") return __de.signin_email_invalid(inputs)
	if (locale === "pt") return __pt.signin_email_invalid(inputs)
	return __en.signin_email_invalid(inputs)
});
/**
* | output |
* | --- |
* | "Enter your email." |
*
* @param {Signin_Email_MissingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_email_missing = /** @type {((inputs?: Signin_Email_MissingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Email_MissingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_email_missing(inputs)
	if (locale === "fr") return __fr.signin_email_missing(inputs)
	if (locale === "de") return __de.signin_email_missing(inputs)
	if (locale === "pt") return __pt.signin_email_missing(inputs)
	return __en.signin_email_missing(inputs)
});
/**
* | output |
* | --- |
* | "That email address is too long." |
*
* @param {Signin_Email_Too_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_email_too_long = /** @type {((inputs?: Signin_Email_Too_LongInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Email_Too_LongInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_email_too_long(inputs)
	if (locale === "fr") return __fr.signin_email_too_long(inputs)
	if (locale === "de") return __de.signin_email_too_long(inputs)
	if (locale === "pt") return __pt.signin_email_too_long(inputs)
	return __en.signin_email_too_long(inputs)
});
/**
* | output |
* | --- |
* | "This can't contain line breaks or other control characters." |
*
* @param {Signin_Field_ControlInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_field_control = /** @type {((inputs?: Signin_Field_ControlInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Field_ControlInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_field_control(inputs)
	if (locale === "fr") return __fr.signin_field_control(inputs)
	if (locale === "de") return __de.signin_field_control(inputs)
	if (locale === "pt") return __pt.signin_field_control(inputs)
	return __en.signin_field_control(inputs)
});
/**
* | output |
* | --- |
* | "This can't contain text-direction characters (they can disguise what it says)." |
*
* @param {Signin_Field_DirectionInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_field_direction = /** @type {((inputs?: Signin_Field_DirectionInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Field_DirectionInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_field_direction(inputs)
	if (locale === "fr") return __fr.signin_field_direction(inputs)
	if (locale === "de") return __de.signin_field_direction(inputs)
	if (locale === "pt") return __pt.signin_field_direction(inputs)
	return __en.signin_field_direction(inputs)
});
/**
* | output |
* | --- |
* | "This is far too long (at most {max} characters)." |
*
* @param {Signin_Field_Too_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_field_too_long = /** @type {((inputs: Signin_Field_Too_LongInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Field_Too_LongInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_field_too_long(inputs)
	if (locale === "fr") return __fr.signin_field_too_long(inputs)
	if (locale === "de") return __de.signin_field_too_long(inputs)
	if (locale === "pt") return __pt.signin_field_too_long(inputs)
	return __en.signin_field_too_long(inputs)
});
/**
* | output |
* | --- |
* | "This contains characters that could not be read. Retype it and try again." |
*
* @param {Signin_Field_UnreadableInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_field_unreadable = /** @type {((inputs?: Signin_Field_UnreadableInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Field_UnreadableInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_field_unreadable(inputs)
	if (locale === "fr") return __fr.signin_field_unreadable(inputs)
	if (locale === "de") return __de.signin_field_unreadable(inputs)
	if (locale === "pt") return __pt.signin_field_unreadable(inputs)
	return __en.signin_field_unreadable(inputs)
});
/**
* | output |
* | --- |
* | "Check the form and try again." |
*
* @param {Signin_Form_CheckInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_form_check = /** @type {((inputs?: Signin_Form_CheckInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Form_CheckInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_form_check(inputs)
	if (locale === "fr") return __fr.signin_form_check(inputs)
	if (locale === "de") return __de.signin_form_check(inputs)
	if (locale === "pt") return __pt.signin_form_check(inputs)
	return __en.signin_form_check(inputs)
});
/**
* | output |
* | --- |
* | "Sign in to your trip portal" |
*
* @param {Signin_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_heading = /** @type {((inputs?: Signin_HeadingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_HeadingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_heading(inputs)
	if (locale === "fr") return __fr.signin_heading(inputs)
	if (locale === "de") return __de.signin_heading(inputs)
	if (locale === "pt") return __pt.signin_heading(inputs)
	return __en.signin_heading(inputs)
});
/**
* | output |
* | --- |
* | "This page isn't here" |
*
* @param {Signin_Not_Found_HeadingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_not_found_heading = /** @type {((inputs?: Signin_Not_Found_HeadingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Not_Found_HeadingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_not_found_heading(inputs)
	if (locale === "fr") return __fr.signin_not_found_heading(inputs)
	if (locale === "de") return __de.signin_not_found_heading(inputs)
	if (locale === "pt") return __pt.signin_not_found_heading(inputs)
	return __en.signin_not_found_heading(inputs)
});
/**
* | output |
* | --- |
* | "The address may be mistyped, or what it showed is no longer shared. If you followed a link from an email, ask your travel advisor for a fresh one." |
*
* @param {Signin_Not_Found_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_not_found_text = /** @type {((inputs?: Signin_Not_Found_TextInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Not_Found_TextInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_not_found_text(inputs)
	if (locale === "fr") return __fr.signin_not_found_text(inputs)
	if (locale === "de") return __de.signin_not_found_text(inputs)
	if (locale === "pt") return __pt.signin_not_found_text(inputs)
	return __en.signin_not_found_text(inputs)
});
/**
* | output |
* | --- |
* | "Not found" |
*
* @param {Signin_Not_Found_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_not_found_title = /** @type {((inputs?: Signin_Not_Found_TitleInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Not_Found_TitleInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_not_found_title(inputs)
	if (locale === "fr") return __fr.signin_not_found_title(inputs)
	if (locale === "de") return __de.signin_not_found_title(inputs)
	if (locale === "pt") return __pt.signin_not_found_title(inputs)
	return __en.signin_not_found_title(inputs)
});
/**
* | output |
* | --- |
* | "Password changed. Sign in with your new password." |
*
* @param {Signin_Notice_ChangedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_notice_changed = /** @type {((inputs?: Signin_Notice_ChangedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Notice_ChangedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_notice_changed(inputs)
	if (locale === "fr") return __fr.signin_notice_changed(inputs)
	if (locale === "de") return __de.signin_notice_changed(inputs)
	if (locale === "pt") return __pt.signin_notice_changed(inputs)
	return __en.signin_notice_changed(inputs)
});
/**
* | output |
* | --- |
* | "You were signed out. Sign in again to continue." |
*
* @param {Signin_Notice_EndedInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_notice_ended = /** @type {((inputs?: Signin_Notice_EndedInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Notice_EndedInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_notice_ended(inputs)
	if (locale === "fr") return __fr.signin_notice_ended(inputs)
	if (locale === "de") return __de.signin_notice_ended(inputs)
	if (locale === "pt") return __pt.signin_notice_ended(inputs)
	return __en.signin_notice_ended(inputs)
});
/**
* | output |
* | --- |
* | "Your session expired. Sign in again to see your trips." |
*
* @param {Signin_Notice_ExpiredInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_notice_expired = /** @type {((inputs?: Signin_Notice_ExpiredInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Notice_ExpiredInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_notice_expired(inputs)
	if (locale === "fr") return __fr.signin_notice_expired(inputs)
	if (locale === "de") return __de.signin_notice_expired(inputs)
	if (locale === "pt") return __pt.signin_notice_expired(inputs)
	return __en.signin_notice_expired(inputs)
});
/**
* | output |
* | --- |
* | "You are signed out." |
*
* @param {Signin_Notice_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_notice_signed_out = /** @type {((inputs?: Signin_Notice_Signed_OutInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Notice_Signed_OutInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_notice_signed_out(inputs)
	if (locale === "fr") return __fr.signin_notice_signed_out(inputs)
	if (locale === "de") return __de.signin_notice_signed_out(inputs)
	if (locale === "pt") return __pt.signin_notice_signed_out(inputs)
	return __en.signin_notice_signed_out(inputs)
});
/**
* | output |
* | --- |
* | "or" |
*
* @param {Signin_OrInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_or = /** @type {((inputs?: Signin_OrInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_OrInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_or(inputs)
	if (locale === "fr") return __fr.signin_or(inputs)
	if (locale === "de") return __de.signin_or(inputs)
	if (locale === "pt") return __pt.signin_or(inputs)
	return __en.signin_or(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Signin_Page_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_page_title = /** @type {((inputs?: Signin_Page_TitleInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Page_TitleInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_page_title(inputs)
	if (locale === "fr") return __fr.signin_page_title(inputs)
	if (locale === "de") return __de.signin_page_title(inputs)
	if (locale === "pt") return __pt.signin_page_title(inputs)
	return __en.signin_page_title(inputs)
});
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Signin_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_password = /** @type {((inputs?: Signin_PasswordInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_PasswordInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_password(inputs)
	if (locale === "fr") return __fr.signin_password(inputs)
	if (locale === "de") return __de.signin_password(inputs)
	if (locale === "pt") return __pt.signin_password(inputs)
	return __en.signin_password(inputs)
});
/**
* | output |
* | --- |
* | "Enter your password." |
*
* @param {Signin_Password_MissingInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_password_missing = /** @type {((inputs?: Signin_Password_MissingInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Password_MissingInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_password_missing(inputs)
	if (locale === "fr") return __fr.signin_password_missing(inputs)
	if (locale === "de") return __de.signin_password_missing(inputs)
	if (locale === "pt") return __pt.signin_password_missing(inputs)
	return __en.signin_password_missing(inputs)
});
/**
* | output |
* | --- |
* | "That password is too long." |
*
* @param {Signin_Password_Too_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_password_too_long = /** @type {((inputs?: Signin_Password_Too_LongInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Password_Too_LongInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_password_too_long(inputs)
	if (locale === "fr") return __fr.signin_password_too_long(inputs)
	if (locale === "de") return __de.signin_password_too_long(inputs)
	if (locale === "pt") return __pt.signin_password_too_long(inputs)
	return __en.signin_password_too_long(inputs)
});
/**
* | output |
* | --- |
* | "Show passwords" |
*
* @param {Signin_Show_PasswordsInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_show_passwords = /** @type {((inputs?: Signin_Show_PasswordsInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Show_PasswordsInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_show_passwords(inputs)
	if (locale === "fr") return __fr.signin_show_passwords(inputs)
	if (locale === "de") return __de.signin_show_passwords(inputs)
	if (locale === "pt") return __pt.signin_show_passwords(inputs)
	return __en.signin_show_passwords(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Signin_SubmitInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_submit = /** @type {((inputs?: Signin_SubmitInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_SubmitInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_submit(inputs)
	if (locale === "fr") return __fr.signin_submit(inputs)
	if (locale === "de") return __de.signin_submit(inputs)
	if (locale === "pt") return __pt.signin_submit(inputs)
	return __en.signin_submit(inputs)
});
/**
* | output |
* | --- |
* | "Too many attempts. Wait a minute and try again." |
*
* @param {Signin_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_too_many = /** @type {((inputs?: Signin_Too_ManyInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Too_ManyInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_too_many(inputs)
	if (locale === "fr") return __fr.signin_too_many(inputs)
	if (locale === "de") return __de.signin_too_many(inputs)
	if (locale === "pt") return __pt.signin_too_many(inputs)
	return __en.signin_too_many(inputs)
});
/**
* | output |
* | --- |
* | "If your link worked before, it still does: open it again in a minute." |
*
* @param {Signin_Too_Many_Link_HintInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_too_many_link_hint = /** @type {((inputs?: Signin_Too_Many_Link_HintInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Too_Many_Link_HintInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_too_many_link_hint(inputs)
	if (locale === "fr") return __fr.signin_too_many_link_hint(inputs)
	if (locale === "de") return __de.signin_too_many_link_hint(inputs)
	if (locale === "pt") return __pt.signin_too_many_link_hint(inputs)
	return __en.signin_too_many_link_hint(inputs)
});
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
export const signin_too_many_minutes = /** @type {((inputs: Signin_Too_Many_MinutesInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Too_Many_MinutesInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_too_many_minutes(inputs)
	if (locale === "fr") return __fr.signin_too_many_minutes(inputs)
	if (locale === "de") return __de.signin_too_many_minutes(inputs)
	if (locale === "pt") return __pt.signin_too_many_minutes(inputs)
	return __en.signin_too_many_minutes(inputs)
});
/**
* | output |
* | --- |
* | "Too many attempts" |
*
* @param {Signin_Too_Many_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_too_many_title = /** @type {((inputs?: Signin_Too_Many_TitleInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Too_Many_TitleInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_too_many_title(inputs)
	if (locale === "fr") return __fr.signin_too_many_title(inputs)
	if (locale === "de") return __de.signin_too_many_title(inputs)
	if (locale === "pt") return __pt.signin_too_many_title(inputs)
	return __en.signin_too_many_title(inputs)
});
/**
* | output |
* | --- |
* | "That email and password don't match. Check them, or use “Forgot password?” below." |
*
* @param {Signin_Wrong_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_wrong_password = /** @type {((inputs?: Signin_Wrong_PasswordInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Wrong_PasswordInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_wrong_password(inputs)
	if (locale === "fr") return __fr.signin_wrong_password(inputs)
	if (locale === "de") return __de.signin_wrong_password(inputs)
	if (locale === "pt") return __pt.signin_wrong_password(inputs)
	return __en.signin_wrong_password(inputs)
});
/**
* | output |
* | --- |
* | "Your email" |
*
* @param {Signin_Your_EmailInputs} inputs
* @param {{ locale?: "en" | "es" | "fr" | "de" | "pt" }} options
* @returns {LocalizedString}
*/
export const signin_your_email = /** @type {((inputs?: Signin_Your_EmailInputs, options?: { locale?: "en" | "es" | "fr" | "de" | "pt" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Your_EmailInputs, { locale?: "en" | "es" | "fr" | "de" | "pt" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return __es.signin_your_email(inputs)
	if (locale === "fr") return __fr.signin_your_email(inputs)
	if (locale === "de") return __de.signin_your_email(inputs)
	if (locale === "pt") return __pt.signin_your_email(inputs)
	return __en.signin_your_email(inputs)
});