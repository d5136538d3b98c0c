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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
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
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: {
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
                            notes: {
                                en: string;
                                vi: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
        /** Công dân đăng ký tài khoản / Citizen registration */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string | null;
                            fullName: string;
                            /** Format: uuid */
                            id: string;
                            personalId: string;
                            phone: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                        roles: ("system_admin" | "agency_admin" | "one_stop_officer" | "specialist" | "leader" | "clerk" | "certificate_officer" | "auditor")[];
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                        roles?: ("system_admin" | "agency_admin" | "one_stop_officer" | "specialist" | "leader" | "clerk" | "certificate_officer" | "auditor")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            detailEn?: string;
                            errors?: {
                                message: string;
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
