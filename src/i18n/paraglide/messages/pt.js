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
	return /** @type {LocalizedString} */ (`Confirme a senha`)
};

export const claim_facts = /** @type {(inputs: Claim_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Você vai entrar como ${i?.email}. Este link vale até ${i?.date}.`)
};

export const claim_fresh_link_button = /** @type {(inputs: Claim_Fresh_Link_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Receber um novo link`)
};

export const claim_invalid_ask_advisor = /** @type {(inputs: Claim_Invalid_Ask_AdvisorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Peça um novo convite ao seu agente de viagens.`)
};

export const claim_invalid_fresh_intro = /** @type {(inputs: Claim_Invalid_Fresh_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se não, informe seu e-mail e enviaremos um novo link.`)
};

export const claim_invalid_have_password = /** @type {(inputs: Claim_Invalid_Have_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Já criou uma senha? ${i?.link}.`)
};

export const claim_invalid_heading = /** @type {(inputs: Claim_Invalid_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esse link não é mais válido.`)
};

export const claim_invalid_sign_in = /** @type {(inputs: Claim_Invalid_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entre`)
};

export const claim_invalid_title = /** @type {(inputs: Claim_Invalid_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link inválido`)
};

export const claim_invalid_why = /** @type {(inputs: Claim_Invalid_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Os links do portal funcionam uma única vez e expiram em 7 dias, e só o mais recente vale.`)
};

export const claim_new_password = /** @type {(inputs: Claim_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nova senha`)
};

export const claim_submit_invite = /** @type {(inputs: Claim_Submit_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Criar senha e entrar`)
};

export const claim_submit_reset = /** @type {(inputs: Claim_Submit_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Salvar nova senha`)
};

export const claim_title_invite = /** @type {(inputs: Claim_Title_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crie sua senha`)
};

export const claim_title_reset = /** @type {(inputs: Claim_Title_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escolha uma nova senha`)
};

export const claim_welcome_invite = /** @type {(inputs: Claim_Welcome_InviteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Boas-vindas, ${i?.firstName}! É só criar uma senha para o seu portal de viagens ${i?.agency} e pronto.`)
};

export const claim_welcome_reset = /** @type {(inputs: Claim_Welcome_ResetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Olá, ${i?.firstName}! Escolha uma nova senha para o seu portal de viagens.`)
};

export const code_ask = /** @type {(inputs: Code_AskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Informe seu e-mail e o código de 6 dígitos que enviamos para você.`)
};

export const code_email_me = /** @type {(inputs: Code_Email_MeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Receber um código de acesso`)
};

export const code_label = /** @type {(inputs: Code_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Código de 6 dígitos`)
};

export const code_missing = /** @type {(inputs: Code_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Digite o código de 6 dígitos do e-mail.`)
};

export const code_new = /** @type {(inputs: Code_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Receber um novo código`)
};

export const code_nothing = /** @type {(inputs: Code_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada chegou em alguns minutos? Confira a pasta de spam ou lixo eletrônico.`)
};

export const code_sent = /** @type {(inputs: Code_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se ${i?.email} tiver acesso a este portal, acabamos de enviar para ele um código de 6 dígitos. O código funciona uma única vez, por 10 minutos. (Ainda não criou sua senha? Nesse caso, você vai receber um link para escolher uma.)`)
};

export const code_title = /** @type {(inputs: Code_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Digite seu código de acesso`)
};

export const code_wrong = /** @type {(inputs: Code_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esse código está errado ou expirou.`)
};

export const document_breadcrumb_label = /** @type {(inputs: Document_Breadcrumb_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trilha de navegação`)
};

export const document_dates = /** @type {(inputs: Document_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Datas`)
};

export const document_kind_invoice = /** @type {(inputs: Document_Kind_InvoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fatura`)
};

export const document_kind_proposal = /** @type {(inputs: Document_Kind_ProposalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Proposta`)
};

export const document_line_amount = /** @type {(inputs: Document_Line_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Valor`)
};

export const document_line_item = /** @type {(inputs: Document_Line_ItemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descrição`)
};

export const document_lines_caption_invoice = /** @type {(inputs: Document_Lines_Caption_InvoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`O que esta fatura inclui`)
};

export const document_lines_caption_proposal = /** @type {(inputs: Document_Lines_Caption_ProposalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`O que esta proposta inclui`)
};

export const document_prepared_for = /** @type {(inputs: Document_Prepared_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparada para`)
};

export const document_print = /** @type {(inputs: Document_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imprimir ou salvar em PDF`)
};

export const document_shared = /** @type {(inputs: Document_SharedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compartilhada com você.`)
};

export const document_shared_by = /** @type {(inputs: Document_Shared_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Compartilhada por ${i?.advisor}.`)
};

export const document_shared_by_on = /** @type {(inputs: Document_Shared_By_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Compartilhada por ${i?.advisor} em ${i?.date}.`)
};

export const document_shared_date = /** @type {(inputs: Document_Shared_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Compartilhada em ${i?.date}`)
};

export const document_shared_on = /** @type {(inputs: Document_Shared_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compartilhada em`)
};

export const document_shared_on_date = /** @type {(inputs: Document_Shared_On_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Compartilhada em ${i?.date}.`)
};

export const document_title_invoice = /** @type {(inputs: Document_Title_InvoiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fatura: ${i?.title}`)
};

export const document_title_proposal = /** @type {(inputs: Document_Title_ProposalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Proposta: ${i?.title}`)
};

export const document_total = /** @type {(inputs: Document_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Total`)
};

export const document_trip = /** @type {(inputs: Document_TripInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Viagem`)
};

export const email_button_fallback = /** @type {(inputs: Email_Button_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se o botão não funcionar, copie e cole este endereço no seu navegador:`)
};

export const email_footer = /** @type {(inputs: Email_FooterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enviado por ${i?.agencyName} pelo Trips. Dúvidas? Responda a este e-mail. Se você não esperava este e-mail, pode ignorá-lo.`)
};

export const email_footer_with_address = /** @type {(inputs: Email_Footer_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enviado por ${i?.agencyName} pelo Trips. Dúvidas? Responda a este e-mail ou escreva para ${i?.contactEmail}. Se você não esperava este e-mail, pode ignorá-lo.`)
};

export const email_fresh_link_button = /** @type {(inputs: Email_Fresh_Link_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Criar minha senha`)
};

export const email_fresh_link_earlier_link = /** @type {(inputs: Email_Fresh_Link_Earlier_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Os links anteriores não funcionam mais. Se você não pediu isso, ignore este e-mail: nada será alterado.`)
};

export const email_fresh_link_heading = /** @type {(inputs: Email_Fresh_Link_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.firstName}, aqui está seu novo link`)
};

export const email_fresh_link_intro = /** @type {(inputs: Email_Fresh_Link_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Você pediu um novo link para o seu portal de viagens da ${i?.agencyName}. Use-o para criar sua senha e entrar.`)
};

export const email_fresh_link_preheader = /** @type {(inputs: Email_Fresh_Link_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Você pediu um novo link para criar sua senha.`)
};

export const email_fresh_link_subject = /** @type {(inputs: Email_Fresh_Link_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Seu link para o portal de viagens da ${i?.agencyName}`)
};

export const email_fresh_link_text_lead = /** @type {(inputs: Email_Fresh_Link_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crie sua senha aqui:`)
};

export const email_invite_button = /** @type {(inputs: Email_Invite_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Criar minha senha`)
};

export const email_invite_heading = /** @type {(inputs: Email_Invite_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.firstName}, seu portal de viagens está pronto`)
};

export const email_invite_if_expired = /** @type {(inputs: Email_Invite_If_ExpiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se ele tiver expirado, peça um novo à ${i?.agencyName} ou clique em “${i?.freshLinkButton}” na página que abrir.`)
};

export const email_invite_intro = /** @type {(inputs: Email_Invite_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorName}, da ${i?.agencyName}, criou um portal exclusivo para você ver suas viagens, roteiros, faturas e propostas em um só lugar.`)
};

export const email_invite_lead = /** @type {(inputs: Email_Invite_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crie uma senha para entrar:`)
};

export const email_invite_preheader = /** @type {(inputs: Email_Invite_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crie sua senha uma única vez e veja suas viagens, roteiros, faturas e propostas.`)
};

export const email_invite_questions = /** @type {(inputs: Email_Invite_QuestionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dúvidas? Responda a este e-mail para falar com ${i?.advisorName}.`)
};

export const email_invite_subject = /** @type {(inputs: Email_Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorFirstName}, da ${i?.agencyName}, convidou você para o seu portal de viagens`)
};

export const email_link_expiry = /** @type {(inputs: Email_Link_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este link só pode ser usado uma vez e vale por 7 dias, até ${i?.expiry}.`)
};

export const email_link_expiry_in_7_days = /** @type {(inputs: Email_Link_Expiry_In_7_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este link só pode ser usado uma vez e vale por 7 dias.`)
};

export const email_password_changed_button = /** @type {(inputs: Email_Password_Changed_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrar`)
};

export const email_password_changed_heading = /** @type {(inputs: Email_Password_Changed_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sua senha foi alterada`)
};

export const email_password_changed_intro = /** @type {(inputs: Email_Password_Changed_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Olá, ${i?.firstName}! A senha do seu portal de viagens da ${i?.agencyName} acabou de ser alterada, e todos os outros dispositivos foram desconectados.`)
};

export const email_password_changed_not_you = /** @type {(inputs: Email_Password_Changed_Not_YouInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se não foi você, entre em contato com a ${i?.agencyName} imediatamente: responda a este e-mail.`)
};

export const email_password_changed_not_you_with_address = /** @type {(inputs: Email_Password_Changed_Not_You_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se não foi você, entre em contato com a ${i?.agencyName} imediatamente: responda a este e-mail ou escreva para ${i?.contactEmail}.`)
};

export const email_password_changed_preheader = /** @type {(inputs: Email_Password_Changed_PreheaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se não foi você, entre em contato com a ${i?.agencyName} imediatamente.`)
};

export const email_password_changed_subject = /** @type {(inputs: Email_Password_Changed_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A senha do seu portal de viagens da ${i?.agencyName} foi alterada`)
};

export const email_password_changed_text_lead = /** @type {(inputs: Email_Password_Changed_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entre aqui:`)
};

export const email_preheader_expiry = /** @type {(inputs: Email_Preheader_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`O link vale até ${i?.expiry}.`)
};

export const email_preheader_expiry_in_7_days = /** @type {(inputs: Email_Preheader_Expiry_In_7_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`O link vale por 7 dias.`)
};

export const email_reminder_button = /** @type {(inputs: Email_Reminder_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Criar minha senha`)
};

export const email_reminder_earlier_link = /** @type {(inputs: Email_Reminder_Earlier_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`O link do e-mail anterior não funciona mais. Se você não esperava este e-mail, pode ignorá-lo.`)
};

export const email_reminder_heading = /** @type {(inputs: Email_Reminder_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seu portal de viagens ainda está esperando por você`)
};

export const email_reminder_intro = /** @type {(inputs: Email_Reminder_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Olá, ${i?.firstName}! A ${i?.agencyName} convidou você para o seu portal de viagens há alguns dias, e o convite está prestes a expirar. Aqui está um novo link: crie sua senha uma única vez e tenha seu roteiro, suas faturas e seus documentos em um só lugar.`)
};

export const email_reminder_preheader = /** @type {(inputs: Email_Reminder_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aqui está um novo link para criar sua senha.`)
};

export const email_reminder_subject = /** @type {(inputs: Email_Reminder_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lembrete: seu portal de viagens da ${i?.agencyName} está esperando por você`)
};

export const email_reminder_text_lead = /** @type {(inputs: Email_Reminder_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crie sua senha aqui:`)
};

export const email_reset_button = /** @type {(inputs: Email_Reset_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Criar nova senha`)
};

export const email_reset_heading = /** @type {(inputs: Email_Reset_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crie uma nova senha`)
};

export const email_reset_if_not_you = /** @type {(inputs: Email_Reset_If_Not_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se você não pediu isso, ignore este e-mail: sua senha continua a mesma.`)
};

export const email_reset_intro = /** @type {(inputs: Email_Reset_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Olá, ${i?.firstName}! ${i?.advisorName}, da ${i?.agencyName}, enviou um link para você criar uma nova senha de acesso ao seu portal de viagens.`)
};

export const email_reset_preheader = /** @type {(inputs: Email_Reset_PreheaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorName} enviou um link para você criar uma nova senha.`)
};

export const email_reset_subject = /** @type {(inputs: Email_Reset_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Crie uma nova senha para o seu portal de viagens da ${i?.agencyName}`)
};

export const email_reset_text_lead = /** @type {(inputs: Email_Reset_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crie sua nova senha aqui:`)
};

export const email_sign_in_code_button = /** @type {(inputs: Email_Sign_In_Code_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Digitar o código`)
};

export const email_sign_in_code_expiry = /** @type {(inputs: Email_Sign_In_Code_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ele só pode ser usado uma vez e expira em 10 minutos, às ${i?.time}.`)
};

export const email_sign_in_code_heading = /** @type {(inputs: Email_Sign_In_Code_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seu código de acesso`)
};

export const email_sign_in_code_ignore = /** @type {(inputs: Email_Sign_In_Code_IgnoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se você não pediu este código, ignore este e-mail.`)
};

export const email_sign_in_code_intro = /** @type {(inputs: Email_Sign_In_Code_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Olá, ${i?.firstName}! Digite este código na página de login do seu portal de viagens da ${i?.agencyName}:`)
};

export const email_sign_in_code_nobody_else = /** @type {(inputs: Email_Sign_In_Code_Nobody_ElseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ninguém consegue entrar sem o código.`)
};

export const email_sign_in_code_preheader = /** @type {(inputs: Email_Sign_In_Code_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Digite-o na página de login. Ele só pode ser usado uma vez e expira em 10 minutos.`)
};

export const email_sign_in_code_questions = /** @type {(inputs: Email_Sign_In_Code_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se tiver dúvidas, responda a este e-mail.`)
};

export const email_sign_in_code_questions_with_address = /** @type {(inputs: Email_Sign_In_Code_Questions_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se tiver dúvidas, responda a este e-mail ou escreva para ${i?.contactEmail}.`)
};

export const email_sign_in_code_subject = /** @type {(inputs: Email_Sign_In_Code_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.code} é o seu código de acesso da ${i?.agencyName}`)
};

export const email_sign_in_code_text_lead = /** @type {(inputs: Email_Sign_In_Code_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Digite seu código aqui:`)
};

export const forgot_heading = /** @type {(inputs: Forgot_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esqueceu sua senha?`)
};

export const forgot_intro = /** @type {(inputs: Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Informe o e-mail que seu agente de viagens tem no cadastro e enviaremos um link para você escolher uma nova senha.`)
};

export const forgot_link = /** @type {(inputs: Forgot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esqueceu a senha?`)
};

export const forgot_page_title = /** @type {(inputs: Forgot_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esqueci a senha`)
};

export const forgot_sent = /** @type {(inputs: Forgot_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se ${i?.email} tiver acesso a este portal, um link já está a caminho. Ele funciona uma única vez e expira em 7 dias, em ${i?.date}.`)
};

export const forgot_sent_nothing = /** @type {(inputs: Forgot_Sent_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nada chegou em alguns minutos? Confira a pasta de spam ou lixo eletrônico, ou pergunte à agência ${i?.agency} qual e-mail ela tem no cadastro.`)
};

export const forgot_submit = /** @type {(inputs: Forgot_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Receber um link`)
};

export const home_advisor_label = /** @type {(inputs: Home_Advisor_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seu consultor de viagens`)
};

export const home_all_trips = /** @type {(inputs: Home_All_TripsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todas as suas viagens`)
};

export const home_empty_contact_advisor = /** @type {(inputs: Home_Empty_Contact_AdvisorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Suas viagens vão aparecer aqui, com os roteiros, as faturas e as propostas que ${i?.agency} compartilhar com você. Dúvidas? Fale com seu consultor de viagens.`)
};

export const home_empty_write_to_advisor = /** @type {(inputs: Home_Empty_Write_To_AdvisorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Suas viagens vão aparecer aqui, com os roteiros, as faturas e as propostas que ${i?.agency} compartilhar com você. Dúvidas? Escreva para ${i?.advisor}.`)
};

export const home_greeting = /** @type {(inputs: Home_GreetingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Olá, ${i?.firstName}`)
};

export const home_more_documents = /** @type {(inputs: Home_More_DocumentsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("pt", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Mais 1 documento desta viagem`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Mais ${i?.count} documentos desta viagem`);
	return /** @type {LocalizedString} */ ("home_more_documents");
};

export const home_pager_label = /** @type {(inputs: Home_Pager_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Páginas das suas viagens`)
};

export const home_pager_more = /** @type {(inputs: Home_Pager_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mais viagens`)
};

export const home_pager_previous = /** @type {(inputs: Home_Pager_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Viagens anteriores`)
};

export const home_security_link = /** @type {(inputs: Home_Security_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Login e segurança`)
};

export const home_sign_out = /** @type {(inputs: Home_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sair`)
};

export const home_title = /** @type {(inputs: Home_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suas viagens`)
};

export const home_trip_nothing_shared = /** @type {(inputs: Home_Trip_Nothing_SharedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ainda não há nada compartilhado nesta viagem. Faturas e propostas aparecem aqui assim que ${i?.sharer} compartilhar; se estiver esperando alguma, é só perguntar.`)
};

export const passkey_add = /** @type {(inputs: Passkey_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adicionar chave de acesso`)
};

export const passkey_already_here = /** @type {(inputs: Passkey_Already_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este dispositivo já tem uma chave de acesso para o seu portal.`)
};

export const passkey_not_added = /** @type {(inputs: Passkey_Not_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nenhuma chave de acesso foi adicionada. Tente de novo ou continue entrando com sua senha.`)
};

export const passkey_not_now = /** @type {(inputs: Passkey_Not_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Agora não`)
};

export const passkey_not_used = /** @type {(inputs: Passkey_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nenhuma chave de acesso foi usada. Tente de novo ou entre com seu e-mail e sua senha.`)
};

export const passkey_offer_text = /** @type {(inputs: Passkey_Offer_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Da próxima vez, entre com seu rosto, sua digital ou o bloqueio de tela.`)
};

export const passkey_sign_in = /** @type {(inputs: Passkey_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrar com chave de acesso`)
};

export const passkey_sign_in_refused = /** @type {(inputs: Passkey_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Não foi possível entrar com essa chave de acesso. Tente de novo ou entre com seu e-mail e sua senha.`)
};

export const password_mismatch = /** @type {(inputs: Password_MismatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As duas senhas não conferem.`)
};

export const password_rules = /** @type {(inputs: Password_RulesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use pelo menos 12 caracteres. Frases longas são ótimas; senhas comuns são recusadas.`)
};

export const password_too_common = /** @type {(inputs: Password_Too_CommonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Essa senha é comum demais e fácil de adivinhar. Tente uma frase mais longa, que só você imaginaria.`)
};

export const password_too_long = /** @type {(inputs: Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sua senha pode ter no máximo 128 caracteres.`)
};

export const password_too_short = /** @type {(inputs: Password_Too_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sua senha precisa ter pelo menos 12 caracteres.`)
};

export const portal_language_nav = /** @type {(inputs: Portal_Language_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Idioma`)
};

export const security_added_ago = /** @type {(inputs: Security_Added_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Adicionada ${i?.when}`)
};

export const security_added_on = /** @type {(inputs: Security_Added_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Adicionada em ${i?.when}`)
};

export const security_change_password = /** @type {(inputs: Security_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alterar senha`)
};

export const security_confirm_new_password = /** @type {(inputs: Security_Confirm_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confirme a nova senha`)
};

export const security_current_missing = /** @type {(inputs: Security_Current_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Informe sua senha atual.`)
};

export const security_current_password = /** @type {(inputs: Security_Current_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senha atual`)
};

export const security_no_passkeys = /** @type {(inputs: Security_No_PasskeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Você ainda não tem chaves de acesso.`)
};

export const security_not_used = /** @type {(inputs: Security_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ainda não usada`)
};

export const security_notice_added = /** @type {(inputs: Security_Notice_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chave de acesso adicionada. Da próxima vez, escolha “Entrar com chave de acesso”.`)
};

export const security_notice_changed = /** @type {(inputs: Security_Notice_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senha alterada. Sua sessão continua aberta aqui; em todos os outros lugares, ela foi encerrada.`)
};

export const security_notice_removed = /** @type {(inputs: Security_Notice_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chave de acesso removida.`)
};

export const security_passkeys = /** @type {(inputs: Security_PasskeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chaves de acesso`)
};

export const security_passkeys_intro = /** @type {(inputs: Security_Passkeys_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entre com seu rosto, sua digital ou o bloqueio de tela em vez da senha.`)
};

export const security_remove = /** @type {(inputs: Security_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remover`)
};

export const security_remove_named = /** @type {(inputs: Security_Remove_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Remover ${i?.name}`)
};

export const security_signs_out_elsewhere = /** @type {(inputs: Security_Signs_Out_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ao alterá-la, sua sessão será encerrada em todos os outros lugares.`)
};

export const security_title = /** @type {(inputs: Security_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acesso e segurança`)
};

export const security_used_ago = /** @type {(inputs: Security_Used_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`último uso ${i?.when}`)
};

export const security_used_on = /** @type {(inputs: Security_Used_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`último uso em ${i?.when}`)
};

export const security_wrong_current = /** @type {(inputs: Security_Wrong_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Essa não é sua senha atual. Nada foi alterado.`)
};

export const security_your_trips = /** @type {(inputs: Security_Your_TripsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suas viagens`)
};

export const signin_access_off = /** @type {(inputs: Signin_Access_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Seu acesso ao portal está desativado. Para restaurá-lo, entre em contato com a agência ${i?.agency}.`)
};

export const signin_back = /** @type {(inputs: Signin_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voltar ao login`)
};

export const signin_email = /** @type {(inputs: Signin_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail`)
};

export const signin_email_invalid = /** @type {(inputs: Signin_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Informe o e-mail que seu agente de viagens tem no cadastro.`)
};

export const signin_email_missing = /** @type {(inputs: Signin_Email_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Informe seu e-mail.`)
};

export const signin_email_too_long = /** @type {(inputs: Signin_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esse endereço de e-mail é longo demais.`)
};

export const signin_field_control = /** @type {(inputs: Signin_Field_ControlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este campo não pode ter quebras de linha nem outros caracteres de controle.`)
};

export const signin_field_direction = /** @type {(inputs: Signin_Field_DirectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este campo não pode ter caracteres de direção de texto (eles podem disfarçar o que está escrito).`)
};

export const signin_field_too_long = /** @type {(inputs: Signin_Field_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este campo é longo demais (no máximo ${i?.max} caracteres).`)
};

export const signin_field_unreadable = /** @type {(inputs: Signin_Field_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este campo tem caracteres que não puderam ser lidos. Digite de novo e tente outra vez.`)
};

export const signin_form_check = /** @type {(inputs: Signin_Form_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Confira o formulário e tente de novo.`)
};

export const signin_heading = /** @type {(inputs: Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entre no seu portal de viagens`)
};

export const signin_not_found_heading = /** @type {(inputs: Signin_Not_Found_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esta página não está aqui`)
};

export const signin_not_found_text = /** @type {(inputs: Signin_Not_Found_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`O endereço pode estar digitado errado, ou o que ele mostrava não está mais compartilhado. Se você seguiu um link de um e-mail, peça um novo ao seu agente de viagens.`)
};

export const signin_not_found_title = /** @type {(inputs: Signin_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Página não encontrada`)
};

export const signin_notice_changed = /** @type {(inputs: Signin_Notice_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senha alterada. Entre com sua nova senha.`)
};

export const signin_notice_ended = /** @type {(inputs: Signin_Notice_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sua sessão foi encerrada. Entre de novo para continuar.`)
};

export const signin_notice_expired = /** @type {(inputs: Signin_Notice_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sua sessão expirou. Entre de novo para ver suas viagens.`)
};

export const signin_notice_signed_out = /** @type {(inputs: Signin_Notice_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Você saiu da sua conta.`)
};

export const signin_or = /** @type {(inputs: Signin_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ou`)
};

export const signin_page_title = /** @type {(inputs: Signin_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrar`)
};

export const signin_password = /** @type {(inputs: Signin_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Senha`)
};

export const signin_password_missing = /** @type {(inputs: Signin_Password_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Informe sua senha.`)
};

export const signin_password_too_long = /** @type {(inputs: Signin_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Essa senha é longa demais.`)
};

export const signin_show_passwords = /** @type {(inputs: Signin_Show_PasswordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mostrar senhas`)
};

export const signin_submit = /** @type {(inputs: Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entrar`)
};

export const signin_too_many = /** @type {(inputs: Signin_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Muitas tentativas. Aguarde um minuto e tente de novo.`)
};

export const signin_too_many_link_hint = /** @type {(inputs: Signin_Too_Many_Link_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se o seu link funcionava antes, ele continua funcionando: abra-o de novo daqui a um minuto.`)
};

export const signin_too_many_minutes = /** @type {(inputs: Signin_Too_Many_MinutesInputs) => LocalizedString} */ (i) => {const minutesPlural = registry.plural("pt", i?.minutes, {});
	if (minutesPlural === "one") return /** @type {LocalizedString} */ (`Muitas tentativas. Aguarde 1 minuto e tente de novo.`);
	if (minutesPlural === "other") return /** @type {LocalizedString} */ (`Muitas tentativas. Aguarde ${i?.minutes} minutos e tente de novo.`);
	return /** @type {LocalizedString} */ ("signin_too_many_minutes");
};

export const signin_too_many_title = /** @type {(inputs: Signin_Too_Many_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Muitas tentativas`)
};

export const signin_wrong_password = /** @type {(inputs: Signin_Wrong_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`O e-mail e a senha não conferem. Verifique os dois ou use “Esqueceu a senha?” abaixo.`)
};

export const signin_your_email = /** @type {(inputs: Signin_Your_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seu e-mail`)
};