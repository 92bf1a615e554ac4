// The expansion of include_catalog!("catalogs/ebet.toml"): see tests/golden.rs.

::error_runtime::__private::catalog_enum! {
    [::core::clone::Clone, ::core::marker::Copy] [::core::primitive::i64] [0] #[doc =
    "Status codes of every eBET API response (eBET状态码).\n\nSource: eBET状态码 — eBET响应的状态代码 (seeds/000)\n\nGenerated from `catalogs/ebet.toml`: 35 codes; messages in zh-CN, en. Success: `200`."]
    #[doc =
    ::core::concat!("\n# Referring to a code\n\n`ebet_status!(-1)` is `EbetStatus::TopUpRecordNotFound`, as an expression and as a pattern (`match status { ebet_status!(…) => …, _ => … }`); a code the catalog does not define is a compile error naming the nearest codes. The macro `ebet_status!` is an item of the module that includes the catalog, beside this enum. Import both where you use them: `use ",
    ::core::module_path!(),
    "::{EbetStatus, ebet_status};` (in the including crate, `crate::` in place of the crate's name). What the enum offers, and every decision it follows: [`error_runtime::_guide::generated`](https://docs.rs/error-runtime/latest/error_runtime/_guide/generated/).")]
    pub enum EbetStatus { #[doc =
    "`-1`: 充值纪录不存\n\nen: Top-up record does not exist\n\nThe vendor's text reads 充值纪录不存 (the final 在 of 不存在 is missing in the doc); kept as written."]
    #[doc = ""] TopUpRecordNotFound, #[doc =
    "`0`: 充值中\n\nen: Top-up in progress\n\nNot an error: the top-up is still being processed; query its status again later."]
    #[doc = ""] TopUpInProgress, #[doc = "`200`: 成功\n\nen: Success"] #[doc = ""]
    Success, #[doc = "`201`: 重复的充值请求ID\n\nen: Duplicate top-up request ID"]
    #[doc = ""] DuplicateTopUpRequestId, #[doc =
    "`202`: 渠道不存在\n\nen: Channel does not exist"] #[doc = ""] ChannelNotFound,
    #[doc = "`203`: 充值 ID 不能为空\n\nen: Top-up ID must not be empty"] #[doc =
    ""] TopUpIdEmpty, #[doc =
    "`204`: 充值金额不能为 0\n\nen: Top-up amount must not be 0"] #[doc = ""]
    TopUpAmountZero, #[doc =
    "`205`: 充值金额太小\n\nen: Top-up amount is too small"] #[doc = ""]
    TopUpAmountTooSmall, #[doc = "`206`: seqNo 不存在\n\nen: seqNo does not exist"]
    #[doc = ""] SeqNoNotFound, #[doc =
    "`207`: 退款金额不一致\n\nen: Refund amount does not match"] #[doc = ""]
    RefundAmountMismatch, #[doc = "`208`: 记录不存在\n\nen: Record does not exist"]
    #[doc = ""] RecordNotFound, #[doc =
    "`209`: 已经退款的数据\n\nen: Already refunded"] #[doc = ""] AlreadyRefunded,
    #[doc = "`401`: 用户名或密码不正确\n\nen: Incorrect username or password"]
    #[doc = ""] InvalidCredentials, #[doc = "`410`: 无效的Token\n\nen: Invalid token"]
    #[doc = ""] InvalidToken, #[doc = "`500`: 系统错误\n\nen: System error"] #[doc =
    ""] SystemError, #[doc =
    "`505`: 渠道服务器在维护中\n\nen: Channel server is under maintenance"]
    #[doc = ""] ChannelServerMaintenance, #[doc =
    "`1003`: 余额不足\n\nen: Insufficient balance"] #[doc = ""] InsufficientBalance,
    #[doc =
    "`4003`: 系统繁忙，请稍后再试\n\nen: System busy, please try again later\n\n(retryable)"]
    #[doc = ""] SystemBusy, #[doc = "`4025`: 参数不对\n\nen: Invalid parameter"]
    #[doc = ""] InvalidParameter, #[doc =
    "`4026`: 签名不对\n\nen: Invalid signature"] #[doc = ""] InvalidSignature, #[doc
    = "`4027`: IP 不允许\n\nen: IP address not allowed"] #[doc = ""] IpNotAllowed,
    #[doc = "`4028`: 试玩玩家不能充值\n\nen: Trial players cannot top up"] #[doc
    = ""] TrialPlayerCannotTopUp, #[doc =
    "`4029`: 功能无效\n\nen: Feature unavailable"] #[doc = ""] FeatureUnavailable,
    #[doc = "`4030`: 资料类型错误\n\nen: Wrong data type"] #[doc = ""]
    DataTypeError, #[doc = "`4037`: 用户不存在\n\nen: User does not exist"] #[doc =
    ""] UserNotFound, #[doc =
    "`4038`: 频繁请求\n\nen: Too many requests\n\n(retryable)"] #[doc = ""]
    TooManyRequests, #[doc =
    "`4202`: 接口调用次数不足\n\nen: API call quota exhausted"] #[doc = ""]
    ApiQuotaExhausted, #[doc = "`5001`: 充值失败\n\nen: Top-up failed"] #[doc = ""]
    TopUpFailed, #[doc =
    "`5002`: 余额不足，取款失败(或该帐号已被冻结、禁止取款)\n\nen: Insufficient balance, withdrawal failed (or the account has been frozen or barred from withdrawals)"]
    #[doc = ""] WithdrawalFailed, #[doc =
    "`5003`: 子渠道不存在\n\nen: Sub-channel does not exist"] #[doc = ""]
    SubChannelNotFound, #[doc =
    "`5005`: 钱包尚未开启\n\nen: Wallet is not enabled yet"] #[doc = ""]
    WalletNotEnabled, #[doc =
    "`5006`: 游戏中无法提领\n\nen: Cannot withdraw while in a game"] #[doc = ""]
    CannotWithdrawInGame, #[doc =
    "`5009`: 该游戏未开放（目前仅未申请正式老虎机会出现此错误代码）\n\nen: This game is not available (currently this code only occurs for slot games that have not been applied for in production)"]
    #[doc = ""] GameNotOpen, #[doc =
    "`5010`: 渠道请求非该渠道申请币种\n\nen: The requested currency is not one the channel applied for"]
    #[doc = ""] CurrencyNotAllowedForChannel, #[doc =
    "`5011`: 这个帐号被冻结，无法进行此操作\n\nen: This account is frozen; the operation cannot be performed"]
    #[doc = ""] AccountFrozen, } #[doc =
    "A code this catalog does not define, with the raw value as received. Constructed from a code the catalog defines, it is that code's variant in every respect but `match`: `==`, `Hash` and every method answer as `from(code)` does."]
    Unknown; #[doc = "Every known variant of `EbetStatus`, in catalog order (35 codes)."]
    ALL;
}
#[allow(deprecated)]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl EbetStatus {
    /// The catch-all's position: its code's, or `35` for a code the catalog lacks.
    #[inline(never)]
    fn __error_code_catch_all(raw: ::core::primitive::i64) -> ::core::primitive::usize {
        ::core::option::Option::unwrap_or(Self::__error_code_lookup(raw), 35)
    }
    /// The variant's position in `ALL`; the catch-all comes last.
    #[inline]
    fn __error_code_index(&self) -> ::core::primitive::usize {
        let tag = self.__error_code_tag();
        if tag < 35 {
            return tag;
        }
        match self {
            Self::Unknown(raw) => Self::__error_code_catch_all(*raw),
            _ => 35,
        }
    }
    /// The vendor's code (the raw value for the catch-all).
    #[inline]
    #[must_use]
    pub fn code(&self) -> ::core::primitive::i64 {
        static CODES: [::core::primitive::i64; 35] = [
            -1,
            0,
            200,
            201,
            202,
            203,
            204,
            205,
            206,
            207,
            208,
            209,
            401,
            410,
            500,
            505,
            1003,
            4003,
            4025,
            4026,
            4027,
            4028,
            4029,
            4030,
            4037,
            4038,
            4202,
            5001,
            5002,
            5003,
            5005,
            5006,
            5009,
            5010,
            5011,
        ];
        match self {
            Self::Unknown(raw) => *raw,
            known => CODES[known.__error_code_index()],
        }
    }
    /// The vendor's message in the catalog's own language.
    #[inline]
    #[must_use]
    pub fn message(&self) -> &'static ::core::primitive::str {
        self.__error_code_message(0)
    }
    /// The message in `lang` (`"zh_CN"`, `"zh-CN"` and `"zh"` all match
    /// `zh-CN`, case-insensitively); the catalog's own language when
    /// there is no text in `lang`.
    #[inline]
    #[must_use]
    pub fn message_in(
        &self,
        lang: &::core::primitive::str,
    ) -> &'static ::core::primitive::str {
        self.__error_code_message(
            ::error_runtime::__private::lang_index(
                lang,
                <Self as ::error_runtime::ErrorCode>::LANGUAGES,
            ),
        )
    }
    #[inline]
    fn __error_code_message(
        &self,
        lang: ::core::primitive::usize,
    ) -> &'static ::core::primitive::str {
        static MESSAGES: [[&::core::primitive::str; 36]; 2] = [
            [
                "充值纪录不存",
                "充值中",
                "成功",
                "重复的充值请求ID",
                "渠道不存在",
                "充值 ID 不能为空",
                "充值金额不能为 0",
                "充值金额太小",
                "seqNo 不存在",
                "退款金额不一致",
                "记录不存在",
                "已经退款的数据",
                "用户名或密码不正确",
                "无效的Token",
                "系统错误",
                "渠道服务器在维护中",
                "余额不足",
                "系统繁忙，请稍后再试",
                "参数不对",
                "签名不对",
                "IP 不允许",
                "试玩玩家不能充值",
                "功能无效",
                "资料类型错误",
                "用户不存在",
                "频繁请求",
                "接口调用次数不足",
                "充值失败",
                "余额不足，取款失败(或该帐号已被冻结、禁止取款)",
                "子渠道不存在",
                "钱包尚未开启",
                "游戏中无法提领",
                "该游戏未开放（目前仅未申请正式老虎机会出现此错误代码）",
                "渠道请求非该渠道申请币种",
                "这个帐号被冻结，无法进行此操作",
                "unknown EbetStatus code",
            ],
            [
                "Top-up record does not exist",
                "Top-up in progress",
                "Success",
                "Duplicate top-up request ID",
                "Channel does not exist",
                "Top-up ID must not be empty",
                "Top-up amount must not be 0",
                "Top-up amount is too small",
                "seqNo does not exist",
                "Refund amount does not match",
                "Record does not exist",
                "Already refunded",
                "Incorrect username or password",
                "Invalid token",
                "System error",
                "Channel server is under maintenance",
                "Insufficient balance",
                "System busy, please try again later",
                "Invalid parameter",
                "Invalid signature",
                "IP address not allowed",
                "Trial players cannot top up",
                "Feature unavailable",
                "Wrong data type",
                "User does not exist",
                "Too many requests",
                "API call quota exhausted",
                "Top-up failed",
                "Insufficient balance, withdrawal failed (or the account has been frozen or barred from withdrawals)",
                "Sub-channel does not exist",
                "Wallet is not enabled yet",
                "Cannot withdraw while in a game",
                "This game is not available (currently this code only occurs for slot games that have not been applied for in production)",
                "The requested currency is not one the channel applied for",
                "This account is frozen; the operation cannot be performed",
                "unknown EbetStatus code",
            ],
        ];
        MESSAGES[lang][self.__error_code_index()]
    }
    /// The variant's name.
    #[inline]
    #[must_use]
    pub fn name(&self) -> &'static ::core::primitive::str {
        static NAMES: [&::core::primitive::str; 36] = [
            "TopUpRecordNotFound",
            "TopUpInProgress",
            "Success",
            "DuplicateTopUpRequestId",
            "ChannelNotFound",
            "TopUpIdEmpty",
            "TopUpAmountZero",
            "TopUpAmountTooSmall",
            "SeqNoNotFound",
            "RefundAmountMismatch",
            "RecordNotFound",
            "AlreadyRefunded",
            "InvalidCredentials",
            "InvalidToken",
            "SystemError",
            "ChannelServerMaintenance",
            "InsufficientBalance",
            "SystemBusy",
            "InvalidParameter",
            "InvalidSignature",
            "IpNotAllowed",
            "TrialPlayerCannotTopUp",
            "FeatureUnavailable",
            "DataTypeError",
            "UserNotFound",
            "TooManyRequests",
            "ApiQuotaExhausted",
            "TopUpFailed",
            "WithdrawalFailed",
            "SubChannelNotFound",
            "WalletNotEnabled",
            "CannotWithdrawInGame",
            "GameNotOpen",
            "CurrencyNotAllowedForChannel",
            "AccountFrozen",
            "Unknown",
        ];
        NAMES[self.__error_code_index()]
    }
    /// The vendor's symbolic name for the code, if the catalog gives one.
    #[inline]
    #[must_use]
    pub fn key(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
        ::core::option::Option::None
    }
    /// Whether the code means success.
    #[inline]
    #[must_use]
    pub fn is_success(&self) -> ::core::primitive::bool {
        ::core::matches!(self.__error_code_index(), 2)
    }
    /// Whether the catalog defines the code (false for the catch-all holding
    /// a code the catalog does not define).
    #[inline]
    #[must_use]
    pub fn is_known(&self) -> ::core::primitive::bool {
        self.__error_code_index() != 35
    }
    /// The HTTP status that goes with the code, if the catalog gives one.
    #[inline]
    #[must_use]
    pub fn http_status(&self) -> ::core::option::Option<::core::primitive::u16> {
        ::core::option::Option::None
    }
    /// Whether retrying the request may succeed.
    #[inline]
    #[must_use]
    pub fn is_retryable(&self) -> ::core::primitive::bool {
        static FACTS: [::core::primitive::bool; 36] = [
            false, false, false, false, false, false, false, false, false, false, false,
            false, false, false, false, false, false, true, false, false, false, false,
            false, false, false, true, false, false, false, false, false, false, false,
            false, false, false,
        ];
        FACTS[self.__error_code_index()]
    }
    /// The code's category: given in the catalog, or the first range or
    /// prefix that holds the code (also for codes the catalog does not define).
    #[inline]
    #[must_use]
    pub fn category(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
        ::core::option::Option::None
    }
    /// How many arguments the message's placeholders take.
    #[inline]
    #[must_use]
    pub fn arity(&self) -> ::core::primitive::usize {
        0
    }
    /// The message with its placeholders filled from `args`; a missing
    /// argument leaves its placeholder as written, extra ones are ignored.
    #[must_use]
    pub fn render(
        &self,
        args: &[&dyn ::core::fmt::Display],
    ) -> ::error_runtime::__private::String {
        self.__error_code_render(0, args)
    }
    /// [`render`](Self::render) in `lang`, with the fallbacks of `message_in`.
    #[must_use]
    pub fn render_in(
        &self,
        lang: &::core::primitive::str,
        args: &[&dyn ::core::fmt::Display],
    ) -> ::error_runtime::__private::String {
        self.__error_code_render(
            ::error_runtime::__private::lang_index(
                lang,
                <Self as ::error_runtime::ErrorCode>::LANGUAGES,
            ),
            args,
        )
    }
    fn __error_code_render(
        &self,
        lang: ::core::primitive::usize,
        args: &[&dyn ::core::fmt::Display],
    ) -> ::error_runtime::__private::String {
        let _ = args;
        ::core::convert::From::from(self.__error_code_message(lang))
    }
}
#[automatically_derived]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl ::core::fmt::Debug for EbetStatus {
    /// The variant's name; the catch-all with its raw code: `Unknown(9999)`.
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            Self::Unknown(raw) => {
                ::core::fmt::Formatter::debug_tuple(f, "Unknown").field(raw).finish()
            }
            known => ::core::fmt::Formatter::write_str(f, known.name()),
        }
    }
}
#[automatically_derived]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl ::core::cmp::PartialEq for EbetStatus {
    /// Equal codes, as `from(code)` reads them: `Unknown(c)` of a code `c` the
    /// catalog defines equals that code's variant.
    #[inline]
    fn eq(&self, other: &Self) -> ::core::primitive::bool {
        let (tag, other_tag) = (self.__error_code_tag(), other.__error_code_tag());
        if tag < 35 && other_tag < 35 {
            tag == other_tag
        } else {
            self.code() == other.code()
        }
    }
}
#[automatically_derived]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl ::core::cmp::Eq for EbetStatus {}
#[automatically_derived]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl ::core::hash::Hash for EbetStatus {
    /// Hashes what `==` compares: the code.
    #[inline]
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.code(), state);
    }
}
#[automatically_derived]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl ::core::fmt::Display for EbetStatus {
    /// `code: message`, the message in the catalog's own language.
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "{}: {}", self.code(), self.message())
    }
}
#[automatically_derived]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl ::core::error::Error for EbetStatus {}
#[automatically_derived]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl ::error_runtime::ErrorCode for EbetStatus {
    type Code<'a> = ::core::primitive::i64;
    const CATALOG: &'static ::core::primitive::str = "EbetStatus";
    const LANG: &'static ::core::primitive::str = "zh-CN";
    const LANGUAGES: &'static [&'static ::core::primitive::str] = &["zh-CN", "en"];
    const ALL: &'static [Self] = Self::ALL;
    const ENVELOPE: ::error_runtime::Envelope = ::error_runtime::Envelope {
        code: "code",
        message: &["message", "msg"],
        data: "data",
    };
    #[inline]
    fn code(&self) -> <Self as ::error_runtime::ErrorCode>::Code<'_> {
        Self::code(self)
    }
    #[inline]
    fn try_from_code(
        code: <Self as ::error_runtime::ErrorCode>::Code<'_>,
    ) -> ::core::option::Option<Self> {
        ::core::option::Option::Some(
            <Self as ::core::convert::From<::core::primitive::i64>>::from(code),
        )
    }
    #[inline]
    fn message(&self) -> &'static ::core::primitive::str {
        Self::message(self)
    }
    #[inline]
    fn message_in(
        &self,
        lang: &::core::primitive::str,
    ) -> &'static ::core::primitive::str {
        Self::message_in(self, lang)
    }
    #[inline]
    fn name(&self) -> &'static ::core::primitive::str {
        Self::name(self)
    }
    #[inline]
    fn key(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
        Self::key(self)
    }
    #[inline]
    fn is_success(&self) -> ::core::primitive::bool {
        Self::is_success(self)
    }
    #[inline]
    fn is_known(&self) -> ::core::primitive::bool {
        Self::is_known(self)
    }
    #[inline]
    fn http_status(&self) -> ::core::option::Option<::core::primitive::u16> {
        Self::http_status(self)
    }
    #[inline]
    fn is_retryable(&self) -> ::core::primitive::bool {
        Self::is_retryable(self)
    }
    #[inline]
    fn category(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
        Self::category(self)
    }
    #[inline]
    fn arity(&self) -> ::core::primitive::usize {
        Self::arity(self)
    }
    fn render_in(
        &self,
        lang: &::core::primitive::str,
        args: &[&dyn ::core::fmt::Display],
    ) -> ::error_runtime::__private::String {
        Self::render_in(self, lang, args)
    }
}
::error_runtime::__private::impl_serde!(int EbetStatus);
#[doc(hidden)]
#[macro_export]
#[allow(non_local_definitions)]
macro_rules! __ebet_status_83e0de2f804d5ba9 {
    (- 1) => {
        EbetStatus::TopUpRecordNotFound
    };
    (0) => {
        EbetStatus::TopUpInProgress
    };
    (200) => {
        EbetStatus::Success
    };
    (201) => {
        EbetStatus::DuplicateTopUpRequestId
    };
    (202) => {
        EbetStatus::ChannelNotFound
    };
    (203) => {
        EbetStatus::TopUpIdEmpty
    };
    (204) => {
        EbetStatus::TopUpAmountZero
    };
    (205) => {
        EbetStatus::TopUpAmountTooSmall
    };
    (206) => {
        EbetStatus::SeqNoNotFound
    };
    (207) => {
        EbetStatus::RefundAmountMismatch
    };
    (208) => {
        EbetStatus::RecordNotFound
    };
    (209) => {
        EbetStatus::AlreadyRefunded
    };
    (401) => {
        EbetStatus::InvalidCredentials
    };
    (410) => {
        EbetStatus::InvalidToken
    };
    (500) => {
        EbetStatus::SystemError
    };
    (505) => {
        EbetStatus::ChannelServerMaintenance
    };
    (1003) => {
        EbetStatus::InsufficientBalance
    };
    (4003) => {
        EbetStatus::SystemBusy
    };
    (4025) => {
        EbetStatus::InvalidParameter
    };
    (4026) => {
        EbetStatus::InvalidSignature
    };
    (4027) => {
        EbetStatus::IpNotAllowed
    };
    (4028) => {
        EbetStatus::TrialPlayerCannotTopUp
    };
    (4029) => {
        EbetStatus::FeatureUnavailable
    };
    (4030) => {
        EbetStatus::DataTypeError
    };
    (4037) => {
        EbetStatus::UserNotFound
    };
    (4038) => {
        EbetStatus::TooManyRequests
    };
    (4202) => {
        EbetStatus::ApiQuotaExhausted
    };
    (5001) => {
        EbetStatus::TopUpFailed
    };
    (5002) => {
        EbetStatus::WithdrawalFailed
    };
    (5003) => {
        EbetStatus::SubChannelNotFound
    };
    (5005) => {
        EbetStatus::WalletNotEnabled
    };
    (5006) => {
        EbetStatus::CannotWithdrawInGame
    };
    (5009) => {
        EbetStatus::GameNotOpen
    };
    (5010) => {
        EbetStatus::CurrencyNotAllowedForChannel
    };
    (5011) => {
        EbetStatus::AccountFrozen
    };
    ($($other:tt)*) => {
        ::error_runtime::__private::unknown_code!(EbetStatus "catalogs/ebet.toml"[- 1
        TopUpRecordNotFound, 0 TopUpInProgress, 200 Success, 201 DuplicateTopUpRequestId,
        202 ChannelNotFound, 203 TopUpIdEmpty, 204 TopUpAmountZero, 205
        TopUpAmountTooSmall, 206 SeqNoNotFound, 207 RefundAmountMismatch, 208
        RecordNotFound, 209 AlreadyRefunded, 401 InvalidCredentials, 410 InvalidToken,
        500 SystemError, 505 ChannelServerMaintenance, 1003 InsufficientBalance, 4003
        SystemBusy, 4025 InvalidParameter, 4026 InvalidSignature, 4027 IpNotAllowed, 4028
        TrialPlayerCannotTopUp, 4029 FeatureUnavailable, 4030 DataTypeError, 4037
        UserNotFound, 4038 TooManyRequests, 4202 ApiQuotaExhausted, 5001 TopUpFailed,
        5002 WithdrawalFailed, 5003 SubChannelNotFound, 5005 WalletNotEnabled, 5006
        CannotWithdrawInGame, 5009 GameNotOpen, 5010 CurrencyNotAllowedForChannel, 5011
        AccountFrozen,] $($other)*)
    };
}
///The variant of `EbetStatus` with the given code, as an expression or a pattern: `ebet_status!(CODE)`. A code the catalog (`catalogs/ebet.toml`) does not define is a compile error. `EbetStatus` must be in scope where it is used.
#[allow(unused_imports)]
pub use __ebet_status_83e0de2f804d5ba9 as ebet_status;
#[allow(deprecated)]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl EbetStatus {
    /// The position of `code` in `ALL`, if the catalog defines it.
    #[inline]
    fn __error_code_lookup(
        code: ::core::primitive::i64,
    ) -> ::core::option::Option<::core::primitive::usize> {
        static TABLE: [(::core::primitive::i64, ::core::primitive::u32); 128] = [
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (505i64, 15u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (4030i64, 23u32),
            (0i64, 0),
            (0i64, 0),
            (5009i64, 32u32),
            (0i64, 0),
            (207i64, 9u32),
            (5001i64, 27u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (5005i64, 30u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (5010i64, 33u32),
            (0i64, 0),
            (4027i64, 20u32),
            (0i64, 0),
            (0i64, 0),
            (200i64, 2u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (4003i64, 17u32),
            (0i64, 0),
            (0i64, 0),
            (401i64, 12u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 1u32),
            (0i64, 0),
            (4037i64, 24u32),
            (410i64, 13u32),
            (5011i64, 34u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (500i64, 14u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (206i64, 8u32),
            (0i64, 0),
            (4038i64, 25u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (4202i64, 26u32),
            (0i64, 0),
            (202i64, 4u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (4026i64, 19u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (203i64, 5u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (-1i64, 0u32),
            (0i64, 0),
            (5006i64, 31u32),
            (204i64, 6u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (4028i64, 21u32),
            (208i64, 10u32),
            (5002i64, 28u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (209i64, 11u32),
            (0i64, 0),
            (5003i64, 29u32),
            (201i64, 3u32),
            (1003i64, 16u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (4025i64, 18u32),
            (205i64, 7u32),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (0i64, 0),
            (4029i64, 22u32),
            (0i64, 0),
        ];
        static DISP: [::core::primitive::u8; 1] = [33];
        ::error_runtime::__private::probe_i64(&TABLE, &DISP, code, 63u32, 57u32)
    }
}
#[automatically_derived]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl ::core::convert::From<EbetStatus> for ::core::primitive::i64 {
    #[inline]
    fn from(value: EbetStatus) -> ::core::primitive::i64 {
        value.code()
    }
}
#[automatically_derived]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl ::core::convert::From<::core::primitive::i64> for EbetStatus {
    /// Total: a code the catalog does not define becomes the catch-all.
    #[inline]
    fn from(code: ::core::primitive::i64) -> Self {
        match Self::__error_code_lookup(code) {
            ::core::option::Option::Some(index) => Self::ALL[index],
            ::core::option::Option::None => Self::Unknown(code),
        }
    }
}
#[automatically_derived]
#[allow(clippy::unreadable_literal, clippy::too_many_lines, clippy::doc_markdown)]
impl ::core::str::FromStr for EbetStatus {
    type Err = ::core::num::ParseIntError;
    /// Parses a decimal code; any `i64` is accepted.
    fn from_str(
        text: &::core::primitive::str,
    ) -> ::core::result::Result<Self, <Self as ::core::str::FromStr>::Err> {
        match <::core::primitive::i64 as ::core::str::FromStr>::from_str(text) {
            ::core::result::Result::Ok(code) => {
                ::core::result::Result::Ok(
                    <Self as ::core::convert::From<::core::primitive::i64>>::from(code),
                )
            }
            ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
        }
    }
}
