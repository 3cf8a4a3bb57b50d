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
	return /** @type {LocalizedString} */ (`Passwort bestätigen`)
};

export const claim_facts = /** @type {(inputs: Claim_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sie melden sich als ${i?.email} an. Dieser Link gilt bis zum ${i?.date}.`)
};

export const claim_fresh_link_button = /** @type {(inputs: Claim_Fresh_Link_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neuen Link zusenden`)
};

export const claim_invalid_ask_advisor = /** @type {(inputs: Claim_Invalid_Ask_AdvisorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitten Sie Ihr Reisebüro um eine neue Einladung.`)
};

export const claim_invalid_fresh_intro = /** @type {(inputs: Claim_Invalid_Fresh_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Andernfalls geben Sie Ihre E-Mail-Adresse ein, und wir senden Ihnen einen neuen Link.`)
};

export const claim_invalid_have_password = /** @type {(inputs: Claim_Invalid_Have_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sie haben schon ein Passwort? ${i?.link}.`)
};

export const claim_invalid_heading = /** @type {(inputs: Claim_Invalid_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Link ist nicht mehr gültig.`)
};

export const claim_invalid_sign_in = /** @type {(inputs: Claim_Invalid_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melden Sie sich an`)
};

export const claim_invalid_title = /** @type {(inputs: Claim_Invalid_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link ungültig`)
};

export const claim_invalid_why = /** @type {(inputs: Claim_Invalid_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Portal-Links funktionieren nur einmal und laufen nach 7 Tagen ab; gültig ist immer nur der neueste.`)
};

export const claim_new_password = /** @type {(inputs: Claim_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neues Passwort`)
};

export const claim_submit_invite = /** @type {(inputs: Claim_Submit_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Speichern und anmelden`)
};

export const claim_submit_reset = /** @type {(inputs: Claim_Submit_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neues Passwort speichern`)
};

export const claim_title_invite = /** @type {(inputs: Claim_Title_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort festlegen`)
};

export const claim_title_reset = /** @type {(inputs: Claim_Title_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neues Passwort wählen`)
};

export const claim_welcome_invite = /** @type {(inputs: Claim_Welcome_InviteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Willkommen, ${i?.firstName}! Legen Sie ein Passwort für Ihr Reiseportal bei ${i?.agency} fest, und schon sind Sie drin.`)
};

export const claim_welcome_reset = /** @type {(inputs: Claim_Welcome_ResetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hallo ${i?.firstName}, wählen Sie ein neues Passwort für Ihr Reiseportal.`)
};

export const code_ask = /** @type {(inputs: Code_AskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie Ihre E-Mail-Adresse und den 6-stelligen Code ein, den wir Ihnen gesendet haben.`)
};

export const code_email_me = /** @type {(inputs: Code_Email_MeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldecode zusenden`)
};

export const code_label = /** @type {(inputs: Code_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`6-stelliger Code`)
};

export const code_missing = /** @type {(inputs: Code_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie den 6-stelligen Code aus der E-Mail ein.`)
};

export const code_new = /** @type {(inputs: Code_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neuen Code senden`)
};

export const code_nothing = /** @type {(inputs: Code_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach ein paar Minuten noch nichts da? Sehen Sie im Spam-Ordner nach.`)
};

export const code_sent = /** @type {(inputs: Code_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Wenn ${i?.email} Zugang zu diesem Portal hat, haben wir gerade einen 6-stelligen Code an diese Adresse gesendet. Er gilt einmal und 10 Minuten lang. (Noch kein Passwort? Dann erhalten Sie stattdessen einen Link, um eines festzulegen.)`)
};

export const code_title = /** @type {(inputs: Code_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldecode eingeben`)
};

export const code_wrong = /** @type {(inputs: Code_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Code ist falsch oder abgelaufen.`)
};

export const document_breadcrumb_label = /** @type {(inputs: Document_Breadcrumb_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brotkrümelnavigation`)
};

export const document_dates = /** @type {(inputs: Document_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reisezeitraum`)
};

export const document_kind_invoice = /** @type {(inputs: Document_Kind_InvoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rechnung`)
};

export const document_kind_proposal = /** @type {(inputs: Document_Kind_ProposalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angebot`)
};

export const document_line_amount = /** @type {(inputs: Document_Line_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betrag`)
};

export const document_line_item = /** @type {(inputs: Document_Line_ItemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leistung`)
};

export const document_lines_caption_invoice = /** @type {(inputs: Document_Lines_Caption_InvoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was diese Rechnung umfasst`)
};

export const document_lines_caption_proposal = /** @type {(inputs: Document_Lines_Caption_ProposalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was dieses Angebot umfasst`)
};

export const document_prepared_for = /** @type {(inputs: Document_Prepared_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erstellt für`)
};

export const document_print = /** @type {(inputs: Document_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drucken oder als PDF speichern`)
};

export const document_shared = /** @type {(inputs: Document_SharedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit Ihnen geteilt.`)
};

export const document_shared_by = /** @type {(inputs: Document_Shared_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Geteilt von ${i?.advisor}.`)
};

export const document_shared_by_on = /** @type {(inputs: Document_Shared_By_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Geteilt von ${i?.advisor} am ${i?.date}.`)
};

export const document_shared_date = /** @type {(inputs: Document_Shared_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Geteilt am ${i?.date}`)
};

export const document_shared_on = /** @type {(inputs: Document_Shared_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geteilt am`)
};

export const document_shared_on_date = /** @type {(inputs: Document_Shared_On_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Geteilt am ${i?.date}.`)
};

export const document_title_invoice = /** @type {(inputs: Document_Title_InvoiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rechnung: ${i?.title}`)
};

export const document_title_proposal = /** @type {(inputs: Document_Title_ProposalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Angebot: ${i?.title}`)
};

export const document_total = /** @type {(inputs: Document_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gesamtbetrag`)
};

export const document_trip = /** @type {(inputs: Document_TripInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reise`)
};

export const email_button_fallback = /** @type {(inputs: Email_Button_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Falls der Button nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:`)
};

export const email_footer = /** @type {(inputs: Email_FooterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gesendet von ${i?.agencyName} über Trips. Fragen? Antworten Sie einfach auf diese E-Mail. Falls Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.`)
};

export const email_footer_with_address = /** @type {(inputs: Email_Footer_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gesendet von ${i?.agencyName} über Trips. Fragen? Antworten Sie einfach auf diese E-Mail oder schreiben Sie an ${i?.contactEmail}. Falls Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.`)
};

export const email_fresh_link_button = /** @type {(inputs: Email_Fresh_Link_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort festlegen`)
};

export const email_fresh_link_earlier_link = /** @type {(inputs: Email_Fresh_Link_Earlier_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frühere Links funktionieren nicht mehr. Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Es ändert sich nichts.`)
};

export const email_fresh_link_heading = /** @type {(inputs: Email_Fresh_Link_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.firstName}, hier ist Ihr neuer Link`)
};

export const email_fresh_link_intro = /** @type {(inputs: Email_Fresh_Link_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sie haben einen neuen Link zu Ihrem Reiseportal von ${i?.agencyName} angefordert. Damit legen Sie Ihr Passwort fest und melden sich an.`)
};

export const email_fresh_link_preheader = /** @type {(inputs: Email_Fresh_Link_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie haben einen neuen Link angefordert, um Ihr Passwort festzulegen.`)
};

export const email_fresh_link_subject = /** @type {(inputs: Email_Fresh_Link_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ihr Link zum Reiseportal von ${i?.agencyName}`)
};

export const email_fresh_link_text_lead = /** @type {(inputs: Email_Fresh_Link_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legen Sie hier Ihr Passwort fest:`)
};

export const email_invite_button = /** @type {(inputs: Email_Invite_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort festlegen`)
};

export const email_invite_heading = /** @type {(inputs: Email_Invite_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.firstName}, Ihr Reiseportal ist bereit`)
};

export const email_invite_if_expired = /** @type {(inputs: Email_Invite_If_ExpiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Falls er abgelaufen ist, bitten Sie ${i?.agencyName} um einen neuen oder klicken Sie auf der Seite, die sich öffnet, auf „${i?.freshLinkButton}“.`)
};

export const email_invite_intro = /** @type {(inputs: Email_Invite_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorName} von ${i?.agencyName} hat für Sie ein privates Portal eingerichtet, in dem Sie Ihre Reisen, Reisepläne, Rechnungen und Angebote an einem Ort finden.`)
};

export const email_invite_lead = /** @type {(inputs: Email_Invite_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legen Sie ein Passwort fest, um sich anzumelden:`)
};

export const email_invite_preheader = /** @type {(inputs: Email_Invite_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legen Sie einmal ein Passwort fest und sehen Sie Ihre Reisen, Reisepläne, Rechnungen und Angebote.`)
};

export const email_invite_questions = /** @type {(inputs: Email_Invite_QuestionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fragen? Antworten Sie auf diese E-Mail, um ${i?.advisorName} zu erreichen.`)
};

export const email_invite_subject = /** @type {(inputs: Email_Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorFirstName} von ${i?.agencyName} hat Sie zu Ihrem Reiseportal eingeladen`)
};

export const email_link_expiry = /** @type {(inputs: Email_Link_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dieser Link funktioniert nur einmal und läuft in 7 Tagen ab, am ${i?.expiry}.`)
};

export const email_link_expiry_in_7_days = /** @type {(inputs: Email_Link_Expiry_In_7_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Link funktioniert nur einmal und läuft in 7 Tagen ab.`)
};

export const email_password_changed_button = /** @type {(inputs: Email_Password_Changed_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmelden`)
};

export const email_password_changed_heading = /** @type {(inputs: Email_Password_Changed_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Passwort wurde geändert`)
};

export const email_password_changed_intro = /** @type {(inputs: Email_Password_Changed_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hallo ${i?.firstName}, das Passwort für Ihr Reiseportal von ${i?.agencyName} wurde soeben geändert, und alle anderen Geräte wurden abgemeldet.`)
};

export const email_password_changed_not_you = /** @type {(inputs: Email_Password_Changed_Not_YouInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Falls Sie das nicht waren, wenden Sie sich sofort an ${i?.agencyName}: Antworten Sie auf diese E-Mail.`)
};

export const email_password_changed_not_you_with_address = /** @type {(inputs: Email_Password_Changed_Not_You_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Falls Sie das nicht waren, wenden Sie sich sofort an ${i?.agencyName}: Antworten Sie auf diese E-Mail oder schreiben Sie an ${i?.contactEmail}.`)
};

export const email_password_changed_preheader = /** @type {(inputs: Email_Password_Changed_PreheaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Falls Sie das nicht waren, wenden Sie sich sofort an ${i?.agencyName}.`)
};

export const email_password_changed_subject = /** @type {(inputs: Email_Password_Changed_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ihr Passwort für das Reiseportal von ${i?.agencyName} wurde geändert`)
};

export const email_password_changed_text_lead = /** @type {(inputs: Email_Password_Changed_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hier anmelden:`)
};

export const email_preheader_expiry = /** @type {(inputs: Email_Preheader_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Link ist gültig bis ${i?.expiry}.`)
};

export const email_preheader_expiry_in_7_days = /** @type {(inputs: Email_Preheader_Expiry_In_7_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Link ist 7 Tage lang gültig.`)
};

export const email_reminder_button = /** @type {(inputs: Email_Reminder_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort festlegen`)
};

export const email_reminder_earlier_link = /** @type {(inputs: Email_Reminder_Earlier_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Link in der vorherigen E-Mail funktioniert nicht mehr. Falls Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.`)
};

export const email_reminder_heading = /** @type {(inputs: Email_Reminder_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Reiseportal wartet noch auf Sie`)
};

export const email_reminder_intro = /** @type {(inputs: Email_Reminder_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hallo ${i?.firstName}, ${i?.agencyName} hat Sie vor ein paar Tagen zu Ihrem Reiseportal eingeladen, und die Einladung läuft bald ab. Hier ist ein neuer Link: Legen Sie einmal ein Passwort fest, dann haben Sie Ihren Reiseplan, Ihre Rechnungen und Dokumente an einem Ort.`)
};

export const email_reminder_preheader = /** @type {(inputs: Email_Reminder_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hier ist ein neuer Link, um Ihr Passwort festzulegen.`)
};

export const email_reminder_subject = /** @type {(inputs: Email_Reminder_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Erinnerung: Ihr Reiseportal von ${i?.agencyName} wartet auf Sie`)
};

export const email_reminder_text_lead = /** @type {(inputs: Email_Reminder_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legen Sie hier Ihr Passwort fest:`)
};

export const email_reset_button = /** @type {(inputs: Email_Reset_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neues Passwort festlegen`)
};

export const email_reset_heading = /** @type {(inputs: Email_Reset_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legen Sie ein neues Passwort fest`)
};

export const email_reset_if_not_you = /** @type {(inputs: Email_Reset_If_Not_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.`)
};

export const email_reset_intro = /** @type {(inputs: Email_Reset_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hallo ${i?.firstName}, ${i?.advisorName} von ${i?.agencyName} hat Ihnen einen Link geschickt, mit dem Sie ein neues Passwort für Ihr Reiseportal festlegen können.`)
};

export const email_reset_preheader = /** @type {(inputs: Email_Reset_PreheaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorName} hat Ihnen einen Link geschickt, mit dem Sie ein neues Passwort festlegen können.`)
};

export const email_reset_subject = /** @type {(inputs: Email_Reset_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Neues Passwort für Ihr Reiseportal von ${i?.agencyName}`)
};

export const email_reset_text_lead = /** @type {(inputs: Email_Reset_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legen Sie hier ein neues Passwort fest:`)
};

export const email_sign_in_code_button = /** @type {(inputs: Email_Sign_In_Code_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Code eingeben`)
};

export const email_sign_in_code_expiry = /** @type {(inputs: Email_Sign_In_Code_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Er ist nur einmal gültig und läuft in 10 Minuten ab, um ${i?.time}.`)
};

export const email_sign_in_code_heading = /** @type {(inputs: Email_Sign_In_Code_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Anmeldecode`)
};

export const email_sign_in_code_ignore = /** @type {(inputs: Email_Sign_In_Code_IgnoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Falls Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.`)
};

export const email_sign_in_code_intro = /** @type {(inputs: Email_Sign_In_Code_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hallo ${i?.firstName}, geben Sie diesen Code auf der Anmeldeseite Ihres Reiseportals von ${i?.agencyName} ein:`)
};

export const email_sign_in_code_nobody_else = /** @type {(inputs: Email_Sign_In_Code_Nobody_ElseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne den Code kann sich niemand anmelden.`)
};

export const email_sign_in_code_preheader = /** @type {(inputs: Email_Sign_In_Code_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie ihn auf der Anmeldeseite ein. Er ist nur einmal gültig und läuft in 10 Minuten ab.`)
};

export const email_sign_in_code_questions = /** @type {(inputs: Email_Sign_In_Code_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bei Fragen antworten Sie einfach auf diese E-Mail.`)
};

export const email_sign_in_code_questions_with_address = /** @type {(inputs: Email_Sign_In_Code_Questions_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bei Fragen antworten Sie einfach auf diese E-Mail oder schreiben Sie an ${i?.contactEmail}.`)
};

export const email_sign_in_code_subject = /** @type {(inputs: Email_Sign_In_Code_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.code} ist Ihr Anmeldecode für ${i?.agencyName}`)
};

export const email_sign_in_code_text_lead = /** @type {(inputs: Email_Sign_In_Code_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Code hier eingeben:`)
};

export const forgot_heading = /** @type {(inputs: Forgot_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort vergessen?`)
};

export const forgot_intro = /** @type {(inputs: Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie die E-Mail-Adresse ein, die Ihr Reisebüro von Ihnen hat, und wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen.`)
};

export const forgot_link = /** @type {(inputs: Forgot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort vergessen?`)
};

export const forgot_page_title = /** @type {(inputs: Forgot_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort vergessen`)
};

export const forgot_sent = /** @type {(inputs: Forgot_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Wenn ${i?.email} Zugang zu diesem Portal hat, ist ein Link an diese Adresse unterwegs. Er funktioniert einmal und läuft in 7 Tagen ab, am ${i?.date}.`)
};

export const forgot_sent_nothing = /** @type {(inputs: Forgot_Sent_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nach ein paar Minuten noch nichts da? Sehen Sie im Spam-Ordner nach, oder fragen Sie ${i?.agency}, welche E-Mail-Adresse dort hinterlegt ist.`)
};

export const forgot_submit = /** @type {(inputs: Forgot_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link zusenden`)
};

export const home_advisor_label = /** @type {(inputs: Home_Advisor_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Reiseberatung`)
};

export const home_all_trips = /** @type {(inputs: Home_All_TripsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Ihre Reisen`)
};

export const home_empty_contact_advisor = /** @type {(inputs: Home_Empty_Contact_AdvisorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hier erscheinen Ihre Reisen mit allen Reiseplänen, Rechnungen und Angeboten, die ${i?.agency} mit Ihnen teilt. Fragen? Wenden Sie sich an Ihre Reiseberatung.`)
};

export const home_empty_write_to_advisor = /** @type {(inputs: Home_Empty_Write_To_AdvisorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hier erscheinen Ihre Reisen mit allen Reiseplänen, Rechnungen und Angeboten, die ${i?.agency} mit Ihnen teilt. Fragen? Schreiben Sie ${i?.advisor}.`)
};

export const home_greeting = /** @type {(inputs: Home_GreetingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hallo ${i?.firstName}`)
};

export const home_more_documents = /** @type {(inputs: Home_More_DocumentsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`1 weiteres Dokument zu dieser Reise`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} weitere Dokumente zu dieser Reise`);
	return /** @type {LocalizedString} */ ("home_more_documents");
};

export const home_pager_label = /** @type {(inputs: Home_Pager_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seiten Ihrer Reisen`)
};

export const home_pager_more = /** @type {(inputs: Home_Pager_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weitere Reisen`)
};

export const home_pager_previous = /** @type {(inputs: Home_Pager_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vorherige Reisen`)
};

export const home_security_link = /** @type {(inputs: Home_Security_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung und Sicherheit`)
};

export const home_sign_out = /** @type {(inputs: Home_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abmelden`)
};

export const home_title = /** @type {(inputs: Home_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Reisen`)
};

export const home_trip_nothing_shared = /** @type {(inputs: Home_Trip_Nothing_SharedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zu dieser Reise wurde noch nichts geteilt. Rechnungen und Angebote erscheinen hier, sobald ${i?.sharer} sie teilt. Sie erwarten etwas? Fragen Sie gern nach.`)
};

export const passkey_add = /** @type {(inputs: Passkey_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passkey hinzufügen`)
};

export const passkey_already_here = /** @type {(inputs: Passkey_Already_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieses Gerät hat bereits einen Passkey für Ihr Portal.`)
};

export const passkey_not_added = /** @type {(inputs: Passkey_Not_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wurde kein Passkey hinzugefügt. Versuchen Sie es erneut oder melden Sie sich weiter mit Ihrem Passwort an.`)
};

export const passkey_not_now = /** @type {(inputs: Passkey_Not_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt nicht`)
};

export const passkey_not_used = /** @type {(inputs: Passkey_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wurde kein Passkey verwendet. Versuchen Sie es erneut oder melden Sie sich mit E-Mail-Adresse und Passwort an.`)
};

export const passkey_offer_text = /** @type {(inputs: Passkey_Offer_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melden Sie sich nächstes Mal mit Gesicht, Fingerabdruck oder Bildschirmsperre an.`)
};

export const passkey_sign_in = /** @type {(inputs: Passkey_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit Passkey anmelden`)
};

export const passkey_sign_in_refused = /** @type {(inputs: Passkey_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldung mit diesem Passkey hat nicht geklappt. Versuchen Sie es erneut oder melden Sie sich mit E-Mail-Adresse und Passwort an.`)
};

export const password_mismatch = /** @type {(inputs: Password_MismatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die beiden Passwörter stimmen nicht überein.`)
};

export const password_rules = /** @type {(inputs: Password_RulesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verwenden Sie mindestens 12 Zeichen. Lange Sätze sind gut; gängige Passwörter werden abgelehnt.`)
};

export const password_too_common = /** @type {(inputs: Password_Too_CommonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieses Passwort ist zu verbreitet und leicht zu erraten. Versuchen Sie einen längeren Satz, auf den nur Sie kommen.`)
};

export const password_too_long = /** @type {(inputs: Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Passwort darf höchstens 128 Zeichen lang sein.`)
};

export const password_too_short = /** @type {(inputs: Password_Too_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Passwort muss mindestens 12 Zeichen lang sein.`)
};

export const portal_language_nav = /** @type {(inputs: Portal_Language_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprache`)
};

export const security_added_ago = /** @type {(inputs: Security_Added_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hinzugefügt ${i?.when}`)
};

export const security_added_on = /** @type {(inputs: Security_Added_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hinzugefügt am ${i?.when}`)
};

export const security_change_password = /** @type {(inputs: Security_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort ändern`)
};

export const security_confirm_new_password = /** @type {(inputs: Security_Confirm_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neues Passwort bestätigen`)
};

export const security_current_missing = /** @type {(inputs: Security_Current_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie Ihr aktuelles Passwort ein.`)
};

export const security_current_password = /** @type {(inputs: Security_Current_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktuelles Passwort`)
};

export const security_no_passkeys = /** @type {(inputs: Security_No_PasskeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie haben noch keine Passkeys.`)
};

export const security_not_used = /** @type {(inputs: Security_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`noch nicht verwendet`)
};

export const security_notice_added = /** @type {(inputs: Security_Notice_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passkey hinzugefügt. Wählen Sie nächstes Mal „Mit Passkey anmelden“.`)
};

export const security_notice_changed = /** @type {(inputs: Security_Notice_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort geändert. Hier bleiben Sie angemeldet; überall sonst wurden Sie abgemeldet.`)
};

export const security_notice_removed = /** @type {(inputs: Security_Notice_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passkey entfernt.`)
};

export const security_passkeys = /** @type {(inputs: Security_PasskeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passkeys`)
};

export const security_passkeys_intro = /** @type {(inputs: Security_Passkeys_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melden Sie sich statt mit Ihrem Passwort mit Gesicht, Fingerabdruck oder Bildschirmsperre an.`)
};

export const security_remove = /** @type {(inputs: Security_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entfernen`)
};

export const security_remove_named = /** @type {(inputs: Security_Remove_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} entfernen`)
};

export const security_signs_out_elsewhere = /** @type {(inputs: Security_Signs_Out_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wenn Sie es ändern, werden Sie überall sonst abgemeldet.`)
};

export const security_title = /** @type {(inputs: Security_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung & Sicherheit`)
};

export const security_used_ago = /** @type {(inputs: Security_Used_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`zuletzt verwendet ${i?.when}`)
};

export const security_used_on = /** @type {(inputs: Security_Used_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`zuletzt verwendet am ${i?.when}`)
};

export const security_wrong_current = /** @type {(inputs: Security_Wrong_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das ist nicht Ihr aktuelles Passwort. Es wurde nichts geändert.`)
};

export const security_your_trips = /** @type {(inputs: Security_Your_TripsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Reisen`)
};

export const signin_access_off = /** @type {(inputs: Signin_Access_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ihr Zugang zum Portal ist deaktiviert. Wenden Sie sich an ${i?.agency}, um ihn wiederherzustellen.`)
};

export const signin_back = /** @type {(inputs: Signin_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurück zur Anmeldung`)
};

export const signin_email = /** @type {(inputs: Signin_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-Mail-Adresse`)
};

export const signin_email_invalid = /** @type {(inputs: Signin_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie die E-Mail-Adresse ein, die Ihr Reisebüro von Ihnen hat.`)
};

export const signin_email_missing = /** @type {(inputs: Signin_Email_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie Ihre E-Mail-Adresse ein.`)
};

export const signin_email_too_long = /** @type {(inputs: Signin_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese E-Mail-Adresse ist zu lang.`)
};

export const signin_field_control = /** @type {(inputs: Signin_Field_ControlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieses Feld darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.`)
};

export const signin_field_direction = /** @type {(inputs: Signin_Field_DirectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieses Feld darf keine Textrichtungszeichen enthalten (sie können verschleiern, was dort steht).`)
};

export const signin_field_too_long = /** @type {(inputs: Signin_Field_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Das ist viel zu lang (höchstens ${i?.max} Zeichen).`)
};

export const signin_field_unreadable = /** @type {(inputs: Signin_Field_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieses Feld enthält Zeichen, die nicht gelesen werden konnten. Geben Sie es neu ein und versuchen Sie es erneut.`)
};

export const signin_form_check = /** @type {(inputs: Signin_Form_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prüfen Sie das Formular und versuchen Sie es erneut.`)
};

export const signin_heading = /** @type {(inputs: Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melden Sie sich bei Ihrem Reiseportal an`)
};

export const signin_not_found_heading = /** @type {(inputs: Signin_Not_Found_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Seite gibt es hier nicht`)
};

export const signin_not_found_text = /** @type {(inputs: Signin_Not_Found_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vielleicht ist die Adresse falsch geschrieben, oder was dort zu sehen war, wird nicht mehr geteilt. Wenn Sie einem Link aus einer E-Mail gefolgt sind, bitten Sie Ihr Reisebüro um einen neuen.`)
};

export const signin_not_found_title = /** @type {(inputs: Signin_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seite nicht gefunden`)
};

export const signin_notice_changed = /** @type {(inputs: Signin_Notice_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort geändert. Melden Sie sich mit Ihrem neuen Passwort an.`)
};

export const signin_notice_ended = /** @type {(inputs: Signin_Notice_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie wurden abgemeldet. Melden Sie sich erneut an, um fortzufahren.`)
};

export const signin_notice_expired = /** @type {(inputs: Signin_Notice_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um Ihre Reisen zu sehen.`)
};

export const signin_notice_signed_out = /** @type {(inputs: Signin_Notice_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind abgemeldet.`)
};

export const signin_or = /** @type {(inputs: Signin_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`oder`)
};

export const signin_page_title = /** @type {(inputs: Signin_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmelden`)
};

export const signin_password = /** @type {(inputs: Signin_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwort`)
};

export const signin_password_missing = /** @type {(inputs: Signin_Password_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie Ihr Passwort ein.`)
};

export const signin_password_too_long = /** @type {(inputs: Signin_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieses Passwort ist zu lang.`)
};

export const signin_show_passwords = /** @type {(inputs: Signin_Show_PasswordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passwörter anzeigen`)
};

export const signin_submit = /** @type {(inputs: Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmelden`)
};

export const signin_too_many = /** @type {(inputs: Signin_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.`)
};

export const signin_too_many_link_hint = /** @type {(inputs: Signin_Too_Many_Link_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wenn Ihr Link vorher funktioniert hat, funktioniert er weiterhin: Öffnen Sie ihn in einer Minute noch einmal.`)
};

export const signin_too_many_minutes = /** @type {(inputs: Signin_Too_Many_MinutesInputs) => LocalizedString} */ (i) => {const minutesPlural = registry.plural("de", i?.minutes, {});
	if (minutesPlural === "one") return /** @type {LocalizedString} */ (`Zu viele Versuche. Warten Sie 1 Minute und versuchen Sie es dann erneut.`);
	if (minutesPlural === "other") return /** @type {LocalizedString} */ (`Zu viele Versuche. Warten Sie ${i?.minutes} Minuten und versuchen Sie es dann erneut.`);
	return /** @type {LocalizedString} */ ("signin_too_many_minutes");
};

export const signin_too_many_title = /** @type {(inputs: Signin_Too_Many_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zu viele Versuche`)
};

export const signin_wrong_password = /** @type {(inputs: Signin_Wrong_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-Mail-Adresse und Passwort passen nicht zusammen. Prüfen Sie beides oder nutzen Sie unten „Passwort vergessen?“.`)
};

export const signin_your_email = /** @type {(inputs: Signin_Your_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre E-Mail-Adresse`)
};