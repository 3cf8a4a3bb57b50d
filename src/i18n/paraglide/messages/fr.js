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
	return /** @type {LocalizedString} */ (`Confirmez le mot de passe`)
};

export const claim_facts = /** @type {(inputs: Claim_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vous vous connecterez avec l’adresse ${i?.email}. Ce lien est valable jusqu’au ${i?.date}.`)
};

export const claim_fresh_link_button = /** @type {(inputs: Claim_Fresh_Link_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`M’envoyer un nouveau lien`)
};

export const claim_invalid_ask_advisor = /** @type {(inputs: Claim_Invalid_Ask_AdvisorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demandez une nouvelle invitation à votre conseiller voyage.`)
};

export const claim_invalid_fresh_intro = /** @type {(inputs: Claim_Invalid_Fresh_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sinon, saisissez votre adresse e-mail et nous vous enverrons un nouveau lien.`)
};

export const claim_invalid_have_password = /** @type {(inputs: Claim_Invalid_Have_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vous avez déjà créé un mot de passe ? ${i?.link}.`)
};

export const claim_invalid_heading = /** @type {(inputs: Claim_Invalid_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce lien n’est plus valide.`)
};

export const claim_invalid_sign_in = /** @type {(inputs: Claim_Invalid_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connectez-vous`)
};

export const claim_invalid_title = /** @type {(inputs: Claim_Invalid_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lien expiré`)
};

export const claim_invalid_why = /** @type {(inputs: Claim_Invalid_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les liens de l’espace voyage ne servent qu’une fois et expirent au bout de 7 jours ; seul le plus récent fonctionne.`)
};

export const claim_new_password = /** @type {(inputs: Claim_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nouveau mot de passe`)
};

export const claim_submit_invite = /** @type {(inputs: Claim_Submit_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enregistrer et me connecter`)
};

export const claim_submit_reset = /** @type {(inputs: Claim_Submit_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enregistrer le nouveau mot de passe`)
};

export const claim_title_invite = /** @type {(inputs: Claim_Title_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Créez votre mot de passe`)
};

export const claim_title_reset = /** @type {(inputs: Claim_Title_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisissez un nouveau mot de passe`)
};

export const claim_welcome_invite = /** @type {(inputs: Claim_Welcome_InviteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bienvenue, ${i?.firstName}. Il ne vous reste plus qu’à créer un mot de passe pour accéder à votre espace voyage ${i?.agency}.`)
};

export const claim_welcome_reset = /** @type {(inputs: Claim_Welcome_ResetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bonjour ${i?.firstName}, choisissez un nouveau mot de passe pour votre espace voyage.`)
};

export const code_ask = /** @type {(inputs: Code_AskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez votre adresse e-mail et le code à 6 chiffres que nous vous avons envoyé.`)
};

export const code_email_me = /** @type {(inputs: Code_Email_MeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`M’envoyer un code de connexion`)
};

export const code_label = /** @type {(inputs: Code_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Code à 6 chiffres`)
};

export const code_missing = /** @type {(inputs: Code_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez le code à 6 chiffres reçu par e-mail.`)
};

export const code_new = /** @type {(inputs: Code_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`M’envoyer un nouveau code`)
};

export const code_nothing = /** @type {(inputs: Code_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rien reçu au bout de quelques minutes ? Vérifiez vos courriers indésirables.`)
};

export const code_sent = /** @type {(inputs: Code_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si ${i?.email} a accès à cet espace voyage, nous venons d’y envoyer un code à 6 chiffres. Il ne sert qu’une fois, pendant 10 minutes. (Pas encore de mot de passe ? Vous recevrez plutôt un lien pour en choisir un.)`)
};

export const code_title = /** @type {(inputs: Code_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez votre code de connexion`)
};

export const code_wrong = /** @type {(inputs: Code_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce code est erroné ou a expiré.`)
};

export const document_breadcrumb_label = /** @type {(inputs: Document_Breadcrumb_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fil d’Ariane`)
};

export const document_dates = /** @type {(inputs: Document_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dates`)
};

export const document_kind_invoice = /** @type {(inputs: Document_Kind_InvoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Facture`)
};

export const document_kind_proposal = /** @type {(inputs: Document_Kind_ProposalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proposition`)
};

export const document_line_amount = /** @type {(inputs: Document_Line_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Montant`)
};

export const document_line_item = /** @type {(inputs: Document_Line_ItemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Désignation`)
};

export const document_lines_caption_invoice = /** @type {(inputs: Document_Lines_Caption_InvoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce que comprend cette facture`)
};

export const document_lines_caption_proposal = /** @type {(inputs: Document_Lines_Caption_ProposalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce que comprend cette proposition`)
};

export const document_prepared_for = /** @type {(inputs: Document_Prepared_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`À l’attention de`)
};

export const document_print = /** @type {(inputs: Document_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imprimer ou enregistrer en PDF`)
};

export const document_shared = /** @type {(inputs: Document_SharedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partagée avec vous.`)
};

export const document_shared_by = /** @type {(inputs: Document_Shared_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Partagée par ${i?.advisor}.`)
};

export const document_shared_by_on = /** @type {(inputs: Document_Shared_By_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Partagée par ${i?.advisor} le ${i?.date}.`)
};

export const document_shared_date = /** @type {(inputs: Document_Shared_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Partagée le ${i?.date}`)
};

export const document_shared_on = /** @type {(inputs: Document_Shared_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partagée le`)
};

export const document_shared_on_date = /** @type {(inputs: Document_Shared_On_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Partagée le ${i?.date}.`)
};

export const document_title_invoice = /** @type {(inputs: Document_Title_InvoiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Facture : ${i?.title}`)
};

export const document_title_proposal = /** @type {(inputs: Document_Title_ProposalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Proposition : ${i?.title}`)
};

export const document_total = /** @type {(inputs: Document_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Total`)
};

export const document_trip = /** @type {(inputs: Document_TripInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voyage`)
};

export const email_button_fallback = /** @type {(inputs: Email_Button_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :`)
};

export const email_footer = /** @type {(inputs: Email_FooterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Envoyé par ${i?.agencyName} via Trips. Une question ? Répondez à cet e-mail. Si vous n’attendiez pas cet e-mail, vous pouvez l’ignorer.`)
};

export const email_footer_with_address = /** @type {(inputs: Email_Footer_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Envoyé par ${i?.agencyName} via Trips. Une question ? Répondez à cet e-mail ou écrivez à ${i?.contactEmail}. Si vous n’attendiez pas cet e-mail, vous pouvez l’ignorer.`)
};

export const email_fresh_link_button = /** @type {(inputs: Email_Fresh_Link_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisir mon mot de passe`)
};

export const email_fresh_link_earlier_link = /** @type {(inputs: Email_Fresh_Link_Earlier_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les liens envoyés précédemment ne fonctionnent plus. Si vous n’avez rien demandé, ignorez cet e-mail : rien ne change.`)
};

export const email_fresh_link_heading = /** @type {(inputs: Email_Fresh_Link_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.firstName}, voici votre nouveau lien`)
};

export const email_fresh_link_intro = /** @type {(inputs: Email_Fresh_Link_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vous avez demandé un nouveau lien vers votre espace voyage ${i?.agencyName}. Utilisez-le pour choisir votre mot de passe et vous connecter.`)
};

export const email_fresh_link_preheader = /** @type {(inputs: Email_Fresh_Link_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous avez demandé un nouveau lien pour choisir votre mot de passe.`)
};

export const email_fresh_link_subject = /** @type {(inputs: Email_Fresh_Link_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Votre lien vers l’espace voyage ${i?.agencyName}`)
};

export const email_fresh_link_text_lead = /** @type {(inputs: Email_Fresh_Link_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisissez votre mot de passe ici :`)
};

export const email_invite_button = /** @type {(inputs: Email_Invite_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Créer mon mot de passe`)
};

export const email_invite_heading = /** @type {(inputs: Email_Invite_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.firstName}, votre espace voyage est prêt`)
};

export const email_invite_if_expired = /** @type {(inputs: Email_Invite_If_ExpiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`S’il a expiré, demandez-en un nouveau à ${i?.agencyName} ou cliquez sur « ${i?.freshLinkButton} » sur la page qui s’ouvre.`)
};

export const email_invite_intro = /** @type {(inputs: Email_Invite_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorName} de ${i?.agencyName} vous a ouvert un espace privé où retrouver vos voyages, itinéraires, factures et propositions au même endroit.`)
};

export const email_invite_lead = /** @type {(inputs: Email_Invite_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Créez votre mot de passe pour y accéder :`)
};

export const email_invite_preheader = /** @type {(inputs: Email_Invite_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Créez votre mot de passe une seule fois pour retrouver vos voyages, itinéraires, factures et propositions.`)
};

export const email_invite_questions = /** @type {(inputs: Email_Invite_QuestionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Une question ? Répondez à cet e-mail pour joindre ${i?.advisorName}.`)
};

export const email_invite_subject = /** @type {(inputs: Email_Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorFirstName} de ${i?.agencyName} vous invite dans votre espace voyage`)
};

export const email_link_expiry = /** @type {(inputs: Email_Link_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ce lien ne fonctionne qu’une fois et expire dans 7 jours, le ${i?.expiry}.`)
};

export const email_link_expiry_in_7_days = /** @type {(inputs: Email_Link_Expiry_In_7_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce lien ne fonctionne qu’une fois et expire dans 7 jours.`)
};

export const email_password_changed_button = /** @type {(inputs: Email_Password_Changed_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se connecter`)
};

export const email_password_changed_heading = /** @type {(inputs: Email_Password_Changed_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre mot de passe a été modifié`)
};

export const email_password_changed_intro = /** @type {(inputs: Email_Password_Changed_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bonjour ${i?.firstName}, le mot de passe de votre espace voyage ${i?.agencyName} vient d’être modifié, et tous vos autres appareils ont été déconnectés.`)
};

export const email_password_changed_not_you = /** @type {(inputs: Email_Password_Changed_Not_YouInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si ce n’est pas vous, contactez ${i?.agencyName} immédiatement : répondez à cet e-mail.`)
};

export const email_password_changed_not_you_with_address = /** @type {(inputs: Email_Password_Changed_Not_You_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si ce n’est pas vous, contactez ${i?.agencyName} immédiatement : répondez à cet e-mail ou écrivez à ${i?.contactEmail}.`)
};

export const email_password_changed_preheader = /** @type {(inputs: Email_Password_Changed_PreheaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si ce n’est pas vous, contactez ${i?.agencyName} immédiatement.`)
};

export const email_password_changed_subject = /** @type {(inputs: Email_Password_Changed_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le mot de passe de votre espace voyage ${i?.agencyName} a été modifié`)
};

export const email_password_changed_text_lead = /** @type {(inputs: Email_Password_Changed_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connectez-vous ici :`)
};

export const email_preheader_expiry = /** @type {(inputs: Email_Preheader_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le lien expire le ${i?.expiry}.`)
};

export const email_preheader_expiry_in_7_days = /** @type {(inputs: Email_Preheader_Expiry_In_7_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le lien expire dans 7 jours.`)
};

export const email_reminder_button = /** @type {(inputs: Email_Reminder_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Créer mon mot de passe`)
};

export const email_reminder_earlier_link = /** @type {(inputs: Email_Reminder_Earlier_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le lien de l’e-mail précédent ne fonctionne plus. Si vous n’attendiez pas cet e-mail, vous pouvez l’ignorer.`)
};

export const email_reminder_heading = /** @type {(inputs: Email_Reminder_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre espace voyage vous attend toujours`)
};

export const email_reminder_intro = /** @type {(inputs: Email_Reminder_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bonjour ${i?.firstName}, ${i?.agencyName} vous a envoyé il y a quelques jours une invitation à votre espace voyage, et elle arrive bientôt à expiration. Voici un nouveau lien : créez votre mot de passe une seule fois, et votre itinéraire, vos factures et vos documents seront réunis au même endroit.`)
};

export const email_reminder_preheader = /** @type {(inputs: Email_Reminder_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voici un nouveau lien pour créer votre mot de passe.`)
};

export const email_reminder_subject = /** @type {(inputs: Email_Reminder_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rappel : votre espace voyage ${i?.agencyName} vous attend`)
};

export const email_reminder_text_lead = /** @type {(inputs: Email_Reminder_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Créez votre mot de passe ici :`)
};

export const email_reset_button = /** @type {(inputs: Email_Reset_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisir un mot de passe`)
};

export const email_reset_heading = /** @type {(inputs: Email_Reset_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisissez un nouveau mot de passe`)
};

export const email_reset_if_not_you = /** @type {(inputs: Email_Reset_If_Not_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.`)
};

export const email_reset_intro = /** @type {(inputs: Email_Reset_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bonjour ${i?.firstName}, ${i?.advisorName} de ${i?.agencyName} vous a envoyé un lien pour choisir un nouveau mot de passe pour votre espace voyage.`)
};

export const email_reset_preheader = /** @type {(inputs: Email_Reset_PreheaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorName} vous a envoyé un lien pour choisir un nouveau mot de passe.`)
};

export const email_reset_subject = /** @type {(inputs: Email_Reset_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choisissez un nouveau mot de passe pour votre espace voyage ${i?.agencyName}`)
};

export const email_reset_text_lead = /** @type {(inputs: Email_Reset_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisissez votre nouveau mot de passe ici :`)
};

export const email_sign_in_code_button = /** @type {(inputs: Email_Sign_In_Code_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisir mon code`)
};

export const email_sign_in_code_expiry = /** @type {(inputs: Email_Sign_In_Code_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Il ne fonctionne qu’une fois et expire dans 10 minutes, à ${i?.time}.`)
};

export const email_sign_in_code_heading = /** @type {(inputs: Email_Sign_In_Code_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre code de connexion`)
};

export const email_sign_in_code_ignore = /** @type {(inputs: Email_Sign_In_Code_IgnoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si vous n’avez rien demandé, ignorez cet e-mail.`)
};

export const email_sign_in_code_intro = /** @type {(inputs: Email_Sign_In_Code_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bonjour ${i?.firstName}, saisissez ce code sur la page de connexion de votre espace voyage ${i?.agencyName} :`)
};

export const email_sign_in_code_nobody_else = /** @type {(inputs: Email_Sign_In_Code_Nobody_ElseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personne ne peut se connecter sans ce code.`)
};

export const email_sign_in_code_preheader = /** @type {(inputs: Email_Sign_In_Code_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez-le sur la page de connexion. Il ne fonctionne qu’une fois et expire dans 10 minutes.`)
};

export const email_sign_in_code_questions = /** @type {(inputs: Email_Sign_In_Code_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pour toute question, répondez à cet e-mail.`)
};

export const email_sign_in_code_questions_with_address = /** @type {(inputs: Email_Sign_In_Code_Questions_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pour toute question, répondez à cet e-mail ou écrivez à ${i?.contactEmail}.`)
};

export const email_sign_in_code_subject = /** @type {(inputs: Email_Sign_In_Code_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.code} est votre code de connexion à ${i?.agencyName}`)
};

export const email_sign_in_code_text_lead = /** @type {(inputs: Email_Sign_In_Code_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez votre code ici :`)
};

export const forgot_heading = /** @type {(inputs: Forgot_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mot de passe oublié ?`)
};

export const forgot_intro = /** @type {(inputs: Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez l’adresse e-mail connue de votre conseiller voyage et nous vous enverrons un lien pour choisir un nouveau mot de passe.`)
};

export const forgot_link = /** @type {(inputs: Forgot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mot de passe oublié ?`)
};

export const forgot_page_title = /** @type {(inputs: Forgot_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mot de passe oublié`)
};

export const forgot_sent = /** @type {(inputs: Forgot_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si ${i?.email} a accès à cet espace voyage, un lien vient d’y être envoyé. Il ne sert qu’une fois et expire dans 7 jours, le ${i?.date}.`)
};

export const forgot_sent_nothing = /** @type {(inputs: Forgot_Sent_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rien reçu au bout de quelques minutes ? Vérifiez vos courriers indésirables, ou demandez à ${i?.agency} quelle adresse e-mail figure dans son dossier.`)
};

export const forgot_submit = /** @type {(inputs: Forgot_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`M’envoyer un lien`)
};

export const home_advisor_label = /** @type {(inputs: Home_Advisor_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre conseiller voyages`)
};

export const home_all_trips = /** @type {(inputs: Home_All_TripsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tous vos voyages`)
};

export const home_empty_contact_advisor = /** @type {(inputs: Home_Empty_Contact_AdvisorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vos voyages s’afficheront ici, avec les itinéraires, factures et propositions que ${i?.agency} partagera avec vous. Une question ? Contactez votre conseiller voyages.`)
};

export const home_empty_write_to_advisor = /** @type {(inputs: Home_Empty_Write_To_AdvisorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vos voyages s’afficheront ici, avec les itinéraires, factures et propositions que ${i?.agency} partagera avec vous. Une question ? Écrivez à ${i?.advisor}.`)
};

export const home_greeting = /** @type {(inputs: Home_GreetingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bonjour ${i?.firstName}`)
};

export const home_more_documents = /** @type {(inputs: Home_More_DocumentsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`1 autre document pour ce voyage`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} autres documents pour ce voyage`);
	return /** @type {LocalizedString} */ ("home_more_documents");
};

export const home_pager_label = /** @type {(inputs: Home_Pager_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pages de vos voyages`)
};

export const home_pager_more = /** @type {(inputs: Home_Pager_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voyages suivants`)
};

export const home_pager_previous = /** @type {(inputs: Home_Pager_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voyages précédents`)
};

export const home_security_link = /** @type {(inputs: Home_Security_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connexion et sécurité`)
};

export const home_sign_out = /** @type {(inputs: Home_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se déconnecter`)
};

export const home_title = /** @type {(inputs: Home_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos voyages`)
};

export const home_trip_nothing_shared = /** @type {(inputs: Home_Trip_Nothing_SharedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rien n’a encore été partagé pour ce voyage. Les factures et propositions s’afficheront ici dès que ${i?.sharer} les partagera ; si vous en attendez une, n’hésitez pas à demander.`)
};

export const passkey_add = /** @type {(inputs: Passkey_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ajouter une clé d’accès`)
};

export const passkey_already_here = /** @type {(inputs: Passkey_Already_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cet appareil a déjà une clé d’accès pour votre espace voyage.`)
};

export const passkey_not_added = /** @type {(inputs: Passkey_Not_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucune clé d’accès n’a été ajoutée. Réessayez, ou continuez à vous connecter avec votre mot de passe.`)
};

export const passkey_not_now = /** @type {(inputs: Passkey_Not_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Plus tard`)
};

export const passkey_not_used = /** @type {(inputs: Passkey_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucune clé d’accès n’a été utilisée. Réessayez, ou connectez-vous avec votre adresse e-mail et votre mot de passe.`)
};

export const passkey_offer_text = /** @type {(inputs: Passkey_Offer_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La prochaine fois, connectez-vous avec votre visage, votre empreinte digitale ou le verrouillage de votre écran.`)
};

export const passkey_sign_in = /** @type {(inputs: Passkey_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se connecter avec une clé d’accès`)
};

export const passkey_sign_in_refused = /** @type {(inputs: Passkey_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion avec cette clé d’accès a échoué. Réessayez, ou connectez-vous avec votre adresse e-mail et votre mot de passe.`)
};

export const password_mismatch = /** @type {(inputs: Password_MismatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les deux mots de passe ne correspondent pas.`)
};

export const password_rules = /** @type {(inputs: Password_RulesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utilisez au moins 12 caractères. Une longue phrase, c’est très bien ; les mots de passe trop courants sont refusés.`)
};

export const password_too_common = /** @type {(inputs: Password_Too_CommonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce mot de passe est trop courant et facile à deviner. Essayez une phrase plus longue, à laquelle personne d’autre ne penserait.`)
};

export const password_too_long = /** @type {(inputs: Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre mot de passe ne peut pas dépasser 128 caractères.`)
};

export const password_too_short = /** @type {(inputs: Password_Too_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre mot de passe doit contenir au moins 12 caractères.`)
};

export const portal_language_nav = /** @type {(inputs: Portal_Language_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Langue`)
};

export const security_added_ago = /** @type {(inputs: Security_Added_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ajoutée ${i?.when}`)
};

export const security_added_on = /** @type {(inputs: Security_Added_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ajoutée le ${i?.when}`)
};

export const security_change_password = /** @type {(inputs: Security_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changer de mot de passe`)
};

export const security_confirm_new_password = /** @type {(inputs: Security_Confirm_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirmez le nouveau mot de passe`)
};

export const security_current_missing = /** @type {(inputs: Security_Current_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez votre mot de passe actuel.`)
};

export const security_current_password = /** @type {(inputs: Security_Current_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mot de passe actuel`)
};

export const security_no_passkeys = /** @type {(inputs: Security_No_PasskeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous n’avez pas encore de clé d’accès.`)
};

export const security_not_used = /** @type {(inputs: Security_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jamais utilisée`)
};

export const security_notice_added = /** @type {(inputs: Security_Notice_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clé d’accès ajoutée. La prochaine fois, choisissez « Se connecter avec une clé d’accès ».`)
};

export const security_notice_changed = /** @type {(inputs: Security_Notice_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mot de passe modifié. Votre session reste ouverte ici ; toutes les autres ont été fermées.`)
};

export const security_notice_removed = /** @type {(inputs: Security_Notice_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clé d’accès supprimée.`)
};

export const security_passkeys = /** @type {(inputs: Security_PasskeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clés d’accès`)
};

export const security_passkeys_intro = /** @type {(inputs: Security_Passkeys_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connectez-vous avec votre visage, votre empreinte digitale ou le verrouillage de votre écran plutôt qu’avec votre mot de passe.`)
};

export const security_remove = /** @type {(inputs: Security_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Supprimer`)
};

export const security_remove_named = /** @type {(inputs: Security_Remove_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Supprimer ${i?.name}`)
};

export const security_signs_out_elsewhere = /** @type {(inputs: Security_Signs_Out_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changer de mot de passe ferme vos sessions sur tous vos autres appareils.`)
};

export const security_title = /** @type {(inputs: Security_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connexion et sécurité`)
};

export const security_used_ago = /** @type {(inputs: Security_Used_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dernière utilisation ${i?.when}`)
};

export const security_used_on = /** @type {(inputs: Security_Used_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dernière utilisation le ${i?.when}`)
};

export const security_wrong_current = /** @type {(inputs: Security_Wrong_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce n’est pas votre mot de passe actuel. Rien n’a été modifié.`)
};

export const security_your_trips = /** @type {(inputs: Security_Your_TripsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos voyages`)
};

export const signin_access_off = /** @type {(inputs: Signin_Access_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Votre accès à l’espace voyage est désactivé. Contactez ${i?.agency} pour le rétablir.`)
};

export const signin_back = /** @type {(inputs: Signin_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retour à la connexion`)
};

export const signin_email = /** @type {(inputs: Signin_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse e-mail`)
};

export const signin_email_invalid = /** @type {(inputs: Signin_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez l’adresse e-mail connue de votre conseiller voyage.`)
};

export const signin_email_missing = /** @type {(inputs: Signin_Email_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez votre adresse e-mail.`)
};

export const signin_email_too_long = /** @type {(inputs: Signin_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cette adresse e-mail est trop longue.`)
};

export const signin_field_control = /** @type {(inputs: Signin_Field_ControlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce champ ne peut pas contenir de retours à la ligne ni d’autres caractères de contrôle.`)
};

export const signin_field_direction = /** @type {(inputs: Signin_Field_DirectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce champ ne peut pas contenir de caractères de direction du texte (ils peuvent masquer ce qui est écrit).`)
};

export const signin_field_too_long = /** @type {(inputs: Signin_Field_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ce champ est beaucoup trop long (${i?.max} caractères au maximum).`)
};

export const signin_field_unreadable = /** @type {(inputs: Signin_Field_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce champ contient des caractères illisibles. Saisissez-le de nouveau, puis réessayez.`)
};

export const signin_form_check = /** @type {(inputs: Signin_Form_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vérifiez le formulaire, puis réessayez.`)
};

export const signin_heading = /** @type {(inputs: Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connectez-vous à votre espace voyage`)
};

export const signin_not_found_heading = /** @type {(inputs: Signin_Not_Found_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cette page est introuvable`)
};

export const signin_not_found_text = /** @type {(inputs: Signin_Not_Found_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse est peut-être mal saisie, ou ce qu’elle affichait n’est plus partagé. Si vous avez suivi le lien d’un e-mail, demandez-en un nouveau à votre conseiller voyage.`)
};

export const signin_not_found_title = /** @type {(inputs: Signin_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Page introuvable`)
};

export const signin_notice_changed = /** @type {(inputs: Signin_Notice_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mot de passe modifié. Connectez-vous avec votre nouveau mot de passe.`)
};

export const signin_notice_ended = /** @type {(inputs: Signin_Notice_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre session a été fermée. Reconnectez-vous pour continuer.`)
};

export const signin_notice_expired = /** @type {(inputs: Signin_Notice_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre session a expiré. Reconnectez-vous pour voir vos voyages.`)
};

export const signin_notice_signed_out = /** @type {(inputs: Signin_Notice_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déconnexion effectuée.`)
};

export const signin_or = /** @type {(inputs: Signin_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ou`)
};

export const signin_page_title = /** @type {(inputs: Signin_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connexion`)
};

export const signin_password = /** @type {(inputs: Signin_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mot de passe`)
};

export const signin_password_missing = /** @type {(inputs: Signin_Password_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez votre mot de passe.`)
};

export const signin_password_too_long = /** @type {(inputs: Signin_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce mot de passe est trop long.`)
};

export const signin_show_passwords = /** @type {(inputs: Signin_Show_PasswordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher les mots de passe`)
};

export const signin_submit = /** @type {(inputs: Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se connecter`)
};

export const signin_too_many = /** @type {(inputs: Signin_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trop de tentatives. Patientez une minute, puis réessayez.`)
};

export const signin_too_many_link_hint = /** @type {(inputs: Signin_Too_Many_Link_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si votre lien fonctionnait, il fonctionne toujours : rouvrez-le dans une minute.`)
};

export const signin_too_many_minutes = /** @type {(inputs: Signin_Too_Many_MinutesInputs) => LocalizedString} */ (i) => {const minutesPlural = registry.plural("fr", i?.minutes, {});
	if (minutesPlural === "one") return /** @type {LocalizedString} */ (`Trop de tentatives. Patientez 1 minute, puis réessayez.`);
	if (minutesPlural === "other") return /** @type {LocalizedString} */ (`Trop de tentatives. Patientez ${i?.minutes} minutes, puis réessayez.`);
	return /** @type {LocalizedString} */ ("signin_too_many_minutes");
};

export const signin_too_many_title = /** @type {(inputs: Signin_Too_Many_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trop de tentatives`)
};

export const signin_wrong_password = /** @type {(inputs: Signin_Wrong_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse e-mail et le mot de passe ne correspondent pas. Vérifiez-les, ou utilisez « Mot de passe oublié ? » ci-dessous.`)
};

export const signin_your_email = /** @type {(inputs: Signin_Your_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre adresse e-mail`)
};