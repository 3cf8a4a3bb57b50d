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
	return /** @type {LocalizedString} */ (`Repite la contraseña`)
};

export const claim_facts = /** @type {(inputs: Claim_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Iniciarás sesión como ${i?.email}. Este enlace funciona hasta el ${i?.date}.`)
};

export const claim_fresh_link_button = /** @type {(inputs: Claim_Fresh_Link_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Envíame un enlace nuevo`)
};

export const claim_invalid_ask_advisor = /** @type {(inputs: Claim_Invalid_Ask_AdvisorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pide una invitación nueva a tu agente de viajes.`)
};

export const claim_invalid_fresh_intro = /** @type {(inputs: Claim_Invalid_Fresh_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si no, escribe tu correo y te enviaremos un enlace nuevo.`)
};

export const claim_invalid_have_password = /** @type {(inputs: Claim_Invalid_Have_PasswordInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`¿Ya tienes contraseña? ${i?.link}.`)
};

export const claim_invalid_heading = /** @type {(inputs: Claim_Invalid_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ese enlace ya no es válido.`)
};

export const claim_invalid_sign_in = /** @type {(inputs: Claim_Invalid_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión`)
};

export const claim_invalid_title = /** @type {(inputs: Claim_Invalid_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enlace no válido`)
};

export const claim_invalid_why = /** @type {(inputs: Claim_Invalid_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los enlaces del portal funcionan una sola vez y caducan a los 7 días, y solo sirve el más reciente.`)
};

export const claim_new_password = /** @type {(inputs: Claim_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contraseña nueva`)
};

export const claim_submit_invite = /** @type {(inputs: Claim_Submit_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crear contraseña y entrar`)
};

export const claim_submit_reset = /** @type {(inputs: Claim_Submit_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Guardar contraseña nueva`)
};

export const claim_title_invite = /** @type {(inputs: Claim_Title_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crea tu contraseña`)
};

export const claim_title_reset = /** @type {(inputs: Claim_Title_ResetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige una contraseña nueva`)
};

export const claim_welcome_invite = /** @type {(inputs: Claim_Welcome_InviteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Te damos la bienvenida, ${i?.firstName}. Crea una contraseña para tu portal de viajes de ${i?.agency} y listo, ya estás dentro.`)
};

export const claim_welcome_reset = /** @type {(inputs: Claim_Welcome_ResetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hola, ${i?.firstName}: elige una contraseña nueva para tu portal de viajes.`)
};

export const code_ask = /** @type {(inputs: Code_AskInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe tu correo y el código de 6 cifras que te hemos enviado.`)
};

export const code_email_me = /** @type {(inputs: Code_Email_MeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Envíame un código de acceso`)
};

export const code_label = /** @type {(inputs: Code_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Código de 6 cifras`)
};

export const code_missing = /** @type {(inputs: Code_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe el código de 6 cifras del correo.`)
};

export const code_new = /** @type {(inputs: Code_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Envíame un código nuevo`)
};

export const code_nothing = /** @type {(inputs: Code_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿No te llega nada en unos minutos? Mira en la carpeta de spam o correo no deseado.`)
};

export const code_sent = /** @type {(inputs: Code_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si ${i?.email} tiene acceso a este portal, acabamos de enviarle un código de 6 cifras. Funciona una sola vez, durante 10 minutos. (¿Aún no tienes contraseña? Entonces recibirás un enlace para elegirla.)`)
};

export const code_title = /** @type {(inputs: Code_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe tu código de acceso`)
};

export const code_wrong = /** @type {(inputs: Code_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ese código no es correcto o ha caducado.`)
};

export const document_breadcrumb_label = /** @type {(inputs: Document_Breadcrumb_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ruta de navegación`)
};

export const document_dates = /** @type {(inputs: Document_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fechas`)
};

export const document_kind_invoice = /** @type {(inputs: Document_Kind_InvoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Factura`)
};

export const document_kind_proposal = /** @type {(inputs: Document_Kind_ProposalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Propuesta`)
};

export const document_line_amount = /** @type {(inputs: Document_Line_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importe`)
};

export const document_line_item = /** @type {(inputs: Document_Line_ItemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Concepto`)
};

export const document_lines_caption_invoice = /** @type {(inputs: Document_Lines_Caption_InvoiceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qué incluye esta factura`)
};

export const document_lines_caption_proposal = /** @type {(inputs: Document_Lines_Caption_ProposalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qué incluye esta propuesta`)
};

export const document_prepared_for = /** @type {(inputs: Document_Prepared_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparada para`)
};

export const document_print = /** @type {(inputs: Document_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imprimir o guardar en PDF`)
};

export const document_shared = /** @type {(inputs: Document_SharedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compartida contigo.`)
};

export const document_shared_by = /** @type {(inputs: Document_Shared_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Compartida por ${i?.advisor}.`)
};

export const document_shared_by_on = /** @type {(inputs: Document_Shared_By_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Compartida por ${i?.advisor} el ${i?.date}.`)
};

export const document_shared_date = /** @type {(inputs: Document_Shared_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Compartida el ${i?.date}`)
};

export const document_shared_on = /** @type {(inputs: Document_Shared_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compartida el`)
};

export const document_shared_on_date = /** @type {(inputs: Document_Shared_On_DateInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Compartida el ${i?.date}.`)
};

export const document_title_invoice = /** @type {(inputs: Document_Title_InvoiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Factura: ${i?.title}`)
};

export const document_title_proposal = /** @type {(inputs: Document_Title_ProposalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Propuesta: ${i?.title}`)
};

export const document_total = /** @type {(inputs: Document_TotalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Total`)
};

export const document_trip = /** @type {(inputs: Document_TripInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Viaje`)
};

export const email_button_fallback = /** @type {(inputs: Email_Button_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si el botón no funciona, copia esta dirección en tu navegador:`)
};

export const email_footer = /** @type {(inputs: Email_FooterInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enviado por ${i?.agencyName} a través de Trips. ¿Tienes alguna pregunta? Responde a este correo. Si no esperabas este mensaje, puedes ignorarlo.`)
};

export const email_footer_with_address = /** @type {(inputs: Email_Footer_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enviado por ${i?.agencyName} a través de Trips. ¿Tienes alguna pregunta? Responde a este correo o escribe a ${i?.contactEmail}. Si no esperabas este mensaje, puedes ignorarlo.`)
};

export const email_fresh_link_button = /** @type {(inputs: Email_Fresh_Link_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elegir mi contraseña`)
};

export const email_fresh_link_earlier_link = /** @type {(inputs: Email_Fresh_Link_Earlier_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los enlaces anteriores ya no funcionan. Si no lo has pedido tú, ignora este correo: no cambiará nada.`)
};

export const email_fresh_link_heading = /** @type {(inputs: Email_Fresh_Link_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.firstName}, aquí tienes tu enlace nuevo`)
};

export const email_fresh_link_intro = /** @type {(inputs: Email_Fresh_Link_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Has pedido un enlace nuevo para tu portal de viajes de ${i?.agencyName}. Úsalo para elegir tu contraseña e iniciar sesión.`)
};

export const email_fresh_link_preheader = /** @type {(inputs: Email_Fresh_Link_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Has pedido un enlace nuevo para elegir tu contraseña.`)
};

export const email_fresh_link_subject = /** @type {(inputs: Email_Fresh_Link_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tu enlace al portal de viajes de ${i?.agencyName}`)
};

export const email_fresh_link_text_lead = /** @type {(inputs: Email_Fresh_Link_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige tu contraseña aquí:`)
};

export const email_invite_button = /** @type {(inputs: Email_Invite_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crear mi contraseña`)
};

export const email_invite_heading = /** @type {(inputs: Email_Invite_HeadingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.firstName}, tu portal de viajes ya está listo`)
};

export const email_invite_if_expired = /** @type {(inputs: Email_Invite_If_ExpiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si ha caducado, pide uno nuevo a ${i?.agencyName} o pulsa «${i?.freshLinkButton}» en la página que se abre.`)
};

export const email_invite_intro = /** @type {(inputs: Email_Invite_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorName}, de ${i?.agencyName}, ha preparado para ti un portal privado donde tienes tus viajes, itinerarios, facturas y propuestas en un solo lugar.`)
};

export const email_invite_lead = /** @type {(inputs: Email_Invite_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crea tu contraseña para entrar:`)
};

export const email_invite_preheader = /** @type {(inputs: Email_Invite_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crea tu contraseña una sola vez y consulta tus viajes, itinerarios, facturas y propuestas.`)
};

export const email_invite_questions = /** @type {(inputs: Email_Invite_QuestionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`¿Tienes alguna pregunta? Responde a este correo para hablar con ${i?.advisorName}.`)
};

export const email_invite_subject = /** @type {(inputs: Email_Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorFirstName}, de ${i?.agencyName}, te invita a tu portal de viajes`)
};

export const email_link_expiry = /** @type {(inputs: Email_Link_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Este enlace solo se puede usar una vez y caduca en 7 días, el ${i?.expiry}.`)
};

export const email_link_expiry_in_7_days = /** @type {(inputs: Email_Link_Expiry_In_7_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este enlace solo se puede usar una vez y caduca en 7 días.`)
};

export const email_password_changed_button = /** @type {(inputs: Email_Password_Changed_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iniciar sesión`)
};

export const email_password_changed_heading = /** @type {(inputs: Email_Password_Changed_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se ha cambiado tu contraseña`)
};

export const email_password_changed_intro = /** @type {(inputs: Email_Password_Changed_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hola, ${i?.firstName}. Se acaba de cambiar la contraseña de tu portal de viajes de ${i?.agencyName} y se ha cerrado la sesión en todos tus demás dispositivos.`)
};

export const email_password_changed_not_you = /** @type {(inputs: Email_Password_Changed_Not_YouInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si no has sido tú, ponte en contacto con ${i?.agencyName} cuanto antes: responde a este correo.`)
};

export const email_password_changed_not_you_with_address = /** @type {(inputs: Email_Password_Changed_Not_You_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si no has sido tú, ponte en contacto con ${i?.agencyName} cuanto antes: responde a este correo o escribe a ${i?.contactEmail}.`)
};

export const email_password_changed_preheader = /** @type {(inputs: Email_Password_Changed_PreheaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si no has sido tú, ponte en contacto con ${i?.agencyName} cuanto antes.`)
};

export const email_password_changed_subject = /** @type {(inputs: Email_Password_Changed_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se ha cambiado la contraseña de tu portal de ${i?.agencyName}`)
};

export const email_password_changed_text_lead = /** @type {(inputs: Email_Password_Changed_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión aquí:`)
};

export const email_preheader_expiry = /** @type {(inputs: Email_Preheader_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El enlace caduca el ${i?.expiry}.`)
};

export const email_preheader_expiry_in_7_days = /** @type {(inputs: Email_Preheader_Expiry_In_7_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El enlace caduca en 7 días.`)
};

export const email_reminder_button = /** @type {(inputs: Email_Reminder_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crear mi contraseña`)
};

export const email_reminder_earlier_link = /** @type {(inputs: Email_Reminder_Earlier_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El enlace del correo anterior ya no funciona. Si no esperabas este mensaje, puedes ignorarlo.`)
};

export const email_reminder_heading = /** @type {(inputs: Email_Reminder_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu portal de viajes te sigue esperando`)
};

export const email_reminder_intro = /** @type {(inputs: Email_Reminder_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hola, ${i?.firstName}. Hace unos días ${i?.agencyName} te invitó a tu portal de viajes y la invitación está a punto de caducar. Aquí tienes un enlace nuevo: crea tu contraseña y tendrás tu itinerario, tus facturas y tus documentos en un solo lugar.`)
};

export const email_reminder_preheader = /** @type {(inputs: Email_Reminder_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aquí tienes un enlace nuevo para crear tu contraseña.`)
};

export const email_reminder_subject = /** @type {(inputs: Email_Reminder_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Recordatorio: tu portal de viajes de ${i?.agencyName} te espera`)
};

export const email_reminder_text_lead = /** @type {(inputs: Email_Reminder_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crea tu contraseña aquí:`)
};

export const email_reset_button = /** @type {(inputs: Email_Reset_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elegir nueva contraseña`)
};

export const email_reset_heading = /** @type {(inputs: Email_Reset_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige una nueva contraseña`)
};

export const email_reset_if_not_you = /** @type {(inputs: Email_Reset_If_Not_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si no lo has pedido tú, ignora este correo: tu contraseña seguirá siendo la misma.`)
};

export const email_reset_intro = /** @type {(inputs: Email_Reset_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hola, ${i?.firstName}. ${i?.advisorName}, de ${i?.agencyName}, te ha enviado un enlace para cambiar la contraseña de tu portal de viajes.`)
};

export const email_reset_preheader = /** @type {(inputs: Email_Reset_PreheaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.advisorName} te ha enviado un enlace para elegir una nueva contraseña.`)
};

export const email_reset_subject = /** @type {(inputs: Email_Reset_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Elige una nueva contraseña para tu portal de viajes de ${i?.agencyName}`)
};

export const email_reset_text_lead = /** @type {(inputs: Email_Reset_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige tu nueva contraseña aquí:`)
};

export const email_sign_in_code_button = /** @type {(inputs: Email_Sign_In_Code_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introducir el código`)
};

export const email_sign_in_code_expiry = /** @type {(inputs: Email_Sign_In_Code_ExpiryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Solo sirve una vez y caduca en 10 minutos, a las ${i?.time}.`)
};

export const email_sign_in_code_heading = /** @type {(inputs: Email_Sign_In_Code_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu código de acceso`)
};

export const email_sign_in_code_ignore = /** @type {(inputs: Email_Sign_In_Code_IgnoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si no lo has pedido tú, ignora este correo.`)
};

export const email_sign_in_code_intro = /** @type {(inputs: Email_Sign_In_Code_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hola, ${i?.firstName}. Introduce este código en la página de inicio de sesión de tu portal de viajes de ${i?.agencyName}:`)
};

export const email_sign_in_code_nobody_else = /** @type {(inputs: Email_Sign_In_Code_Nobody_ElseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nadie puede iniciar sesión sin el código.`)
};

export const email_sign_in_code_preheader = /** @type {(inputs: Email_Sign_In_Code_PreheaderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introdúcelo en la página de inicio de sesión. Solo sirve una vez y caduca en 10 minutos.`)
};

export const email_sign_in_code_questions = /** @type {(inputs: Email_Sign_In_Code_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si tienes alguna pregunta, responde a este correo.`)
};

export const email_sign_in_code_questions_with_address = /** @type {(inputs: Email_Sign_In_Code_Questions_With_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si tienes alguna pregunta, responde a este correo o escribe a ${i?.contactEmail}.`)
};

export const email_sign_in_code_subject = /** @type {(inputs: Email_Sign_In_Code_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.code} es tu código de acceso a ${i?.agencyName}`)
};

export const email_sign_in_code_text_lead = /** @type {(inputs: Email_Sign_In_Code_Text_LeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduce tu código aquí:`)
};

export const forgot_heading = /** @type {(inputs: Forgot_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Has olvidado tu contraseña?`)
};

export const forgot_intro = /** @type {(inputs: Forgot_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe el correo que tiene registrado tu agente de viajes y te enviaremos un enlace para elegir una contraseña nueva.`)
};

export const forgot_link = /** @type {(inputs: Forgot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Has olvidado tu contraseña?`)
};

export const forgot_page_title = /** @type {(inputs: Forgot_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contraseña olvidada`)
};

export const forgot_sent = /** @type {(inputs: Forgot_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si ${i?.email} tiene acceso a este portal, le llegará un enlace en breve. Funciona una sola vez y caduca en 7 días, el ${i?.date}.`)
};

export const forgot_sent_nothing = /** @type {(inputs: Forgot_Sent_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`¿No te llega nada en unos minutos? Mira en la carpeta de spam o correo no deseado, o pregunta a ${i?.agency} qué correo tienen registrado.`)
};

export const forgot_submit = /** @type {(inputs: Forgot_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Envíame un enlace`)
};

export const home_advisor_label = /** @type {(inputs: Home_Advisor_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu agente de viajes`)
};

export const home_all_trips = /** @type {(inputs: Home_All_TripsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todos tus viajes`)
};

export const home_empty_contact_advisor = /** @type {(inputs: Home_Empty_Contact_AdvisorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aquí verás tus viajes, con los itinerarios, las facturas y las propuestas que ${i?.agency} comparta contigo. ¿Tienes alguna duda? Ponte en contacto con tu agente de viajes.`)
};

export const home_empty_write_to_advisor = /** @type {(inputs: Home_Empty_Write_To_AdvisorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aquí verás tus viajes, con los itinerarios, las facturas y las propuestas que ${i?.agency} comparta contigo. ¿Tienes alguna duda? Escribe a ${i?.advisor}.`)
};

export const home_greeting = /** @type {(inputs: Home_GreetingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hola, ${i?.firstName}`)
};

export const home_more_documents = /** @type {(inputs: Home_More_DocumentsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`1 documento más de este viaje`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} documentos más de este viaje`);
	return /** @type {LocalizedString} */ ("home_more_documents");
};

export const home_pager_label = /** @type {(inputs: Home_Pager_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Páginas de tus viajes`)
};

export const home_pager_more = /** @type {(inputs: Home_Pager_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Más viajes`)
};

export const home_pager_previous = /** @type {(inputs: Home_Pager_PreviousInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Viajes anteriores`)
};

export const home_security_link = /** @type {(inputs: Home_Security_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicio de sesión y seguridad`)
};

export const home_sign_out = /** @type {(inputs: Home_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cerrar sesión`)
};

export const home_title = /** @type {(inputs: Home_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tus viajes`)
};

export const home_trip_nothing_shared = /** @type {(inputs: Home_Trip_Nothing_SharedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Todavía no se ha compartido nada de este viaje. Las facturas y las propuestas aparecerán aquí en cuanto ${i?.sharer} las comparta; si esperas alguna, pregunta sin problema.`)
};

export const passkey_add = /** @type {(inputs: Passkey_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Añadir una llave de acceso`)
};

export const passkey_already_here = /** @type {(inputs: Passkey_Already_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este dispositivo ya tiene una llave de acceso para tu portal.`)
};

export const passkey_not_added = /** @type {(inputs: Passkey_Not_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se ha añadido ninguna llave de acceso. Inténtalo de nuevo o sigue iniciando sesión con tu contraseña.`)
};

export const passkey_not_now = /** @type {(inputs: Passkey_Not_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ahora no`)
};

export const passkey_not_used = /** @type {(inputs: Passkey_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se ha usado ninguna llave de acceso. Inténtalo de nuevo o inicia sesión con tu correo y tu contraseña.`)
};

export const passkey_offer_text = /** @type {(inputs: Passkey_Offer_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La próxima vez, inicia sesión con tu cara, tu huella o el bloqueo de pantalla.`)
};

export const passkey_sign_in = /** @type {(inputs: Passkey_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iniciar sesión con llave de acceso`)
};

export const passkey_sign_in_refused = /** @type {(inputs: Passkey_Sign_In_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esa llave de acceso no ha funcionado. Inténtalo de nuevo o inicia sesión con tu correo y tu contraseña.`)
};

export const password_mismatch = /** @type {(inputs: Password_MismatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Las dos contraseñas no coinciden.`)
};

export const password_rules = /** @type {(inputs: Password_RulesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usa al menos 12 caracteres. Las frases largas son buena idea; las contraseñas habituales no se aceptan.`)
};

export const password_too_common = /** @type {(inputs: Password_Too_CommonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esa contraseña es demasiado común y fácil de adivinar. Prueba con una frase más larga que solo se te ocurriría a ti.`)
};

export const password_too_long = /** @type {(inputs: Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu contraseña puede tener como máximo 128 caracteres.`)
};

export const password_too_short = /** @type {(inputs: Password_Too_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu contraseña necesita al menos 12 caracteres.`)
};

export const portal_language_nav = /** @type {(inputs: Portal_Language_NavInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Idioma`)
};

export const security_added_ago = /** @type {(inputs: Security_Added_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Añadida ${i?.when}`)
};

export const security_added_on = /** @type {(inputs: Security_Added_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Añadida el ${i?.when}`)
};

export const security_change_password = /** @type {(inputs: Security_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambiar contraseña`)
};

export const security_confirm_new_password = /** @type {(inputs: Security_Confirm_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Repite la contraseña nueva`)
};

export const security_current_missing = /** @type {(inputs: Security_Current_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe tu contraseña actual.`)
};

export const security_current_password = /** @type {(inputs: Security_Current_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contraseña actual`)
};

export const security_no_passkeys = /** @type {(inputs: Security_No_PasskeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aún no tienes llaves de acceso.`)
};

export const security_not_used = /** @type {(inputs: Security_Not_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aún sin usar`)
};

export const security_notice_added = /** @type {(inputs: Security_Notice_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Llave de acceso añadida. La próxima vez, elige «Iniciar sesión con llave de acceso».`)
};

export const security_notice_changed = /** @type {(inputs: Security_Notice_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contraseña cambiada. Aquí sigues con la sesión iniciada; en los demás dispositivos se ha cerrado.`)
};

export const security_notice_removed = /** @type {(inputs: Security_Notice_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Llave de acceso eliminada.`)
};

export const security_passkeys = /** @type {(inputs: Security_PasskeysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Llaves de acceso`)
};

export const security_passkeys_intro = /** @type {(inputs: Security_Passkeys_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión con tu cara, tu huella o el bloqueo de pantalla en lugar de con tu contraseña.`)
};

export const security_remove = /** @type {(inputs: Security_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eliminar`)
};

export const security_remove_named = /** @type {(inputs: Security_Remove_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Eliminar ${i?.name}`)
};

export const security_signs_out_elsewhere = /** @type {(inputs: Security_Signs_Out_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Al cambiarla, se cerrará tu sesión en todos los demás dispositivos.`)
};

export const security_title = /** @type {(inputs: Security_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicio de sesión y seguridad`)
};

export const security_used_ago = /** @type {(inputs: Security_Used_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`usada por última vez ${i?.when}`)
};

export const security_used_on = /** @type {(inputs: Security_Used_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`usada por última vez el ${i?.when}`)
};

export const security_wrong_current = /** @type {(inputs: Security_Wrong_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esa no es tu contraseña actual. No se ha cambiado nada.`)
};

export const security_your_trips = /** @type {(inputs: Security_Your_TripsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tus viajes`)
};

export const signin_access_off = /** @type {(inputs: Signin_Access_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tu acceso al portal está desactivado. Ponte en contacto con ${i?.agency} para recuperarlo.`)
};

export const signin_back = /** @type {(inputs: Signin_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Volver al inicio de sesión`)
};

export const signin_email = /** @type {(inputs: Signin_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Correo electrónico`)
};

export const signin_email_invalid = /** @type {(inputs: Signin_Email_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe el correo que tiene registrado tu agente de viajes.`)
};

export const signin_email_missing = /** @type {(inputs: Signin_Email_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe tu correo electrónico.`)
};

export const signin_email_too_long = /** @type {(inputs: Signin_Email_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esa dirección de correo es demasiado larga.`)
};

export const signin_field_control = /** @type {(inputs: Signin_Field_ControlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No puede contener saltos de línea ni otros caracteres de control.`)
};

export const signin_field_direction = /** @type {(inputs: Signin_Field_DirectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No puede contener caracteres de dirección del texto (pueden disfrazar lo que dice).`)
};

export const signin_field_too_long = /** @type {(inputs: Signin_Field_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Es demasiado largo (como máximo, ${i?.max} caracteres).`)
};

export const signin_field_unreadable = /** @type {(inputs: Signin_Field_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contiene caracteres que no se pueden leer. Vuelve a escribirlo e inténtalo de nuevo.`)
};

export const signin_form_check = /** @type {(inputs: Signin_Form_CheckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revisa el formulario e inténtalo de nuevo.`)
};

export const signin_heading = /** @type {(inputs: Signin_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión en tu portal de viajes`)
};

export const signin_not_found_heading = /** @type {(inputs: Signin_Not_Found_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esta página no está aquí`)
};

export const signin_not_found_text = /** @type {(inputs: Signin_Not_Found_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Puede que la dirección esté mal escrita o que lo que mostraba ya no se comparta. Si has llegado desde un enlace de un correo, pide uno nuevo a tu agente de viajes.`)
};

export const signin_not_found_title = /** @type {(inputs: Signin_Not_Found_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Página no encontrada`)
};

export const signin_notice_changed = /** @type {(inputs: Signin_Notice_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contraseña cambiada. Inicia sesión con la nueva.`)
};

export const signin_notice_ended = /** @type {(inputs: Signin_Notice_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se ha cerrado tu sesión. Vuelve a iniciar sesión para continuar.`)
};

export const signin_notice_expired = /** @type {(inputs: Signin_Notice_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu sesión ha caducado. Vuelve a iniciar sesión para ver tus viajes.`)
};

export const signin_notice_signed_out = /** @type {(inputs: Signin_Notice_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Has cerrado sesión.`)
};

export const signin_or = /** @type {(inputs: Signin_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`o`)
};

export const signin_page_title = /** @type {(inputs: Signin_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iniciar sesión`)
};

export const signin_password = /** @type {(inputs: Signin_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contraseña`)
};

export const signin_password_missing = /** @type {(inputs: Signin_Password_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe tu contraseña.`)
};

export const signin_password_too_long = /** @type {(inputs: Signin_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esa contraseña es demasiado larga.`)
};

export const signin_show_passwords = /** @type {(inputs: Signin_Show_PasswordsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mostrar contraseñas`)
};

export const signin_submit = /** @type {(inputs: Signin_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Iniciar sesión`)
};

export const signin_too_many = /** @type {(inputs: Signin_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demasiados intentos. Espera un minuto y vuelve a intentarlo.`)
};

export const signin_too_many_link_hint = /** @type {(inputs: Signin_Too_Many_Link_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si tu enlace funcionaba, sigue funcionando: vuelve a abrirlo dentro de un minuto.`)
};

export const signin_too_many_minutes = /** @type {(inputs: Signin_Too_Many_MinutesInputs) => LocalizedString} */ (i) => {const minutesPlural = registry.plural("es", i?.minutes, {});
	if (minutesPlural === "one") return /** @type {LocalizedString} */ (`Demasiados intentos. Espera 1 minuto y vuelve a intentarlo.`);
	if (minutesPlural === "other") return /** @type {LocalizedString} */ (`Demasiados intentos. Espera ${i?.minutes} minutos y vuelve a intentarlo.`);
	return /** @type {LocalizedString} */ ("signin_too_many_minutes");
};

export const signin_too_many_title = /** @type {(inputs: Signin_Too_Many_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demasiados intentos`)
};

export const signin_wrong_password = /** @type {(inputs: Signin_Wrong_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El correo y la contraseña no coinciden. Revísalos o usa «¿Has olvidado tu contraseña?» más abajo.`)
};

export const signin_your_email = /** @type {(inputs: Signin_Your_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu correo electrónico`)
};