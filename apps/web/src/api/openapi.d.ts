/**
 * Generated — do not edit; run npm run gen:api
 * (scripts/generate-openapi.ts: the API's OpenAPI document rendered by openapi-typescript).
 */

export interface paths {
    "/api/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh bạ cơ quan / Agency directory */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    kind?: "people_committee" | "people_council" | "committee_office" | "department" | "party" | "mass_organisation" | "public_service_unit" | "division";
                    level?: "province" | "district" | "commune";
                    limit?: number;
                    offset?: number;
                    parentId?: string;
                    /** @description Tìm theo tên, viết tắt hoặc mã (không dấu cũng được) */
                    q?: string;
                    roots?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Agency"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm cơ quan / Create an agency */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        abbreviation: string;
                        adminUnitCode?: string;
                        code: string;
                        /** @enum {unknown} */
                        kind: "people_committee" | "people_council" | "committee_office" | "department" | "party" | "mass_organisation" | "public_service_unit" | "division";
                        /** @enum {unknown} */
                        level: "province" | "district" | "commune";
                        name: string;
                        nameEn?: string;
                        onPrivateNetwork?: boolean;
                        /** Format: uuid */
                        parentId?: string;
                        sector: "state" | "party";
                        usesDocumentManagement?: boolean;
                        /** Format: date */
                        validFrom: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agency"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông tin cơ quan / One agency */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agency"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa, chuyển hoặc giải thể cơ quan (cần If-Match) / Update or close an agency (If-Match) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        abbreviation?: string;
                        name?: string;
                        nameEn?: string | null;
                        onPrivateNetwork?: boolean;
                        /** Format: uuid */
                        parentId?: string | null;
                        usesDocumentManagement?: boolean;
                        /** Format: date */
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agency"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/audit/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký kiểm toán / Audit log */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    objectId?: string;
                    objectType?: string;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorKind: string;
                                actorName: string | null;
                                agencyId: string | null;
                                objectId: string | null;
                                objectType: string;
                                /** Format: date-time */
                                occurredAt: string;
                                requestId: string | null;
                                seq: number;
                                summary: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/citizen-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập (công dân) / Citizen sign-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        personalId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập (cán bộ) / Official sign-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        totp?: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất / Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tôi là ai / Who am I */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/vneid/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** VNeID chuyển về sau khi đăng nhập / VNeID redirects back after sign-in */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    error_description?: string;
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/vneid/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bắt đầu đăng nhập qua VNeID / Start signing in with VNeID */
        get: {
            parameters: {
                query?: {
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tính hạn giải quyết hồ sơ / Compute a procedure’s due date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agencyId?: string | null;
                        allowDraft?: boolean;
                        calendarDays?: number;
                        days?: number;
                        hours?: number;
                        /** Format: date-time */
                        start: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: {
                                unit: "hours" | "days" | "calendarDays";
                                value: number;
                            };
                            calendarYearsUsed: {
                                status: "draft" | "confirmed";
                                version: number;
                                year: number;
                            }[];
                            /** Format: date-time */
                            dueAt: string;
                            dueAtText: string;
                            /** Format: date-time */
                            effectiveStart: string;
                            explanation: string;
                            explanationEn: string;
                            officeHours: {
                                agencyId: string | null;
                                periods: {
                                    /** @description HH:mm */
                                    end: string;
                                    /** @description HH:mm */
                                    start: string;
                                }[];
                                /** @description YYYY-MM-DD */
                                validFrom: string | null;
                            };
                            /** Format: date-time */
                            start: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/office-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đặt giờ làm việc của cơ quan / Set an agency’s office hours */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        afternoon: {
                            /** @description HH:mm */
                            end: string;
                            /** @description HH:mm */
                            start: string;
                        };
                        /** Format: uuid */
                        agencyId?: string | null;
                        morning: {
                            /** @description HH:mm */
                            end: string;
                            /** @description HH:mm */
                            start: string;
                        };
                        /** @description YYYY-MM-DD */
                        validFrom: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            afternoon: {
                                /** @description HH:mm */
                                end: string;
                                /** @description HH:mm */
                                start: string;
                            };
                            agencyId: string | null;
                            morning: {
                                /** @description HH:mm */
                                end: string;
                                /** @description HH:mm */
                                start: string;
                            };
                            /** @description YYYY-MM-DD */
                            validFrom: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch làm việc của một năm (ngày nghỉ, ngày làm bù) / Work calendar of a year */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận lịch năm sau khi đối chiếu thông báo chính thức / Confirm a year against the announcement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}/days-off/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đặt một ngày nghỉ / Set a day off */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD */
                    date: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "holiday" | "compensatory" | "swap";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
            };
        };
        post?: never;
        /** Bỏ một ngày nghỉ / Remove a day off */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD */
                    date: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}/extra-working-days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đặt một ngày làm bù (thứ Bảy, Chủ nhật) / Set an extra working day */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD */
                    date: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description YYYY-MM-DD */
                        swapsFor?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
            };
        };
        post?: never;
        /** Bỏ một ngày làm bù / Remove an extra working day */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD */
                    date: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}/prefill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khởi tạo bản nháp lịch năm theo luật và lịch đã công bố / Prefill a draft year from the law and announced schedules */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        replace?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: components["schemas"]["CalendarYear"];
                            notes: {
                                en: string;
                                vi: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Công dân đăng ký tài khoản / Citizen registration
         * @description Trả lời giống nhau dù số định danh đã có tài khoản hay chưa; chủ tài khoản cũ được báo qua điện thoại/e-mail. / The same answer whether the ID number already has an account or not; an existing owner is told by phone/e-mail.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        fullName: string;
                        password: string;
                        /** @description Số định danh cá nhân (12 chữ số) */
                        personalId: string;
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                            messageEn: string;
                            /** @enum {string} */
                            status: "received";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev-idp/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tài liệu khám phá OIDC (phát triển) / OIDC discovery (development) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev-idp/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trang đăng nhập VNeID giả lập (phát triển) / Development VNeID sign-in page */
        get: {
            parameters: {
                query: {
                    client_id: string;
                    code_challenge: string;
                    code_challenge_method: string;
                    nonce: string;
                    redirect_uri: string;
                    response_type: "code";
                    scope?: string;
                    state: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev-idp/authorize/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cấp mã đăng nhập (phát triển) / Issue the authorisation code (development) */
        get: {
            parameters: {
                query: {
                    client_id: string;
                    code_challenge: string;
                    code_challenge_method: string;
                    nonce: string;
                    redirect_uri: string;
                    response_type: "code";
                    scope?: string;
                    state: string;
                    subject: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev-idp/jwks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Khóa công khai (phát triển) / Signing keys (development) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev-idp/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đổi mã lấy ID token (phát triển) / Exchange the code for an ID token (development) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        client_id: string;
                        code: string;
                        code_verifier: string;
                        /** @enum {string} */
                        grant_type: "authorization_code";
                        redirect_uri: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expires_in: number;
                            id_token: string;
                            token_type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ý kiến chỉ đạo của cơ quan / Directives of my agency */
        get: {
            parameters: {
                query?: {
                    incomingId?: string;
                    status?: "open" | "processing" | "finished" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                assigneeId: string | null;
                                content: string;
                                coordinatingUnits: string[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                dueAt: string | null;
                                /** Format: date-time */
                                finishedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                incomingId: string;
                                leaderName: string;
                                leadUnit: string;
                                overdue: boolean;
                                resultNote: string | null;
                                status: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ghi ý kiến chỉ đạo (chủ trì, phối hợp, hạn xử lý) / Record a directive (lead, coordination, deadline) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        assigneeId?: string;
                        content: string;
                        coordinatingUnits?: string[];
                        /** @description YYYY-MM-DD */
                        dueDate?: string;
                        /** Format: uuid */
                        incomingId: string;
                        incomingVersion: number;
                        leadUnit: string;
                        workingDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            assigneeId: string | null;
                            content: string;
                            coordinatingUnits: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incomingId: string;
                            leaderName: string;
                            leadUnit: string;
                            overdue: boolean;
                            resultNote: string | null;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directives/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Báo cáo tiến độ: đang xử lý / hoàn thành (If-Match) / Report progress (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @enum {unknown} */
                        status: "processing" | "finished";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            assigneeId: string | null;
                            content: string;
                            coordinatingUnits: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incomingId: string;
                            leaderName: string;
                            leadUnit: string;
                            overdue: boolean;
                            resultNote: string | null;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/document-copies/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp PDF bản sao (đã ký số cơ quan) / Download a copy (organisation-signed PDF) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description application/pdf */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/document-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh mục hồ sơ của năm / Annual file list */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                documentCount: number;
                                /** Format: uuid */
                                id: string;
                                keeper: string | null;
                                retention: string;
                                /** @enum {unknown} */
                                status: "open" | "closed";
                                title: string;
                                version: number;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Lập hồ sơ / Open a file */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        keeper?: string;
                        /** @description e.g. "Vĩnh viễn", "10 năm" */
                        retention: string;
                        title: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            documentCount: number;
                            /** Format: uuid */
                            id: string;
                            keeper: string | null;
                            retention: string;
                            /** @enum {unknown} */
                            status: "open" | "closed";
                            title: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/document-files/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đưa văn bản vào hồ sơ / File a document */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        incomingId?: string;
                        /** Format: uuid */
                        outgoingId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/document-registers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sổ đăng ký văn bản của cơ quan / Registers of my agency */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                agencyId: string;
                                /** @enum {unknown} */
                                direction: "outgoing" | "incoming" | "copy";
                                /** Format: uuid */
                                id: string;
                                lastNumber: number;
                                legalType: string;
                                name: string;
                                /** @enum {unknown} */
                                secrecy: "normal" | "secret";
                                version: number;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Mở sổ đăng ký của năm / Open a register for a year */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        direction: "outgoing" | "incoming";
                        /** @enum {unknown} */
                        legalType?: "" | "NQ" | "QĐ";
                        name?: string;
                        /** @enum {unknown} */
                        secrecy?: "normal" | "secret";
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            agencyId: string;
                            /** @enum {unknown} */
                            direction: "outgoing" | "incoming" | "copy";
                            /** Format: uuid */
                            id: string;
                            lastNumber: number;
                            legalType: string;
                            name: string;
                            /** @enum {unknown} */
                            secrecy: "normal" | "secret";
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/document-registers/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các số đã cấp (kể cả số hủy) / Numbers given, void ones included */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                allocatedAt: string;
                                incomingId: string | null;
                                number: number;
                                outgoingId: string | null;
                                /** @enum {unknown} */
                                status: "used" | "void";
                                voidReason: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/document-registers/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** In sổ đăng ký (mẫu Phụ lục IV Nghị định 30/2020) / Print the register (Appendix IV) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/document-registers/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi hủy một số đã cấp / Record a given number as void */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        number: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/document-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thống kê văn bản: phát hành, ký số, văn bản đến, đúng hạn / Document statistics */
        get: {
            parameters: {
                query: {
                    agencyId?: string;
                    /** @description YYYY-MM-DD */
                    from: string;
                    /** @description YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            agencyId: string | null;
                            directivesFinishedLate: number;
                            directivesFinishedOnTime: number;
                            directivesOpen: number;
                            directivesOpenOverdue: number;
                            from: string;
                            incomingByChannel: {
                                [key: string]: number;
                            };
                            issued: number;
                            signedOrganisation: number;
                            signedPersonal: number;
                            signedShare: number;
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách văn bản đi của cơ quan / Outgoing documents of my agency */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OutgoingDocument"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Soạn dự thảo văn bản đi / Draft an outgoing document */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Nội dung */
                        content?: string;
                        /** Format: uuid */
                        correctsId?: string;
                        /**
                         * Đơn vị soạn thảo
                         * @example VP
                         */
                        draftingUnit?: string;
                        fileName?: string;
                        generateFromTemplate?: boolean;
                        isLegal?: boolean;
                        /**
                         * Hình thức văn bản
                         * @enum {unknown}
                         */
                        kind: "administrative" | "official_letter" | "legal" | "party";
                        pdfBase64?: string;
                        /** Nơi nhận */
                        recipients: {
                            /** Format: uuid */
                            agencyId?: string | null;
                            code?: string | null;
                            forInformation?: boolean;
                            name: string;
                        }[];
                        /** Format: uuid */
                        replacesId?: string;
                        /**
                         * Độ mật
                         * @enum {unknown}
                         */
                        secrecy?: "normal" | "confidential" | "secret" | "top_secret";
                        /** Trích yếu */
                        subject: string;
                        /** Loại văn bản */
                        typeCode?: string;
                        /**
                         * Độ khẩn
                         * @enum {unknown}
                         */
                        urgency?: "normal" | "urgent" | "top_urgent" | "flash";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutgoingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem văn bản đi / An outgoing document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutgoingDocument"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa dự thảo (cần If-Match) / Edit a draft (If-Match) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Nội dung */
                        content?: string;
                        /**
                         * Đơn vị soạn thảo
                         * @example VP
                         */
                        draftingUnit?: string;
                        /** Nơi nhận */
                        recipients?: {
                            /** Format: uuid */
                            agencyId?: string | null;
                            code?: string | null;
                            forInformation?: boolean;
                            name: string;
                        }[];
                        regenerate?: boolean;
                        /**
                         * Độ mật
                         * @enum {unknown}
                         */
                        secrecy?: "normal" | "confidential" | "secret" | "top_secret";
                        /** Trích yếu */
                        subject?: string;
                        /** Loại văn bản */
                        typeCode?: string;
                        /**
                         * Độ khẩn
                         * @enum {unknown}
                         */
                        urgency?: "normal" | "urgent" | "top_urgent" | "flash";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutgoingDocument"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/documents/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy dự thảo / Cancel a draft (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutgoingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bản sao của văn bản đi / Copies made of an outgoing document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                agencyId: string;
                                copiedByName: string;
                                /** Format: date-time */
                                createdAt: string;
                                excerpt: string | null;
                                file: {
                                    name: string;
                                    sha256: string;
                                    size: number;
                                };
                                /** @enum {unknown} */
                                form: "SY" | "SL" | "TS";
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                incomingId: string | null;
                                number: number;
                                numberSymbol: string;
                                /** Format: uuid */
                                outgoingId: string | null;
                                recipients: string[];
                                sourceNumberSymbol: string;
                                subject: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sao y, sao lục, trích sao văn bản đã phát hành (nhập lại mật khẩu) / Copy an issued document (password again) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Phần trích sao */
                        excerpt?: string;
                        /**
                         * Hình thức sao
                         * @enum {unknown}
                         */
                        form: "SY" | "SL" | "TS";
                        /** Chứng thư số của cơ quan */
                        organisationCertificateId: string;
                        /** Mật khẩu */
                        password: string;
                        recipients?: string[];
                        /** Mã xác thực */
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            agencyId: string;
                            copiedByName: string;
                            /** Format: date-time */
                            createdAt: string;
                            excerpt: string | null;
                            file: {
                                name: string;
                                sha256: string;
                                size: number;
                            };
                            /** @enum {unknown} */
                            form: "SY" | "SL" | "TS";
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incomingId: string | null;
                            number: number;
                            numberSymbol: string;
                            /** Format: uuid */
                            outgoingId: string | null;
                            recipients: string[];
                            sourceNumberSymbol: string;
                            subject: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp PDF của văn bản đi / Download the PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description application/pdf */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        /** Tải lên tệp PDF dự thảo (application/pdf, cần If-Match) / Upload the draft PDF (If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutgoingDocument"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp số, ký số cơ quan và phát hành (nhập lại mật khẩu, If-Match) / Number, organisation-sign and issue (password again, If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Chứng thư số của cơ quan */
                        organisationCertificateId: string;
                        /** Mật khẩu */
                        password: string;
                        /** Mã xác thực */
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutgoingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi văn bản đã phát hành (If-Match) / Recall an issued document (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Lý do */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutgoingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại dự thảo / Return to the drafter (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutgoingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duyệt và ký số (nhập lại mật khẩu, If-Match) / Approve and sign (password again, If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Chứng thư số cá nhân */
                        certificateId: string;
                        /** Chức danh ký thay */
                        onBehalfOf?: string;
                        /** Mật khẩu */
                        password: string;
                        /** Chức vụ người ký */
                        position: string;
                        /**
                         * Hình thức ký
                         * @enum {unknown}
                         */
                        signMode?: "" | "KT." | "TM." | "TUQ." | "TL.";
                        /** Mã xác thực */
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutgoingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tình trạng xử lý tại nơi nhận (01–06, 13/15/16) / Recipients’ statuses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: string | null;
                                fromAgencyId: string | null;
                                fromCode: string | null;
                                label: string;
                                labelEn: string;
                                /** Format: date-time */
                                occurredAt: string;
                                staffName: string | null;
                                statusCode: string;
                                toAgencyId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trình ký / Send for review (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutgoingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Việc cần làm ngay: vào sổ, phát hành, hạn chỉ đạo / Reminders: register, issue, directives due */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                dueAt: string | null;
                                /** Format: uuid */
                                id: string;
                                immediate: boolean;
                                /** @enum {unknown} */
                                kind: "register_incoming" | "issue_outgoing" | "directive_due";
                                overdue: boolean;
                                title: string;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "top_urgent" | "flash";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bản nháp hồ sơ của tôi / My application drafts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                expiresAt: string;
                                fileCount: number;
                                /** Format: uuid */
                                id: string;
                                procedureCode: string;
                                procedureId: string;
                                procedureName: string;
                                step: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Mở (hoặc bắt đầu) bản nháp hồ sơ của một thủ tục / Open (or start) the draft of a procedure */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        procedureId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                email: string | null;
                                fullName: string;
                                personalId: string;
                                phone: string | null;
                            };
                            applicant: {
                                address: string;
                                communeCode: string;
                                email: string;
                                name: string;
                                phone: string;
                            };
                            created: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            files: {
                                componentKey: string;
                                fileName: string;
                                /** Format: uuid */
                                id: string;
                                mediaType: string;
                                size: number;
                                /** Format: date-time */
                                uploadedAt: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            idempotencyKey: string;
                            procedureCode: string;
                            procedureId: string;
                            procedureName: string;
                            step: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            values: {
                                [key: string]: string;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                email: string | null;
                                fullName: string;
                                personalId: string;
                                phone: string | null;
                            };
                            applicant: {
                                address: string;
                                communeCode: string;
                                email: string;
                                name: string;
                                phone: string;
                            };
                            created: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            files: {
                                componentKey: string;
                                fileName: string;
                                /** Format: uuid */
                                id: string;
                                mediaType: string;
                                size: number;
                                /** Format: date-time */
                                uploadedAt: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            idempotencyKey: string;
                            procedureCode: string;
                            procedureId: string;
                            procedureName: string;
                            step: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            values: {
                                [key: string]: string;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một bản nháp hồ sơ / One application draft */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDraft"];
                    };
                };
            };
        };
        /** Lưu bản nháp (cần If-Match) / Save a draft (If-Match required) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        applicant: {
                            address: string;
                            communeCode?: string;
                            email: string;
                            name: string;
                            phone: string;
                        };
                        step?: string | null;
                        values: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDraft"];
                    };
                };
            };
        };
        post?: never;
        /** Xóa bản nháp và các tệp của nó / Delete a draft and its files */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-drafts/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tải lên tệp của một thành phần hồ sơ (multipart/form-data: componentKey rồi file; thay tệp đã chọn trước) / Upload a component’s file (multipart/form-data: componentKey, then file; replaces the earlier one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        componentKey: string;
                        /**
                         * Format: binary
                         * @description PDF, PNG hoặc JPEG, kiểm tra theo nội dung / PDF, PNG or JPEG, checked by content (≤ 5 MB)
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDraft"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-drafts/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp của bản nháp / Download a draft’s file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Bỏ một tệp khỏi bản nháp / Remove a file from a draft */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DossierDraft"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập hồ sơ lịch sử từ hệ thống cũ (cần Idempotency-Key) / Import historic dossiers from a previous system (Idempotency-Key required) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dossiers: {
                            agencyCode?: string;
                            applicant: {
                                address?: string;
                                communeCode?: string;
                                /** Format: email */
                                email?: string;
                                name: string;
                                phone?: string;
                            };
                            /** @enum {unknown} */
                            channel: "direct" | "online" | "postal";
                            code: string;
                            events: {
                                /** @enum {unknown} */
                                action: "submit" | "receive" | "accept" | "refuse" | "forward" | "request_supplement" | "resubmit" | "request_payment" | "payment_received" | "process" | "approve" | "stop" | "return" | "withdraw" | "apologise";
                                /** Format: date-time */
                                at: string;
                                items?: string[];
                                /** Format: date-time */
                                newDueAt?: string;
                                note?: string;
                                payment?: {
                                    amount: number;
                                    receiptNumber: string;
                                };
                                performer: {
                                    /** @enum {unknown} */
                                    kind?: "official" | "applicant";
                                    name: string;
                                };
                            }[];
                            procedureCode: string;
                            rating?: {
                                /** Format: date-time */
                                at: string;
                                value: number;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byState: {
                                [key: string]: number;
                            };
                            created: number;
                            /** Format: date-time */
                            importedAt: string;
                            importKey: string;
                            replayed: boolean;
                            total: number;
                            unchanged: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byState: {
                                [key: string]: number;
                            };
                            created: number;
                            /** Format: date-time */
                            importedAt: string;
                            importKey: string;
                            replayed: boolean;
                            total: number;
                            unchanged: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tra cứu hồ sơ bằng mã hồ sơ và số điện thoại / Look up a dossier by code and phone */
        get: {
            parameters: {
                query: {
                    code: string;
                    phone: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicantInitials: string;
                            code: string;
                            /** Format: date-time */
                            dueAt: string | null;
                            dueAtText: string | null;
                            /** Format: date-time */
                            finishedAt: string | null;
                            procedureName: string;
                            /** Format: date-time */
                            receivedAt: string | null;
                            resultDelivery: ("online" | "paper") | (never | null);
                            /** @enum {unknown} */
                            state: "submitted" | "accepted" | "refused" | "processing" | "supplement_requested" | "payment_requested" | "withdrawn" | "stopped" | "processed" | "returned";
                            stateName: string;
                            stateNameEn: string;
                            /** Format: date-time */
                            submittedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thống kê hồ sơ theo Thông tư 01/2018/TT-VPCP / Dossier statistics (Circular 01/2018 definitions) */
        get: {
            parameters: {
                query: {
                    agencyId?: string;
                    /** @description YYYY-MM-DD */
                    asOf?: string;
                    /** @description YYYY-MM-DD */
                    from: string;
                    procedureId?: string;
                    serviceLevel?: number;
                    /** @description YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description YYYY-MM-DD */
                            asOf: string;
                            definitions: string;
                            /** @description YYYY-MM-DD */
                            from: string;
                            rows: {
                                agencyId: string;
                                figures: {
                                    carriedOver: number;
                                    finished: {
                                        early: number;
                                        late: number;
                                        onTime: number;
                                        total: number;
                                    };
                                    inProgress: {
                                        overdue: number;
                                        total: number;
                                        withinDeadline: number;
                                    };
                                    onlineRate: number | null;
                                    onTimeRate: number | null;
                                    received: {
                                        direct: number;
                                        online: number;
                                        postal: number;
                                        total: number;
                                    };
                                    satisfaction: {
                                        average: number | null;
                                        count: number;
                                    };
                                    totalToHandle: number;
                                    withdrawn: number;
                                };
                                procedureId: string;
                                procedureName: string;
                                serviceLevel: number | null;
                            }[];
                            /** @description YYYY-MM-DD */
                            to: string;
                            total: {
                                carriedOver: number;
                                finished: {
                                    early: number;
                                    late: number;
                                    onTime: number;
                                    total: number;
                                };
                                inProgress: {
                                    overdue: number;
                                    total: number;
                                    withinDeadline: number;
                                };
                                onlineRate: number | null;
                                onTimeRate: number | null;
                                received: {
                                    direct: number;
                                    online: number;
                                    postal: number;
                                    total: number;
                                };
                                satisfaction: {
                                    average: number | null;
                                    count: number;
                                };
                                totalToHandle: number;
                                withdrawn: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-stats/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thống kê hồ sơ theo xã, phường nơi người nộp cư trú / Dossier statistics by the applicants' communes */
        get: {
            parameters: {
                query: {
                    /** @description uuid,uuid,… (at most 100) */
                    agencyIds?: string;
                    /** @description YYYY-MM-DD */
                    from: string;
                    serviceLevel?: number;
                    /** @description YYYY-MM-DD */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description YYYY-MM-DD */
                            asOf: string;
                            communes: {
                                applicantCommunes: {
                                    code: string;
                                    name: string;
                                    nameEn: string;
                                }[];
                                code: string;
                                figures: {
                                    carriedOver: number;
                                    finished: {
                                        early: number;
                                        late: number;
                                        onTime: number;
                                        total: number;
                                    };
                                    inProgress: {
                                        overdue: number;
                                        total: number;
                                        withinDeadline: number;
                                    };
                                    onlineRate: number | null;
                                    onTimeRate: number | null;
                                    received: {
                                        direct: number;
                                        online: number;
                                        postal: number;
                                        total: number;
                                    };
                                    satisfaction: {
                                        average: number | null;
                                        count: number;
                                    };
                                    totalToHandle: number;
                                    withdrawn: number;
                                };
                                name: string;
                                nameEn: string;
                            }[];
                            /** @description YYYY-MM-DD */
                            from: string;
                            located: number;
                            /** @description YYYY-MM-DD */
                            mapDate: string;
                            /** @description YYYY-MM-DD */
                            to: string;
                            unlocated: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-stats/workbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xuất các bảng thống kê đang xem ra tệp Excel / Write the dashboard tables as an Excel workbook */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        sheets: {
                            name: string;
                            rows: ((number | null) | string)[][];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossier-stats/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các năm có hồ sơ trong phạm vi thống kê / Years with dossiers in the statistics scope */
        get: {
            parameters: {
                query?: {
                    agencyId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            years: number[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách hồ sơ và hàng đợi (trực tuyến, sắp đến hạn, quá hạn) / Dossier list and work queues */
        get: {
            parameters: {
                query?: {
                    /** @description uuid,uuid,… (at most 100) */
                    agencyIds?: string;
                    /** @description GSO commune code, e.g. 29242 */
                    applicantCommune?: string;
                    figure?: "to-handle" | "received" | "finished" | "early" | "on-time" | "late" | "in-progress" | "within-deadline" | "overdue" | "late-or-overdue";
                    /** @description YYYY-MM-DD */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    queue?: "all" | "todo" | "online" | "due-soon" | "overdue" | "apology-due" | "mine";
                    serviceLevel?: number;
                    state?: "submitted" | "accepted" | "refused" | "processing" | "supplement_requested" | "payment_requested" | "withdrawn" | "stopped" | "processed" | "returned";
                    /** @description YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                agencyId: string;
                                applicantName: string;
                                /** @enum {unknown} */
                                channel: "direct" | "online" | "postal";
                                code: string;
                                /** Format: date-time */
                                dueAt: string | null;
                                /** Format: uuid */
                                id: string;
                                procedureName: string;
                                /** Format: date-time */
                                receivedAt: string | null;
                                /** @enum {unknown} */
                                state: "submitted" | "accepted" | "refused" | "processing" | "supplement_requested" | "payment_requested" | "withdrawn" | "stopped" | "processed" | "returned";
                                stateName: string;
                                /** Format: date-time */
                                submittedAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Nộp hồ sơ trực tuyến (cần Idempotency-Key) / Submit a dossier online (Idempotency-Key required) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers?: {
                            [key: string]: unknown;
                        };
                        applicant: {
                            address?: string;
                            /** @description GSO commune code, e.g. 29242 */
                            communeCode?: string;
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone?: string;
                        };
                        /** Format: uuid */
                        draftId?: string;
                        procedureId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết hồ sơ / A dossier */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đính kèm tệp (multipart/form-data: componentKey nếu có, rồi file; PDF, PNG, JPEG) / Attach a file (multipart/form-data: optional componentKey, then file; PDF, PNG, JPEG) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        componentKey?: string;
                        /**
                         * Format: binary
                         * @description PDF, PNG hoặc JPEG, kiểm tra theo nội dung / PDF, PNG or JPEG, checked by content (≤ 5 MB)
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            componentKey: string | null;
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            mediaType: string;
                            sha256: string;
                            size: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp đính kèm / Download an attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/documents/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản của cơ chế một cửa (phiếu hẹn, yêu cầu bổ sung, từ chối, xin lỗi, kiểm soát) dạng PDF / One-stop documents as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: "receipt.pdf" | "supplement.pdf" | "refusal.pdf" | "apology.pdf" | "control.pdf" | "payment.pdf";
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/payment-qr.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mã VietQR của yêu cầu nộp phí đang chờ (PNG) / The open fee request’s VietQR code (PNG) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đánh giá mức độ hài lòng / Rate the service */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        rating: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chuyển trạng thái hồ sơ (cần If-Match; trả kết quả kèm tệp kết quả hoặc onPaper) / Move a dossier on (If-Match required; the return carries its result file or onPaper) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        action: "accept" | "refuse" | "forward" | "request_supplement" | "resubmit" | "request_payment" | "payment_received" | "process" | "approve" | "send_back" | "stop" | "return" | "withdraw" | "apologise";
                        items?: string[];
                        /** Format: date-time */
                        newDueAt?: string;
                        note?: string;
                        onPaper?: boolean;
                        resultFile?: {
                            contentBase64: string;
                            fileName: string;
                        };
                        supplementDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/counter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tiếp nhận hồ sơ tại Bộ phận Một cửa / Receive a dossier at the one-stop counter */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers?: {
                            [key: string]: unknown;
                        };
                        applicant: {
                            address?: string;
                            /** @description GSO commune code, e.g. 29242 */
                            communeCode?: string;
                            /** Format: email */
                            email?: string;
                            name: string;
                            phone?: string;
                        };
                        /** @enum {unknown} */
                        channel?: "direct" | "postal";
                        procedureId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/edxml/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xuất gói tin edXML (QCVN 102:2016) cho cơ quan ngoài hệ thống / Export an edXML package */
        get: {
            parameters: {
                query?: {
                    organId?: string;
                    organName?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/edxml/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nhập gói tin edXML (văn bản hoặc trạng thái) / Import an edXML package (document or status) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            incomingId: string | null;
                            /** @enum {unknown} */
                            kind: "document" | "status";
                            /** Format: uuid */
                            outgoingId: string | null;
                            statusCode: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/edxml/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gói tin chờ gửi cơ quan ngoài hệ thống / Packages waiting for outside agencies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                incomingId: string | null;
                                kind: string;
                                outgoingId: string | null;
                                statusCode: string | null;
                                toCode: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/edxml/packages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải gói tin edXML và ghi đã gửi / Download a package and mark it delivered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geography/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranh giới 41 đơn vị cấp xã từ 01/07/2025 (GeoJSON) / Boundaries of the 41 commune-level units from 2025-07-01 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            features: ({
                                geometry: unknown;
                                id?: string;
                                properties: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "Feature";
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geography/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số đơn vị hành chính theo cấp tại một ngày / Unit counts by level on a date */
        get: {
            parameters: {
                query?: {
                    /** @example 2021-12-31 */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date
                             * @example 2021-12-31
                             */
                            asOf: string;
                            byType: {
                                commune: {
                                    [key: string]: number;
                                };
                                district: {
                                    [key: string]: number;
                                };
                                province: {
                                    [key: string]: number;
                                };
                            };
                            counts: {
                                commune: number;
                                district: number;
                                province: number;
                            };
                            covered: boolean;
                            province: {
                                code: string;
                                fullName: string;
                                fullNameEn: string;
                            } | null;
                            scope: string;
                            scopeEn: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geography/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách đơn vị hành chính tại một ngày / Administrative units in force on a date
         * @description Mặc định là hôm nay. / Defaults to today. Số liệu thống kê truyền ngày chốt số liệu (asOf).
         */
        get: {
            parameters: {
                query?: {
                    /** @example 2021-12-31 */
                    asOf?: string;
                    level?: "province" | "district" | "commune";
                    parentCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date
                             * @example 2021-12-31
                             */
                            asOf: string;
                            items: {
                                areaKm2: number | null;
                                code: string;
                                endedBy: string | null;
                                fullName: string;
                                fullNameEn: string;
                                legalBasis: string;
                                level: "province" | "district" | "commune";
                                name: string;
                                /** @description Unofficial English name (generated by the data source) */
                                nameEn: string;
                                parentCode: string | null;
                                /** @description tỉnh, thành phố, huyện, thị xã, phường, xã, thị trấn */
                                type: string;
                                typeEn: string;
                                /**
                                 * Format: date
                                 * @example 2021-12-31
                                 */
                                validFrom: string;
                                /**
                                 * Format: date
                                 * @description Last day in force (inclusive)
                                 */
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geography/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Đơn vị hành chính theo mã tại một ngày / Administrative unit by code on a date
         * @description Mã có thể được dùng lại qua các thời kỳ. / Codes are reused over time; 404 if none that day.
         */
        get: {
            parameters: {
                query?: {
                    /** @example 2021-12-31 */
                    asOf?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areaKm2: number | null;
                            code: string;
                            endedBy: string | null;
                            fullName: string;
                            fullNameEn: string;
                            legalBasis: string;
                            level: "province" | "district" | "commune";
                            name: string;
                            /** @description Unofficial English name (generated by the data source) */
                            nameEn: string;
                            parentCode: string | null;
                            /** @description tỉnh, thành phố, huyện, thị xã, phường, xã, thị trấn */
                            type: string;
                            typeEn: string;
                            /**
                             * Format: date
                             * @example 2021-12-31
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description Last day in force (inclusive)
                             */
                            validTo: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geography/units/{code}/predecessors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các đơn vị đã hợp thành đơn vị này / The older units that went into a unit */
        get: {
            parameters: {
                query?: {
                    /** @example 2021-12-31 */
                    asOf?: string;
                    level?: "province" | "district" | "commune";
                    /** @example 2021-12-31 */
                    onDate?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                path: {
                                    /**
                                     * Format: date
                                     * @example 2021-12-31
                                     */
                                    effectiveDate: string;
                                    fromCode: string;
                                    fromName: string;
                                    /**
                                     * Format: date
                                     * @example 2021-12-31
                                     */
                                    fromValidFrom: string;
                                    kind: "merge" | "unchanged" | "abolished";
                                    legalBasis: string;
                                    toCode: string;
                                    toName: string;
                                    /**
                                     * Format: date
                                     * @example 2021-12-31
                                     */
                                    toValidFrom: string;
                                    wholeArea: boolean;
                                }[];
                                unit: {
                                    areaKm2: number | null;
                                    code: string;
                                    endedBy: string | null;
                                    fullName: string;
                                    fullNameEn: string;
                                    legalBasis: string;
                                    level: "province" | "district" | "commune";
                                    name: string;
                                    /** @description Unofficial English name (generated by the data source) */
                                    nameEn: string;
                                    parentCode: string | null;
                                    /** @description tỉnh, thành phố, huyện, thị xã, phường, xã, thị trấn */
                                    type: string;
                                    typeEn: string;
                                    /**
                                     * Format: date
                                     * @example 2021-12-31
                                     */
                                    validFrom: string;
                                    /**
                                     * Format: date
                                     * @description Last day in force (inclusive)
                                     */
                                    validTo: string | null;
                                };
                            }[];
                            to: {
                                areaKm2: number | null;
                                code: string;
                                endedBy: string | null;
                                fullName: string;
                                fullNameEn: string;
                                legalBasis: string;
                                level: "province" | "district" | "commune";
                                name: string;
                                /** @description Unofficial English name (generated by the data source) */
                                nameEn: string;
                                parentCode: string | null;
                                /** @description tỉnh, thành phố, huyện, thị xã, phường, xã, thị trấn */
                                type: string;
                                typeEn: string;
                                /**
                                 * Format: date
                                 * @example 2021-12-31
                                 */
                                validFrom: string;
                                /**
                                 * Format: date
                                 * @description Last day in force (inclusive)
                                 */
                                validTo: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geography/units/{code}/successors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Đơn vị kế thừa tại một ngày sau / What a unit became by a later date
         * @description asOf: ngày mã còn hiệu lực, để chỉ rõ đơn vị (mã được dùng lại). / asOf: a day the code was in force.
         */
        get: {
            parameters: {
                query?: {
                    /** @example 2021-12-31 */
                    asOf?: string;
                    /** @example 2021-12-31 */
                    onDate?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: {
                                areaKm2: number | null;
                                code: string;
                                endedBy: string | null;
                                fullName: string;
                                fullNameEn: string;
                                legalBasis: string;
                                level: "province" | "district" | "commune";
                                name: string;
                                /** @description Unofficial English name (generated by the data source) */
                                nameEn: string;
                                parentCode: string | null;
                                /** @description tỉnh, thành phố, huyện, thị xã, phường, xã, thị trấn */
                                type: string;
                                typeEn: string;
                                /**
                                 * Format: date
                                 * @example 2021-12-31
                                 */
                                validFrom: string;
                                /**
                                 * Format: date
                                 * @description Last day in force (inclusive)
                                 */
                                validTo: string | null;
                            };
                            items: {
                                path: {
                                    /**
                                     * Format: date
                                     * @example 2021-12-31
                                     */
                                    effectiveDate: string;
                                    fromCode: string;
                                    fromName: string;
                                    /**
                                     * Format: date
                                     * @example 2021-12-31
                                     */
                                    fromValidFrom: string;
                                    kind: "merge" | "unchanged" | "abolished";
                                    legalBasis: string;
                                    toCode: string;
                                    toName: string;
                                    /**
                                     * Format: date
                                     * @example 2021-12-31
                                     */
                                    toValidFrom: string;
                                    wholeArea: boolean;
                                }[];
                                unit: {
                                    areaKm2: number | null;
                                    code: string;
                                    endedBy: string | null;
                                    fullName: string;
                                    fullNameEn: string;
                                    legalBasis: string;
                                    level: "province" | "district" | "commune";
                                    name: string;
                                    /** @description Unofficial English name (generated by the data source) */
                                    nameEn: string;
                                    parentCode: string | null;
                                    /** @description tỉnh, thành phố, huyện, thị xã, phường, xã, thị trấn */
                                    type: string;
                                    typeEn: string;
                                    /**
                                     * Format: date
                                     * @example 2021-12-31
                                     */
                                    validFrom: string;
                                    /**
                                     * Format: date
                                     * @description Last day in force (inclusive)
                                     */
                                    validTo: string | null;
                                };
                            }[];
                            /**
                             * Format: date
                             * @example 2021-12-31
                             */
                            onDate: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tiến trình còn sống / Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            uptimeSeconds: number;
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incoming-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản đến của cơ quan / Incoming documents of my agency */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Comma-separated states */
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["IncomingDocument"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tiếp nhận văn bản giấy hoặc thư điện tử / Receive a paper or e-mailed document */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        channel: "paper" | "email";
                        /** @description YYYY-MM-DD */
                        issuedOn?: string;
                        numberSymbol: string;
                        pdfBase64?: string;
                        /** @enum {unknown} */
                        secrecy?: "normal" | "confidential" | "secret" | "top_secret";
                        senderCode?: string;
                        senderName: string;
                        signerName?: string;
                        subject: string;
                        /** @enum {unknown} */
                        urgency?: "normal" | "urgent" | "top_urgent" | "flash";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncomingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incoming-documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem văn bản đến (kèm kết quả kiểm tra chữ ký) / An incoming document with its signature check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncomingDocument"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incoming-documents/{id}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bản sao của văn bản đến / Copies made of an incoming document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                agencyId: string;
                                copiedByName: string;
                                /** Format: date-time */
                                createdAt: string;
                                excerpt: string | null;
                                file: {
                                    name: string;
                                    sha256: string;
                                    size: number;
                                };
                                /** @enum {unknown} */
                                form: "SY" | "SL" | "TS";
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                incomingId: string | null;
                                number: number;
                                numberSymbol: string;
                                /** Format: uuid */
                                outgoingId: string | null;
                                recipients: string[];
                                sourceNumberSymbol: string;
                                subject: string;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sao y, sao lục, trích sao văn bản đến (nhập lại mật khẩu) / Copy an incoming document (password again) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Phần trích sao */
                        excerpt?: string;
                        /**
                         * Hình thức sao
                         * @enum {unknown}
                         */
                        form: "SY" | "SL" | "TS";
                        /** Chứng thư số của cơ quan */
                        organisationCertificateId: string;
                        /** Mật khẩu */
                        password: string;
                        recipients?: string[];
                        /** Mã xác thực */
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            agencyId: string;
                            copiedByName: string;
                            /** Format: date-time */
                            createdAt: string;
                            excerpt: string | null;
                            file: {
                                name: string;
                                sha256: string;
                                size: number;
                            };
                            /** @enum {unknown} */
                            form: "SY" | "SL" | "TS";
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incomingId: string | null;
                            number: number;
                            numberSymbol: string;
                            /** Format: uuid */
                            outgoingId: string | null;
                            recipients: string[];
                            sourceNumberSymbol: string;
                            subject: string;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incoming-documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tải tệp văn bản đến / Download the incoming PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incoming-documents/{id}/present": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trình lãnh đạo (If-Match) / Present to a leader (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leaderName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncomingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incoming-documents/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vào sổ văn bản đến (cấp số đến, If-Match) / Register (incoming number, If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncomingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incoming-documents/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trả lại nơi gửi (If-Match) / Return to the sender (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Lý do */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncomingDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/national-portal/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các bản tin đồng bộ trạng thái hồ sơ lên Cổng DVC quốc gia / Dossier status messages for the national portal */
        get: {
            parameters: {
                query?: {
                    dossierCode?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                dossierCode: string;
                                id: number;
                                nationalStatus: number;
                                payload: {
                                    data: {
                                        MaCoQuan: string;
                                        MaHoSo: string;
                                        MaTTHC: string;
                                        NgayCapNhat: string;
                                        SoThuTuCapNhat: number;
                                        TenTrangThaiHoSo: string;
                                        TrangThaiDongBo: string;
                                        TrangThaiHoSo: string;
                                    }[];
                                    isUpdating: boolean;
                                    /** @enum {string} */
                                    service: "DongBoHoSoMC";
                                };
                                sequence: number;
                                target: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/local-sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hộp thư SMS cục bộ (môi trường phát triển) / Local SMS outbox (development) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                /** @enum {unknown} */
                                encoding: "gsm7" | "ucs2";
                                id: number;
                                messageKey: string;
                                segments: number;
                                text: string;
                                to: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký thông báo đã gửi (e-mail, SMS) / Log of notifications sent */
        get: {
            parameters: {
                query?: {
                    channel?: "email" | "sms";
                    limit?: number;
                    offset?: number;
                    subjectId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {unknown} */
                                channel: "email" | "sms";
                                /** Format: uuid */
                                id: string;
                                messageKey: string;
                                provider: string;
                                providerMessageId: string | null;
                                recipient: string;
                                /** Format: date-time */
                                sentAt: string;
                                subjectId: string | null;
                                subjectType: string | null;
                                template: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/officials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách cán bộ (trong phạm vi cơ quan) / Officials (agency-scoped) */
        get: {
            parameters: {
                query?: {
                    agencyId?: string;
                    limit?: number;
                    offset?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Official"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tạo tài khoản cán bộ / Create an official account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agencyId: string;
                        /** Format: uuid */
                        divisionId?: string;
                        /** Format: email */
                        email?: string;
                        fullName: string;
                        password: string;
                        phone?: string;
                        position?: string;
                        roles: string[];
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Official"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/officials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông tin cán bộ / One official */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Official"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa tài khoản cán bộ (cần If-Match) / Update an official (If-Match) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agencyId?: string;
                        /** Format: uuid */
                        divisionId?: string | null;
                        /** Format: email */
                        email?: string | null;
                        fullName?: string;
                        isActive?: boolean;
                        phone?: string | null;
                        position?: string | null;
                        roles?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Official"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/officials/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đổi / đặt lại mật khẩu / Change or reset a password */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword?: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách yêu cầu thanh toán phí, lệ phí / Fee payment requests */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    reference?: string;
                    status?: "requested" | "paid" | "expired" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                agencyId: string;
                                amount: number;
                                beneficiary: {
                                    accountName: string;
                                    accountNumber: string;
                                    bin: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** @enum {string} */
                                currency: "VND";
                                /** Format: date-time */
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    amount: number;
                                    code?: string;
                                    /** @enum {unknown} */
                                    kind: "fee" | "charge";
                                    name: string;
                                }[];
                                /** Format: date-time */
                                paidAt: string | null;
                                paymentCode: string;
                                providerTransactionId: string | null;
                                qrPayload: string;
                                receiptNumber: string | null;
                                reference: string;
                                /** @enum {unknown} */
                                status: "requested" | "paid" | "expired" | "cancelled";
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết yêu cầu thanh toán, mã VietQR, biên lai / A payment request, its VietQR code and receipt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            agencyId: string;
                            amount: number;
                            beneficiary: {
                                accountName: string;
                                accountNumber: string;
                                bin: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {string} */
                            currency: "VND";
                            /** Format: date-time */
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                amount: number;
                                code?: string;
                                /** @enum {unknown} */
                                kind: "fee" | "charge";
                                name: string;
                            }[];
                            /** Format: date-time */
                            paidAt: string | null;
                            paymentCode: string;
                            providerTransactionId: string | null;
                            qrPayload: string;
                            receiptNumber: string | null;
                            reference: string;
                            /** @enum {unknown} */
                            status: "requested" | "paid" | "expired" | "cancelled";
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cổng thanh toán báo đã nhận tiền (có chữ ký) / Signed payment notification from the gateway */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-payment-signature"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: number;
                        /** Format: date-time */
                        paidAt: string;
                        paymentCode: string;
                        transactionId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number;
                            /** Format: date-time */
                            paidAt: string;
                            /** Format: uuid */
                            paymentId: string;
                            receiptNumber: string;
                            reference: string;
                            /** @enum {string} */
                            status: "paid";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/simulator/{intentId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Giả lập thanh toán (chỉ môi trường phát triển) / Simulate a payment (development only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    intentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number;
                            /** Format: date-time */
                            paidAt: string;
                            /** Format: uuid */
                            paymentId: string;
                            receiptNumber: string;
                            reference: string;
                            /** @enum {string} */
                            status: "paid";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/ca": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chứng thư số của CA tỉnh (PEM) / The province CA certificates (PEM) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            issuing: string;
                            root: string;
                            tsa: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách chứng thư số / Certificates */
        get: {
            parameters: {
                query?: {
                    agencyId?: string;
                    holderOfficialId?: string;
                    kind?: "personal" | "organisation";
                    status?: "active" | "suspended" | "revoked";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết chứng thư số / A certificate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/certificates/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gia hạn chứng thư số (khóa mới) / Renew a certificate (new key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        validityMonths?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/certificates/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Khôi phục chứng thư số đang tạm dừng / Resume a suspended certificate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi chứng thư số / Revoke a certificate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        reason: "unspecified" | "keyCompromise" | "affiliationChanged" | "superseded" | "cessationOfOperation";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/certificates/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạm dừng chứng thư số / Suspend a certificate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/crl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách chứng thư số bị thu hồi (CRL) / Certificate revocation list */
        get: {
            parameters: {
                query?: {
                    format?: "der" | "pem";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/my-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chứng thư số tôi được dùng để ký / Certificates I may sign with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/ocsp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dịch vụ OCSP (RFC 6960) / OCSP responder */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách yêu cầu cấp chứng thư số / Certificate requests */
        get: {
            parameters: {
                query?: {
                    agencyId?: string;
                    status?: "pending" | "approved" | "rejected" | "issued";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CertificateRequest"][];
                    };
                };
            };
        };
        put?: never;
        /** Lập yêu cầu cấp chứng thư số / File a certificate request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agencyId?: string;
                        /** Format: email */
                        email?: string;
                        holderName: string;
                        /** Format: uuid */
                        holderOfficialId?: string;
                        holderTitle?: string;
                        /** @enum {unknown} */
                        kind: "personal" | "organisation";
                        /** @enum {unknown} */
                        medium: "usb_token" | "sim_pki";
                        note?: string;
                        validityMonths?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CertificateRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Phê duyệt hoặc từ chối yêu cầu / Approve or reject a request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CertificateRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/requests/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cấp chứng thư số theo yêu cầu đã duyệt / Issue the certificate of an approved request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Certificate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thống kê chứng thư số / Certificate statistics */
        get: {
            parameters: {
                query: {
                    agencyId?: string;
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: number;
                            activeByKind: {
                                organisation: number;
                                personal: number;
                            };
                            activeByMedium: {
                                sim_pki: number;
                                usb_token: number;
                            };
                            activePersonalByMedium: {
                                sim_pki: number;
                                usb_token: number;
                            };
                            /** Format: date-time */
                            asOf: string;
                            /** Format: date-time */
                            from: string;
                            issued: number;
                            revoked: number;
                            /** Format: date-time */
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/tsa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dịch vụ cấp dấu thời gian (RFC 3161) / Time-stamping authority */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pki/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kiểm tra chữ ký số trên tệp PDF / Verify the signatures of a PDF */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            indication: "PASSED" | "FAILED" | "INDETERMINATE";
                            reasons: {
                                code: string;
                                en: string;
                                vi: string;
                            }[];
                            signatures: {
                                claimedSigningTime: string | null;
                                coversWholeDocument: boolean;
                                fieldName: string | null;
                                hash: string | null;
                                /** @enum {unknown} */
                                indication: "PASSED" | "FAILED" | "INDETERMINATE";
                                level: string;
                                modifiedAfterSigning: boolean;
                                reasons: {
                                    code: string;
                                    en: string;
                                    vi: string;
                                }[];
                                serialNumber: string | null;
                                signerName: string | null;
                                signerSubject: string | null;
                                subIndication: string | null;
                                /** Format: date-time */
                                timestampTime: string | null;
                            }[];
                            /** Format: date-time */
                            validationTime: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/editor/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tin, bài của cơ quan, kể cả bản nháp / The agency’s posts, drafts included */
        get: {
            parameters: {
                query?: {
                    language?: "vi" | "km";
                    limit?: number;
                    offset?: number;
                    q?: string;
                    status?: "draft" | "published" | "unpublished";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                agencyId: string;
                                agencyName: string;
                                /** @enum {unknown} */
                                category: "news" | "announcement" | "culture" | "health" | "economy" | "administration";
                                /** Format: uuid */
                                id: string;
                                /** @enum {unknown} */
                                language: "vi" | "km";
                                /** Format: date-time */
                                publishedAt: string | null;
                                /** @enum {unknown} */
                                site: "province" | "component";
                                /** @enum {unknown} */
                                status: "draft" | "published" | "unpublished";
                                summary: string;
                                title: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Viết tin, bài mới (bản nháp) / Write a new post (draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agencyId?: string;
                        body: string;
                        /** @enum {unknown} */
                        category: "news" | "announcement" | "culture" | "health" | "economy" | "administration";
                        /** @enum {unknown} */
                        language: "vi" | "km";
                        /** @enum {unknown} */
                        site: "province" | "component";
                        summary?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalPost"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/editor/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một tin, bài để biên tập / One post for editing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalPost"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa tin, bài (cần If-Match) / Edit a post (If-Match) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body?: string;
                        /** @enum {unknown} */
                        category?: "news" | "announcement" | "culture" | "health" | "economy" | "administration";
                        /** @enum {unknown} */
                        language?: "vi" | "km";
                        /** @enum {unknown} */
                        site?: "province" | "component";
                        summary?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalPost"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/portal/editor/posts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng tin, bài lên cổng (cần If-Match) / Publish a post (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalPost"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/editor/posts/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gỡ tin, bài khỏi cổng (cần If-Match) / Take a post down (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalPost"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tin, bài đã đăng trên Cổng thông tin (tiếng Việt, tiếng Khmer) / Published portal news (Vietnamese, Khmer) */
        get: {
            parameters: {
                query?: {
                    agencyId?: string;
                    category?: "news" | "announcement" | "culture" | "health" | "economy" | "administration";
                    language?: "vi" | "km";
                    limit?: number;
                    offset?: number;
                    q?: string;
                    site?: "province" | "component";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                agencyId: string;
                                agencyName: string;
                                /** @enum {unknown} */
                                category: "news" | "announcement" | "culture" | "health" | "economy" | "administration";
                                /** Format: uuid */
                                id: string;
                                /** @enum {unknown} */
                                language: "vi" | "km";
                                /** Format: date-time */
                                publishedAt: string | null;
                                /** @enum {unknown} */
                                site: "province" | "component";
                                /** @enum {unknown} */
                                status: "draft" | "published" | "unpublished";
                                summary: string;
                                title: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đọc một tin, bài đã đăng / Read a published post */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalPost"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/posts/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số tin, bài đã đăng theo ngôn ngữ và kỳ / Published posts by language and period */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byLanguage: {
                                km: number;
                                vi: number;
                            };
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedure-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách lĩnh vực thủ tục / Procedure fields */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                nameEn: string | null;
                                procedureCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tra cứu thủ tục hành chính (không dấu cũng được) / Search administrative procedures */
        get: {
            parameters: {
                query?: {
                    agencyId?: string;
                    /** @description YYYY-MM-DD */
                    asOf?: string;
                    fieldId?: string;
                    implementingLevel?: "province" | "district" | "commune";
                    limit?: number;
                    offset?: number;
                    publishedNationally?: boolean;
                    /** @description Tìm theo tên hoặc mã thủ tục (không dấu cũng được) */
                    q?: string;
                    serviceLevel?: "1" | "2" | "3" | "4" | "full" | "partial";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencies: {
                                /** Format: uuid */
                                agencyId: string;
                                agencyName: string | null;
                                count: number;
                            }[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            asOf: string;
                            items: {
                                /** Format: uuid */
                                agencyId: string;
                                agencyName: string | null;
                                /** Format: uuid */
                                fieldId: string;
                                fieldName: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {unknown} */
                                implementingLevel: "province" | "district" | "commune";
                                name: string;
                                nationalCode: string;
                                onlineTimeLimit: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "working_days" | "calendar_days" | "working_hours";
                                } | null;
                                publishedNationally: boolean;
                                serviceLevel: {
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    effectiveFrom: string;
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    effectiveTo: string | null;
                                    /** @enum {unknown} */
                                    level: "1" | "2" | "3" | "4" | "full" | "partial";
                                    /** @enum {unknown} */
                                    scheme: "decree43" | "decree42";
                                } | null;
                                timeLimit: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "working_days" | "calendar_days" | "working_hours";
                                };
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                validFrom: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                validTo: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Thêm thủ tục vào danh mục / Add a procedure to the catalogue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agencyId: string;
                        components?: {
                            copies: number;
                            formSchema: {
                                properties: {
                                    [key: string]: {
                                        enum?: string[];
                                        /** @enum {unknown} */
                                        format?: "date";
                                        maximum?: number;
                                        maxLength?: number;
                                        minimum?: number;
                                        minLength?: number;
                                        pattern?: string;
                                        title: string;
                                        /** @enum {unknown} */
                                        type: "string" | "number" | "integer" | "boolean";
                                    };
                                };
                                required?: string[];
                                /** @enum {string} */
                                type: "object";
                            } | null;
                            key: string;
                            name: string;
                            originals: number;
                            required: boolean;
                            templateFileName: string | null;
                        }[];
                        conditions?: string | null;
                        fees?: {
                            amountVnd: number;
                            name: string;
                            note: string | null;
                        }[];
                        /** Format: uuid */
                        fieldId: string;
                        /** @enum {unknown} */
                        implementingLevel: "province" | "district" | "commune";
                        legalBasis: string;
                        name: string;
                        /** @description Mã TTHC quốc gia, vd. 1.000948 */
                        nationalCode: string;
                        onlineTimeLimit?: {
                            amount: number;
                            /** @enum {unknown} */
                            unit: "working_days" | "calendar_days" | "working_hours";
                        } | null;
                        publishedNationally?: boolean;
                        resultName: string;
                        /** @enum {unknown} */
                        resultType: "licence" | "certificate" | "registration" | "decision" | "attestation" | "written_reply" | "other";
                        serviceLevel: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            effectiveFrom: string;
                            /** @enum {unknown} */
                            level: "1" | "2" | "3" | "4" | "full" | "partial";
                            /** @enum {unknown} */
                            scheme: "decree43" | "decree42";
                        };
                        steps?: {
                            /** Format: uuid */
                            agencyId?: string;
                            hours: number;
                            key: string;
                            name: string;
                            /** @enum {unknown} */
                            role: "specialist" | "leader";
                        }[];
                        timeLimit: {
                            amount: number;
                            /** @enum {unknown} */
                            unit: "working_days" | "calendar_days" | "working_hours";
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Procedure"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa thủ tục (cần If-Match) / Update a procedure (If-Match) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agencyId?: string;
                        components?: {
                            copies: number;
                            formSchema: {
                                properties: {
                                    [key: string]: {
                                        enum?: string[];
                                        /** @enum {unknown} */
                                        format?: "date";
                                        maximum?: number;
                                        maxLength?: number;
                                        minimum?: number;
                                        minLength?: number;
                                        pattern?: string;
                                        title: string;
                                        /** @enum {unknown} */
                                        type: "string" | "number" | "integer" | "boolean";
                                    };
                                };
                                required?: string[];
                                /** @enum {string} */
                                type: "object";
                            } | null;
                            key: string;
                            name: string;
                            originals: number;
                            required: boolean;
                            templateFileName: string | null;
                        }[];
                        conditions?: string | null;
                        fees?: {
                            amountVnd: number;
                            name: string;
                            note: string | null;
                        }[];
                        /** Format: uuid */
                        fieldId?: string;
                        /** @enum {unknown} */
                        implementingLevel?: "province" | "district" | "commune";
                        legalBasis?: string;
                        name?: string;
                        onlineTimeLimit?: {
                            amount: number;
                            /** @enum {unknown} */
                            unit: "working_days" | "calendar_days" | "working_hours";
                        } | null;
                        publishedNationally?: boolean;
                        resultName?: string;
                        /** @enum {unknown} */
                        resultType?: "licence" | "certificate" | "registration" | "decision" | "attestation" | "written_reply" | "other";
                        steps?: {
                            /** Format: uuid */
                            agencyId?: string;
                            hours: number;
                            key: string;
                            name: string;
                            /** @enum {unknown} */
                            role: "specialist" | "leader";
                        }[];
                        timeLimit?: {
                            amount: number;
                            /** @enum {unknown} */
                            unit: "working_days" | "calendar_days" | "working_hours";
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Procedure"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/procedures/{id}/form-validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kiểm tra tờ khai điện tử trước khi nộp / Check e-form answers before filing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: {
                                message: string;
                                messageEn: string;
                                path: string;
                            }[];
                            valid: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bãi bỏ thủ tục từ sau một ngày (cần If-Match) / Retire a procedure (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validTo: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Procedure"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/service-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Đặt mức độ dịch vụ công trực tuyến từ một ngày (cần If-Match) / Set the online service level from a date (If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        effectiveFrom: string;
                        /** @enum {unknown} */
                        level: "1" | "2" | "3" | "4" | "full" | "partial";
                        /** @enum {unknown} */
                        scheme: "decree43" | "decree42";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Procedure"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{idOrCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết thủ tục: hồ sơ, phí, thời hạn, mức độ / One procedure: components, fees, time limit, level */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description UUID hoặc mã TTHC quốc gia */
                    idOrCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Procedure"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Số dịch vụ công theo mức độ và công khai trên Cổng DVC quốc gia / Services by online level */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            asOf: string;
                            byLevel: {
                                count: number;
                                level: ("1" | "2" | "3" | "4" | "full" | "partial") | (never | null);
                                publishedNationally: number;
                                scheme: ("decree43" | "decree42") | (never | null);
                            }[];
                            publishedNationally: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sẵn sàng phục vụ (kết nối cơ sở dữ liệu) / Readiness (database reachable) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reason: string;
                            /** @enum {string} */
                            status: "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vai trò và quyền của nền tảng / Roles and their permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                nameEn: string;
                                nameVi: string;
                                permissions: string[];
                                requiresSecondFactor: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Agency: {
            abbreviation: string;
            adminUnitCode: string | null;
            childCount: number;
            code: string;
            /** Format: uuid */
            id: string;
            /** @enum {unknown} */
            kind: "people_committee" | "people_council" | "committee_office" | "department" | "party" | "mass_organisation" | "public_service_unit" | "division";
            /** @enum {unknown} */
            level: "province" | "district" | "commune";
            name: string;
            nameEn: string | null;
            onPrivateNetwork: boolean;
            /** Format: uuid */
            parentId: string | null;
            sector: "state" | "party";
            usesDocumentManagement: boolean;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string | null;
            version: number;
        };
        CalendarYear: {
            basis: string | null;
            /** Format: date-time */
            confirmedAt: string | null;
            confirmedByName: string | null;
            confirmedVersion: number | null;
            daysOff: {
                /** @description YYYY-MM-DD */
                date: string;
                kind: "holiday" | "compensatory" | "swap";
                reason: string;
            }[];
            extraWorkingDays: {
                /** @description YYYY-MM-DD */
                date: string;
                reason: string;
                /** @description YYYY-MM-DD */
                swapsFor: string | null;
            }[];
            pendingChanges: boolean;
            source: string;
            status: "draft" | "confirmed";
            version: number;
            year: number;
        };
        Certificate: {
            agencyId: string;
            agencyName: string;
            certificatePem: string;
            holderName: string;
            holderOfficialId: string | null;
            holderTitle: string | null;
            id: string;
            /** Format: date-time */
            issuedAt: string;
            issuedByName: string;
            issuer: string;
            /** @enum {unknown} */
            kind: "personal" | "organisation";
            /** @enum {unknown} */
            medium: "usb_token" | "sim_pki";
            /** Format: date-time */
            notAfter: string;
            /** Format: date-time */
            notBefore: string;
            renewedFromId: string | null;
            revocationReason: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            serialNumber: string;
            /** @enum {unknown} */
            status: "active" | "suspended" | "revoked";
            subject: string;
            /** Format: date-time */
            suspendedAt: string | null;
        };
        CertificateRequest: {
            agencyId: string;
            certificateId: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            decidedByName: string | null;
            decisionNote: string | null;
            holderName: string;
            holderOfficialId: string | null;
            holderTitle: string | null;
            id: string;
            /** @enum {unknown} */
            kind: "personal" | "organisation";
            /** @enum {unknown} */
            medium: "usb_token" | "sim_pki";
            renewalOfId: string | null;
            /** Format: date-time */
            requestedAt: string;
            requestedByName: string;
            /** @enum {unknown} */
            status: "pending" | "approved" | "rejected" | "issued";
            validityMonths: number;
        };
        Dossier: {
            agencyCode: string;
            agencyId: string;
            agencyNames: {
                [key: string]: string;
            };
            answers: {
                [key: string]: unknown;
            };
            apology: {
                /** Format: date-time */
                at: string;
                inTime: boolean;
                /** Format: date-time */
                newDueAt: string;
                reason: string;
            } | null;
            apologyRequired: boolean;
            applicant: {
                address: string | null;
                communeCode: string | null;
                email: string | null;
                name: string;
                phone: string | null;
            };
            attachments: {
                componentKey: string | null;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                sha256: string;
                size: number;
                /** Format: date-time */
                uploadedAt: string;
            }[];
            availableActions: components["schemas"]["DossierAvailableAction"][];
            /** @enum {unknown} */
            channel: "direct" | "online" | "postal";
            citizenId: string | null;
            code: string;
            components: {
                key: string;
                name: string;
                required: boolean;
            }[];
            currentStep: {
                agencyId: string;
                /** Format: date-time */
                dueAt: string | null;
                index: number;
                key: string;
                name: string;
                role: string;
            } | null;
            declaration: {
                componentKey: string | null;
                componentName: string;
                fields: {
                    key: string;
                    label: string;
                    value: string;
                }[];
            }[];
            /** Format: date-time */
            dueAt: string | null;
            dueAtText: string | null;
            events: {
                action: string;
                actorAgencyId: string | null;
                actorKind: string;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                fromState: string | null;
                nextStepAgencyId: string | null;
                nextStepKey: string | null;
                note: string | null;
                seq: number;
                /** Format: date-time */
                stepDueAt: string | null;
                stepKey: string | null;
                stepResult: string | null;
                toState: string;
            }[];
            /** Format: date-time */
            expectedDueAt: string | null;
            fees: {
                amount: number;
                name: string;
            }[];
            /** Format: date-time */
            finishedAt: string | null;
            fullyOnline: boolean;
            /** Format: uuid */
            id: string;
            nationalStatus: number;
            /** Format: date-time */
            pausedAt: string | null;
            paymentRequest: {
                amount: number;
                paymentCode: string;
                paymentId: string;
                qrPayload: string;
                requestedAt: string;
            } | null;
            payments: {
                amount: number;
                paidAt: string;
                paymentId: string;
                receiptNumber: string;
            }[];
            procedure: {
                id: string;
                name: string;
                nationalCode: string;
                serviceLevel: number | null;
            };
            rating: number | null;
            /** Format: date-time */
            receivedAt: string | null;
            resultDelivery: ("online" | "paper") | (never | null);
            /** Format: date-time */
            returnedAt: string | null;
            /** @enum {unknown} */
            state: "submitted" | "accepted" | "refused" | "processing" | "supplement_requested" | "payment_requested" | "withdrawn" | "stopped" | "processed" | "returned";
            stateName: string;
            stateNameEn: string;
            steps: {
                agencyId: string | null;
                hours: number;
                key: string;
                name: string;
                /** @enum {unknown} */
                role: "specialist" | "leader";
            }[];
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            supplementDueAt: string | null;
            version: number;
        };
        DossierAvailableAction: {
            /** @enum {unknown} */
            action: "accept" | "refuse" | "forward" | "request_supplement" | "resubmit" | "request_payment" | "payment_received" | "process" | "approve" | "send_back" | "stop" | "return" | "withdraw" | "apologise";
            name: string;
            nameEn: string;
            next: {
                agencyId: string;
                agencyName: string;
                /** @enum {unknown} */
                holder: "one_stop" | "specialist" | "leader" | "applicant";
                /** @enum {unknown} */
                state: "submitted" | "accepted" | "refused" | "processing" | "supplement_requested" | "payment_requested" | "withdrawn" | "stopped" | "processed" | "returned";
                stateName: string;
                step: {
                    key: string;
                    name: string;
                } | null;
            };
            noteRequired: boolean;
        };
        DossierDraft: {
            applicant: {
                address: string;
                communeCode: string;
                email: string;
                name: string;
                phone: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            files: {
                componentKey: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                size: number;
                /** Format: date-time */
                uploadedAt: string;
            }[];
            /** Format: uuid */
            id: string;
            idempotencyKey: string;
            procedureCode: string;
            procedureId: string;
            procedureName: string;
            step: string | null;
            /** Format: date-time */
            updatedAt: string;
            values: {
                [key: string]: string;
            };
            version: number;
        };
        IncomingDocument: {
            /** Format: uuid */
            agencyId: string;
            allowedActions: string[];
            /** Format: date-time */
            cancelledAt: string | null;
            /** @enum {unknown} */
            channel: "platform" | "edxml_file" | "paper" | "email";
            /** Format: date-time */
            dueAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            hasFile: boolean;
            /** Format: uuid */
            id: string;
            incomingNumber: number | null;
            issuedOn: string | null;
            numberSymbol: string;
            recallReason: string | null;
            /** Format: date-time */
            recallRequestedAt: string | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            registerBy: string | null;
            /** Format: date-time */
            registeredAt: string | null;
            returnReason: string | null;
            /** @enum {unknown} */
            secrecy: "normal" | "confidential" | "secret" | "top_secret";
            senderCode: string | null;
            senderName: string;
            signatureReasons: string[];
            signatureResult: string | null;
            signerName: string | null;
            status: string;
            subject: string;
            typeCode: string | null;
            /** @enum {unknown} */
            urgency: "normal" | "urgent" | "top_urgent" | "flash";
            version: number;
        };
        Me: {
            agency?: {
                abbreviation: string;
                code: string;
                id: string;
                name: string;
            };
            fullName: string;
            id: string;
            kind: "official" | "citizen";
            permissions: string[];
            position?: string;
            roles: string[];
            /** Format: date-time */
            sessionExpiresAt: string;
            username?: string;
        };
        Official: {
            /** Format: uuid */
            agencyId: string;
            agencyName: string;
            /** Format: uuid */
            divisionId: string | null;
            email: string | null;
            fullName: string;
            hasSecondFactor: boolean;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            phone: string | null;
            position: string | null;
            roles: string[];
            username: string;
            version: number;
        };
        OutgoingDocument: {
            /** Format: uuid */
            agencyId: string;
            allowedActions: string[];
            content: string | null;
            /** Format: uuid */
            correctsId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdByName: string;
            draftingUnit: string | null;
            file: {
                name: string;
                sha256: string;
                size: number;
            } | null;
            /** Format: uuid */
            id: string;
            isLegal: boolean;
            /** Format: date-time */
            issueBy: string | null;
            /** Format: date-time */
            issuedAt: string | null;
            /** @enum {unknown} */
            kind: "administrative" | "official_letter" | "legal" | "party";
            number: number | null;
            numberSymbol: string | null;
            /** Format: date-time */
            recalledAt: string | null;
            recallReason: string | null;
            recipients: {
                /** Format: uuid */
                agencyId?: string | null;
                code?: string | null;
                forInformation?: boolean;
                name: string;
            }[];
            /** Format: uuid */
            replacesId: string | null;
            /** @enum {unknown} */
            secrecy: "normal" | "confidential" | "secret" | "top_secret";
            signatures: {
                certificateId: string;
                /** @enum {unknown} */
                kind: "personal" | "organisation";
                signedAt: string;
                signerName: string;
                signMode?: string | null;
            }[];
            /** Format: date-time */
            signedAt: string | null;
            signerName: string | null;
            signerPosition: string | null;
            signMode: string | null;
            status: string;
            subject: string;
            typeCode: string | null;
            typeName: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {unknown} */
            urgency: "normal" | "urgent" | "top_urgent" | "flash";
            version: number;
            year: number | null;
        };
        PortalPost: {
            /** Format: uuid */
            agencyId: string;
            agencyName: string;
            body: string;
            /** @enum {unknown} */
            category: "news" | "announcement" | "culture" | "health" | "economy" | "administration";
            /** Format: uuid */
            id: string;
            /** @enum {unknown} */
            language: "vi" | "km";
            /** Format: date-time */
            publishedAt: string | null;
            /** @enum {unknown} */
            site: "province" | "component";
            /** @enum {unknown} */
            status: "draft" | "published" | "unpublished";
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Problem: {
            code: string;
            detail?: string;
            detailEn?: string;
            errors?: {
                /** @description The field inside its part, dotted: recipients.0.agencyId */
                field: string;
                /** @description Vietnamese */
                message: string;
                /** @description English */
                messageEn: string;
                /** @description JSON pointer into the request: /body/draftingUnit */
                path: string;
            }[];
            instance?: string;
            requestId: string;
            status: number;
            title: string;
            titleEn: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        Procedure: {
            /** Format: uuid */
            agencyId: string;
            agencyName: string | null;
            components: {
                copies: number;
                formSchema: {
                    properties: {
                        [key: string]: {
                            enum?: string[];
                            /** @enum {unknown} */
                            format?: "date";
                            maximum?: number;
                            maxLength?: number;
                            minimum?: number;
                            minLength?: number;
                            pattern?: string;
                            title: string;
                            /** @enum {unknown} */
                            type: "string" | "number" | "integer" | "boolean";
                        };
                    };
                    required?: string[];
                    /** @enum {string} */
                    type: "object";
                } | null;
                /** Format: uuid */
                id: string;
                key: string;
                name: string;
                originals: number;
                required: boolean;
                templateFileName: string | null;
            }[];
            conditions: string | null;
            fees: {
                amountVnd: number;
                name: string;
                note: string | null;
            }[];
            /** Format: uuid */
            fieldId: string;
            fieldName: string;
            /** Format: uuid */
            id: string;
            /** @enum {unknown} */
            implementingLevel: "province" | "district" | "commune";
            legalBasis: string;
            name: string;
            nationalCode: string;
            oneStopSection: string | null;
            onlineTimeLimit: {
                amount: number;
                /** @enum {unknown} */
                unit: "working_days" | "calendar_days" | "working_hours";
            } | null;
            publishedNationally: boolean;
            resultName: string;
            /** @enum {unknown} */
            resultType: "licence" | "certificate" | "registration" | "decision" | "attestation" | "written_reply" | "other";
            serviceLevel: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                effectiveFrom: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                effectiveTo: string | null;
                /** @enum {unknown} */
                level: "1" | "2" | "3" | "4" | "full" | "partial";
                /** @enum {unknown} */
                scheme: "decree43" | "decree42";
            } | null;
            serviceLevelHistory: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                effectiveFrom: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                effectiveTo: string | null;
                /** @enum {unknown} */
                level: "1" | "2" | "3" | "4" | "full" | "partial";
                /** @enum {unknown} */
                scheme: "decree43" | "decree42";
            }[];
            steps: {
                /** Format: uuid */
                agencyId?: string;
                hours: number;
                key: string;
                name: string;
                /** @enum {unknown} */
                role: "specialist" | "leader";
            }[];
            timeLimit: {
                amount: number;
                /** @enum {unknown} */
                unit: "working_days" | "calendar_days" | "working_hours";
            };
            totalFeeVnd: number;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            validFrom: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            validTo: string | null;
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
