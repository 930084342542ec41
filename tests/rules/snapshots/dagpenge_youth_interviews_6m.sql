WITH "t15" AS (
  SELECT
    "t14"."person_id",
    "t14"."benefit",
    "t14"."start_date",
    "t14"."target_group",
    "t14"."early_followup_request_date",
    "t14"."education_order",
    "t14"."_rid",
    "t14"."_end",
    "t14"."_acc",
    "t14"."_switch",
    "t14"."_run",
    "t14"."_new",
    MAX(CASE WHEN "t14"."_new" = 1 THEN "t14"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t14"."person_id"
      ORDER BY "t14"."start_date" ASC, "t14"."benefit" ASC, "t14"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t13"."person_id",
      "t13"."benefit",
      "t13"."start_date",
      "t13"."target_group",
      "t13"."early_followup_request_date",
      "t13"."education_order",
      "t13"."_rid",
      "t13"."_end",
      "t13"."_acc",
      "t13"."_switch",
      "t13"."_run",
      CASE
        WHEN (
          "t13"."_switch" = 1
        )
        OR (
          (
            MAX("t13"."_end") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t13"."_end") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t13"."start_date" > CAST(CAST(MAX("t13"."_end") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t13"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t13"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t13"."_end") OVER (
                    PARTITION BY "t13"."person_id", "t13"."_run"
                    ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t13"."_end") OVER (
                    PARTITION BY "t13"."person_id", "t13"."_run"
                    ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t13"."_end") OVER (
                      PARTITION BY "t13"."person_id", "t13"."_run"
                      ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  )
                ) AS TIMESTAMP) AS DATE)
              )
            )
          )
        )
        OR COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t13"."target_group") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || CASE
              WHEN "t13"."target_group" IS NULL
              THEN NULL
              ELSE CONCAT('>', "t13"."target_group")
            END
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t12"."person_id",
        "t12"."benefit",
        "t12"."start_date",
        "t12"."target_group",
        "t12"."early_followup_request_date",
        "t12"."education_order",
        "t12"."_rid",
        "t12"."_end",
        "t12"."_acc",
        "t12"."_switch",
        SUM("t12"."_switch") OVER (
          PARTITION BY "t12"."person_id"
          ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t11"."person_id",
          "t11"."benefit",
          "t11"."start_date",
          "t11"."target_group",
          "t11"."early_followup_request_date",
          "t11"."education_order",
          "t11"."_rid",
          "t11"."_end",
          "t11"."_acc",
          CASE
            WHEN LAG("t11"."benefit") OVER (
              PARTITION BY "t11"."person_id"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t11"."benefit") OVER (
              PARTITION BY "t11"."person_id"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t11"."benefit"
            THEN 1
            ELSE 0
          END AS "_switch"
        FROM (
          SELECT
            "t2"."person_id",
            "t2"."benefit",
            "t2"."start_date",
            "t2"."target_group",
            "t2"."early_followup_request_date",
            "t2"."education_order",
            "t2"."rowid" AS "_rid",
            CASE
              WHEN (
                "t2"."end_date" IS NULL
              ) OR (
                "t2"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t2"."end_date"
            END AS "_end",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t2"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['dagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t2"."benefit"
              ),
              FALSE
            ) AS "_acc"
          FROM "benefit_periods" AS "t2"
          WHERE
            "t2"."start_date" <= CAST($as_of AS DATE)
        ) AS "t11"
      ) AS "t12"
    ) AS "t13"
  ) AS "t14"
), "t17" AS (
  SELECT
    *
  FROM "t15" AS "t16"
  WHERE
    "t16"."_acc"
), "t21" AS (
  SELECT
    "t19"."person_id",
    "t19"."benefit",
    MIN("t19"."start_date") AS "c1"
  FROM "t17" AS "t19"
  GROUP BY
    1,
    2
), "t30" AS (
  SELECT
    "t29"."person_id",
    "t29"."benefit",
    "t29"."c1",
    "t29"."c2"
  FROM (
    SELECT
      "t23"."person_id",
      "t23"."benefit",
      "t23"."c1",
      "t28"."person_id" AS "person_id_right",
      "t28"."benefit" AS "benefit_right",
      "t28"."c2"
    FROM "t21" AS "t23"
    LEFT OUTER JOIN (
      SELECT
        "t26"."person_id",
        "t26"."benefit",
        MIN("t26"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t20"."person_id",
            "t20"."benefit",
            "t20"."start_date",
            "t20"."target_group",
            "t20"."early_followup_request_date",
            "t20"."education_order",
            "t20"."_rid",
            "t20"."_end",
            "t20"."_acc",
            "t20"."_switch",
            "t20"."_run",
            "t20"."_new",
            "t20"."_spell_start",
            "t24"."c1"
          FROM "t17" AS "t20"
          INNER JOIN "t21" AS "t24"
            ON "t20"."person_id" = "t24"."person_id" AND "t20"."benefit" = "t24"."benefit"
        ) AS "t25"
        WHERE
          "t25"."start_date" >= CAST(CAST("t25"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t25"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t26"
      GROUP BY
        1,
        2
    ) AS "t28"
      ON "t23"."person_id" = "t28"."person_id" AND "t23"."benefit" = "t28"."benefit"
  ) AS "t29"
), "t39" AS (
  SELECT
    "t38"."person_id",
    "t38"."benefit",
    "t38"."c1",
    "t38"."c2",
    "t38"."c3"
  FROM (
    SELECT
      "t32"."person_id",
      "t32"."benefit",
      "t32"."c1",
      "t32"."c2",
      "t37"."person_id" AS "person_id_right",
      "t37"."benefit" AS "benefit_right",
      "t37"."c3"
    FROM "t30" AS "t32"
    LEFT OUTER JOIN (
      SELECT
        "t35"."person_id",
        "t35"."benefit",
        MIN("t35"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t20"."person_id",
            "t20"."benefit",
            "t20"."start_date",
            "t20"."target_group",
            "t20"."early_followup_request_date",
            "t20"."education_order",
            "t20"."_rid",
            "t20"."_end",
            "t20"."_acc",
            "t20"."_switch",
            "t20"."_run",
            "t20"."_new",
            "t20"."_spell_start",
            "t33"."c1",
            "t33"."c2"
          FROM "t17" AS "t20"
          INNER JOIN "t30" AS "t33"
            ON "t20"."person_id" = "t33"."person_id" AND "t20"."benefit" = "t33"."benefit"
        ) AS "t34"
        WHERE
          "t34"."start_date" >= CAST(CAST("t34"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t34"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t35"
      GROUP BY
        1,
        2
    ) AS "t37"
      ON "t32"."person_id" = "t37"."person_id" AND "t32"."benefit" = "t37"."benefit"
  ) AS "t38"
), "t62" AS (
  SELECT
    *
  FROM (
    SELECT
      "t16"."person_id",
      "t16"."benefit",
      "t16"."start_date",
      "t16"."_end",
      "t16"."_spell_start" AS "_key",
      "t16"."_acc",
      "t16"."_rid",
      "t16"."early_followup_request_date",
      "t16"."education_order"
    FROM "t15" AS "t16"
    WHERE
      NOT (
        "t16"."_acc"
      )
  ) AS "t18"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t60"."person_id",
      "t60"."benefit",
      "t60"."start_date",
      "t60"."_end",
      "t60"."_key",
      "t60"."_acc",
      "t60"."_rid",
      "t60"."early_followup_request_date",
      "t60"."education_order"
    FROM (
      SELECT
        "t59".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t58"."person_id",
          "t58"."benefit",
          "t58"."start_date",
          "t58"."target_group",
          "t58"."early_followup_request_date",
          "t58"."education_order",
          "t58"."_rid",
          "t58"."_end",
          "t58"."_acc",
          "t58"."_switch",
          "t58"."_run",
          "t58"."_new",
          "t58"."_spell_start",
          "t58"."c1",
          "t58"."c2",
          "t58"."c3",
          "t58"."c4",
          "t58"."c5",
          GREATEST(
            CASE
              WHEN "t58"."c1" <= "t58"."start_date"
              THEN "t58"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t58"."c2" <= "t58"."start_date"
              THEN "t58"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t58"."c3" <= "t58"."start_date"
              THEN "t58"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t58"."c4" <= "t58"."start_date"
              THEN "t58"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t58"."c5" <= "t58"."start_date"
              THEN "t58"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t20"."person_id",
            "t20"."benefit",
            "t20"."start_date",
            "t20"."target_group",
            "t20"."early_followup_request_date",
            "t20"."education_order",
            "t20"."_rid",
            "t20"."_end",
            "t20"."_acc",
            "t20"."_switch",
            "t20"."_run",
            "t20"."_new",
            "t20"."_spell_start",
            "t57"."c1",
            "t57"."c2",
            "t57"."c3",
            "t57"."c4",
            "t57"."c5"
          FROM "t17" AS "t20"
          INNER JOIN (
            SELECT
              "t55".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t49"."person_id",
                "t49"."benefit",
                "t49"."c1",
                "t49"."c2",
                "t49"."c3",
                "t49"."c4",
                "t54"."person_id" AS "person_id_right",
                "t54"."benefit" AS "benefit_right",
                "t54"."c5"
              FROM (
                SELECT
                  "t47".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t41"."person_id",
                    "t41"."benefit",
                    "t41"."c1",
                    "t41"."c2",
                    "t41"."c3",
                    "t46"."person_id" AS "person_id_right",
                    "t46"."benefit" AS "benefit_right",
                    "t46"."c4"
                  FROM "t39" AS "t41"
                  LEFT OUTER JOIN (
                    SELECT
                      "t44"."person_id",
                      "t44"."benefit",
                      MIN("t44"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t20"."person_id",
                          "t20"."benefit",
                          "t20"."start_date",
                          "t20"."target_group",
                          "t20"."early_followup_request_date",
                          "t20"."education_order",
                          "t20"."_rid",
                          "t20"."_end",
                          "t20"."_acc",
                          "t20"."_switch",
                          "t20"."_run",
                          "t20"."_new",
                          "t20"."_spell_start",
                          "t42"."c1",
                          "t42"."c2",
                          "t42"."c3"
                        FROM "t17" AS "t20"
                        INNER JOIN "t39" AS "t42"
                          ON "t20"."person_id" = "t42"."person_id" AND "t20"."benefit" = "t42"."benefit"
                      ) AS "t43"
                      WHERE
                        "t43"."start_date" >= CAST(CAST("t43"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t43"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t44"
                    GROUP BY
                      1,
                      2
                  ) AS "t46"
                    ON "t41"."person_id" = "t46"."person_id" AND "t41"."benefit" = "t46"."benefit"
                ) AS "t47"
              ) AS "t49"
              LEFT OUTER JOIN (
                SELECT
                  "t52"."person_id",
                  "t52"."benefit",
                  MIN("t52"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t20"."person_id",
                      "t20"."benefit",
                      "t20"."start_date",
                      "t20"."target_group",
                      "t20"."early_followup_request_date",
                      "t20"."education_order",
                      "t20"."_rid",
                      "t20"."_end",
                      "t20"."_acc",
                      "t20"."_switch",
                      "t20"."_run",
                      "t20"."_new",
                      "t20"."_spell_start",
                      "t50"."c1",
                      "t50"."c2",
                      "t50"."c3",
                      "t50"."c4"
                    FROM "t17" AS "t20"
                    INNER JOIN (
                      SELECT
                        "t47".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t41"."person_id",
                          "t41"."benefit",
                          "t41"."c1",
                          "t41"."c2",
                          "t41"."c3",
                          "t46"."person_id" AS "person_id_right",
                          "t46"."benefit" AS "benefit_right",
                          "t46"."c4"
                        FROM "t39" AS "t41"
                        LEFT OUTER JOIN (
                          SELECT
                            "t44"."person_id",
                            "t44"."benefit",
                            MIN("t44"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t20"."person_id",
                                "t20"."benefit",
                                "t20"."start_date",
                                "t20"."target_group",
                                "t20"."early_followup_request_date",
                                "t20"."education_order",
                                "t20"."_rid",
                                "t20"."_end",
                                "t20"."_acc",
                                "t20"."_switch",
                                "t20"."_run",
                                "t20"."_new",
                                "t20"."_spell_start",
                                "t42"."c1",
                                "t42"."c2",
                                "t42"."c3"
                              FROM "t17" AS "t20"
                              INNER JOIN "t39" AS "t42"
                                ON "t20"."person_id" = "t42"."person_id" AND "t20"."benefit" = "t42"."benefit"
                            ) AS "t43"
                            WHERE
                              "t43"."start_date" >= CAST(CAST("t43"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t43"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t44"
                          GROUP BY
                            1,
                            2
                        ) AS "t46"
                          ON "t41"."person_id" = "t46"."person_id" AND "t41"."benefit" = "t46"."benefit"
                      ) AS "t47"
                    ) AS "t50"
                      ON "t20"."person_id" = "t50"."person_id" AND "t20"."benefit" = "t50"."benefit"
                  ) AS "t51"
                  WHERE
                    "t51"."start_date" >= CAST(CAST("t51"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t51"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t52"
                GROUP BY
                  1,
                  2
              ) AS "t54"
                ON "t49"."person_id" = "t54"."person_id" AND "t49"."benefit" = "t54"."benefit"
            ) AS "t55"
          ) AS "t57"
            ON "t20"."person_id" = "t57"."person_id" AND "t20"."benefit" = "t57"."benefit"
        ) AS "t58"
      ) AS "t59"
    ) AS "t60"
  ) AS "t61"
)
SELECT
  "t112"."person_id",
  "t112"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_youth_interviews_6m' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t112"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t112"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 1, 3. pkt. (LBK nr. 280 af 1.3.2024; lov nr. 727 af 13.6.2023)'
    WHEN "t112"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022) – alle dagpengemodtagere i jobcentrets kontaktforløb'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t112"."window_start",
  CASE
    WHEN COALESCE("t112"."is_applicable", FALSE)
    THEN "t112"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t112"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t112"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t112"."fulfilled_date" <= "t112"."due_date"
    )
    THEN 'met'
    WHEN "t112"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t112"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t112"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t112"."is_applicable", FALSE)
    THEN "t112"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t112"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t112"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t112"."fulfilled_date" > "t112"."due_date"
    )
    THEN DATE_DIFF('DAY', "t112"."due_date", "t112"."fulfilled_date")
    WHEN NOT (
      "t112"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t112"."is_exempt", FALSE)
    )
    AND (
      "t112"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t112"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t112"."is_applicable", FALSE)
              THEN "t112"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t112"."window_start"
          ) >= MAKE_DATE(2027, 1, 1)
          THEN [
            'dagpenge_akasse_first_interview',
            'dagpenge_akasse_interviews_3m',
            'dagpenge_interviews_6m',
            'dagpenge_plan_at_first_akasse_interview',
            'first_interview',
            'interviews_6m',
            'offer_6m',
            'plan_before_offer',
            'sick_first_followup',
            'sick_followups',
            'sick_reassessment'
          ]
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t112"."is_applicable", FALSE)
              THEN "t112"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t112"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_youth_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t112"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t111"."person_id",
    "t111"."benefit",
    "t111"."start_date",
    "t111"."end_date",
    "t111"."first_contact_date",
    "t111"."target_group",
    "t111"."first_absence_date",
    "t111"."sickness_category",
    "t111"."employed",
    "t111"."handover_date",
    "t111"."expected_absence_weeks",
    "t111"."work_obligation",
    "t111"."municipality",
    "t111"."early_followup_request_date",
    "t111"."education_order",
    "t111"."periods",
    "t111"."window_start",
    "t111"."required",
    "t111"."required_joint",
    "t111"."in_force",
    "t111"."_end_unconfirmed",
    "t111"."due0",
    "t111"."exempt_days",
    "t111"."exempt_now",
    "t111"."exemption_note",
    "t111"."due_date",
    "t111"."nth_date",
    "t111"."counted",
    "t111"."in_window",
    "t111"."listed",
    "t111"."nth_date" AS "fulfilled_date",
    "t111"."in_force"
    AND NOT (
      (
        "t111"."end_date" IS NOT NULL
      )
      AND (
        "t111"."end_date" < "t111"."due_date"
      )
      AND (
        "t111"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t111"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t111"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t111"."end_date" IS NOT NULL
        )
        AND (
          "t111"."end_date" < "t111"."due_date"
        )
        AND (
          "t111"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t111"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t111"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t111"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t111"."listed" IS NOT NULL
          THEN CASE WHEN "t111"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t111"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t111"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t111"."end_date" AS TEXT))
        END
        WHEN "t111"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t111"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t111"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t111"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t111"."listed" IS NOT NULL
          THEN CASE WHEN "t111"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t111"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t111"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t111"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t111"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t111"."listed" IS NOT NULL
          THEN CASE WHEN "t111"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t111"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t111"."end_date" IS NOT NULL
        )
        AND (
          "t111"."end_date" < "t111"."due_date"
        )
        AND (
          "t111"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t111"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t111"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t111"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t111"."listed" IS NOT NULL
          THEN CASE WHEN "t111"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t111"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t111"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t111"."end_date" AS TEXT))
        END
        WHEN "t111"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t111"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t111"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t111"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t111"."listed" IS NOT NULL
          THEN CASE WHEN "t111"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t111"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t111"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t111"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t111"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t111"."listed" IS NOT NULL
          THEN CASE WHEN "t111"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t111"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t111"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t111"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t110".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t101"."person_id",
        "t101"."benefit",
        "t101"."start_date",
        "t101"."end_date",
        "t101"."first_contact_date",
        "t101"."target_group",
        "t101"."first_absence_date",
        "t101"."sickness_category",
        "t101"."employed",
        "t101"."handover_date",
        "t101"."expected_absence_weeks",
        "t101"."work_obligation",
        "t101"."municipality",
        "t101"."early_followup_request_date",
        "t101"."education_order",
        "t101"."periods",
        "t101"."window_start",
        "t101"."required",
        "t101"."required_joint",
        "t101"."in_force",
        "t101"."_end_unconfirmed",
        "t101"."due0",
        "t101"."exempt_days",
        "t101"."exempt_now",
        "t101"."exemption_note",
        "t101"."due_date",
        "t109"."person_id" AS "person_id_right",
        "t109"."benefit" AS "benefit_right",
        "t109"."start_date" AS "start_date_right",
        "t109"."nth_date",
        "t109"."counted",
        "t109"."in_window",
        "t109"."listed"
      FROM (
        SELECT
          "t95"."person_id",
          "t95"."benefit",
          "t95"."start_date",
          "t95"."end_date",
          "t95"."first_contact_date",
          "t95"."target_group",
          "t95"."first_absence_date",
          "t95"."sickness_category",
          "t95"."employed",
          "t95"."handover_date",
          "t95"."expected_absence_weeks",
          "t95"."work_obligation",
          "t95"."municipality",
          "t95"."early_followup_request_date",
          "t95"."education_order",
          "t95"."periods",
          "t95"."window_start",
          "t95"."required",
          "t95"."required_joint",
          "t95"."in_force",
          "t95"."_end_unconfirmed",
          "t95"."due0",
          COALESCE("t95"."exempt_days", 0) AS "exempt_days",
          COALESCE("t95"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t95"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t95"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t95"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t95"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t94".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t88"."person_id",
              "t88"."benefit",
              "t88"."start_date",
              "t88"."end_date",
              "t88"."first_contact_date",
              "t88"."target_group",
              "t88"."first_absence_date",
              "t88"."sickness_category",
              "t88"."employed",
              "t88"."handover_date",
              "t88"."expected_absence_weeks",
              "t88"."work_obligation",
              "t88"."municipality",
              "t88"."early_followup_request_date",
              "t88"."education_order",
              "t88"."periods",
              "t88"."window_start",
              "t88"."required",
              "t88"."required_joint",
              "t88"."in_force",
              "t88"."_end_unconfirmed",
              "t88"."due0",
              "t93"."person_id" AS "person_id_right",
              "t93"."benefit" AS "benefit_right",
              "t93"."start_date" AS "start_date_right",
              "t93"."exempt_days",
              "t93"."exempt_now",
              "t93"."exemption_note"
            FROM (
              SELECT
                "t86".*
                EXCLUDE ("_point")
              FROM (
                SELECT
                  "t85"."person_id",
                  "t85"."benefit",
                  "t85"."start_date",
                  "t85"."end_date",
                  "t85"."first_contact_date",
                  "t85"."target_group",
                  "t85"."first_absence_date",
                  "t85"."sickness_category",
                  "t85"."employed",
                  "t85"."handover_date",
                  "t85"."expected_absence_weeks",
                  "t85"."work_obligation",
                  "t85"."municipality",
                  "t85"."early_followup_request_date",
                  "t85"."education_order",
                  "t85"."periods",
                  "t85"."window_start",
                  "t85"."required",
                  "t85"."required_joint",
                  "t85"."in_force",
                  "t85"."_end_unconfirmed",
                  "t85"."_point",
                  CAST(CAST("t85"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t84".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                  FROM (
                    SELECT
                      "t83"."person_id",
                      "t83"."benefit",
                      "t83"."start_date",
                      "t83"."end_date",
                      "t83"."first_contact_date",
                      "t83"."target_group",
                      "t83"."first_absence_date",
                      "t83"."sickness_category",
                      "t83"."employed",
                      "t83"."handover_date",
                      "t83"."expected_absence_weeks",
                      "t83"."work_obligation",
                      "t83"."municipality",
                      "t83"."early_followup_request_date",
                      "t83"."education_order",
                      "t83"."periods",
                      "t83"."window_start",
                      "t83"."required",
                      "t83"."required_joint",
                      "t83"."in_force",
                      "t83"."_end_unconfirmed",
                      "t83"."_plain",
                      "t83"."_needed",
                      "t83"."_ipid",
                      "t83"."_ibenefit",
                      "t83"."_istart",
                      "t83"."_i_start",
                      "t83"."_i_end",
                      "t83"."_cum",
                      CASE
                        WHEN "t83"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t83"."_i_start" + TO_DAYS(CAST("t83"."_needed" - "t83"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t83"."_plain"
                      END AS "_point"
                    FROM (
                      SELECT
                        "t82"."person_id",
                        "t82"."benefit",
                        "t82"."start_date",
                        "t82"."end_date",
                        "t82"."first_contact_date",
                        "t82"."target_group",
                        "t82"."first_absence_date",
                        "t82"."sickness_category",
                        "t82"."employed",
                        "t82"."handover_date",
                        "t82"."expected_absence_weeks",
                        "t82"."work_obligation",
                        "t82"."municipality",
                        "t82"."early_followup_request_date",
                        "t82"."education_order",
                        "t82"."periods",
                        "t82"."window_start",
                        "t82"."required",
                        "t82"."required_joint",
                        "t82"."in_force",
                        "t82"."_end_unconfirmed",
                        "t82"."_plain",
                        "t82"."_needed",
                        "t80"."_ipid",
                        "t80"."_ibenefit",
                        "t80"."_istart",
                        "t80"."_i_start",
                        "t80"."_i_end",
                        "t80"."_cum"
                      FROM (
                        SELECT
                          "t77"."person_id",
                          "t77"."benefit",
                          "t77"."start_date",
                          "t77"."end_date",
                          "t77"."first_contact_date",
                          "t77"."target_group",
                          "t77"."first_absence_date",
                          "t77"."sickness_category",
                          "t77"."employed",
                          "t77"."handover_date",
                          "t77"."expected_absence_weeks",
                          "t77"."work_obligation",
                          "t77"."municipality",
                          "t77"."early_followup_request_date",
                          "t77"."education_order",
                          "t77"."periods",
                          "t77"."start_date" AS "window_start",
                          COALESCE(
                            CASE
                              WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 6
                              WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) + COALESCE(0, 0) AS "required",
                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                          (
                            CASE
                              WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 6
                              WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND (
                            CASE
                              WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          ) AS "in_force",
                          COALESCE(
                            (
                              CASE
                                WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 6
                                WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN [
                                    'kontanthjaelp:aktivitetsparat',
                                    'kontanthjaelp:uddannelsesparat',
                                    'uddannelseshjaelp:aktivitetsparat',
                                    'uddannelseshjaelp:uddannelsesparat',
                                    'jobafklaring',
                                    'ressourceforloeb',
                                    'revalidering'
                                  ]
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t77"."benefit"
                              )
                              OR ARRAY_CONTAINS(
                                CASE
                                  WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN [
                                    'kontanthjaelp:aktivitetsparat',
                                    'kontanthjaelp:uddannelsesparat',
                                    'uddannelseshjaelp:aktivitetsparat',
                                    'uddannelseshjaelp:uddannelsesparat',
                                    'jobafklaring',
                                    'ressourceforloeb',
                                    'revalidering'
                                  ]
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                CASE WHEN "t77"."benefit" IS NULL THEN NULL ELSE CONCAT("t77"."benefit", ':') END || COALESCE("t77"."target_group", '')
                              ),
                              FALSE
                            ),
                            FALSE
                          ) AS "_end_unconfirmed",
                          CAST(CAST("t77"."start_date" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t77"."start_date",
                            CAST(CAST("t77"."start_date" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
                        FROM (
                          SELECT
                            "t70"."person_id",
                            "t70"."benefit",
                            "t70"."start_date",
                            "t70"."end_date",
                            "t70"."first_contact_date",
                            "t70"."target_group",
                            "t70"."first_absence_date",
                            "t70"."sickness_category",
                            "t70"."employed",
                            "t70"."handover_date",
                            "t70"."expected_absence_weeks",
                            "t70"."work_obligation",
                            "t70"."municipality",
                            "t70"."early_followup_request_date",
                            "t70"."education_order",
                            "t70"."periods"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t66"."person_id",
                                "t66"."benefit",
                                "t66"."_key" AS "start_date",
                                CASE
                                  WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                  THEN CAST(NULL AS DATE)
                                  ELSE "t66"."_end"
                                END AS "end_date",
                                "t6"."first_contact_date",
                                "t6"."target_group",
                                "t6"."first_absence_date",
                                "t6"."sickness_category",
                                "t6"."employed",
                                "t6"."handover_date",
                                "t6"."expected_absence_weeks",
                                "t6"."work_obligation",
                                "t6"."municipality",
                                "t66"."early_followup_request_date",
                                "t66"."education_order",
                                "t66"."periods"
                              FROM (
                                SELECT
                                  "t63"."person_id",
                                  "t63"."benefit",
                                  "t63"."_key",
                                  MAX("t63"."_end") AS "_end",
                                  COUNT(*) AS "periods",
                                  FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                  MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                  BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                FROM "t62" AS "t63"
                                GROUP BY
                                  1,
                                  2,
                                  3
                              ) AS "t66"
                              INNER JOIN (
                                SELECT
                                  "t2"."rowid" AS "_frid",
                                  "t2"."first_contact_date",
                                  "t2"."target_group",
                                  "t2"."first_absence_date",
                                  "t2"."sickness_category",
                                  "t2"."employed",
                                  "t2"."handover_date",
                                  "t2"."expected_absence_weeks",
                                  "t2"."work_obligation",
                                  "t2"."municipality"
                                FROM "benefit_periods" AS "t2"
                              ) AS "t6"
                                ON "t66"."_first" = "t6"."_frid"
                            ) AS "t67"
                            WHERE
                              "t67"."benefit" IN ('dagpenge')
                          ) AS "t70"
                          SEMI JOIN (
                            SELECT
                              "t73"."person_id" AS "_k_person_id",
                              "t73"."benefit" AS "_k_benefit",
                              "t73"."start_date" AS "_k_start_date"
                            FROM (
                              SELECT
                                "t70"."person_id",
                                "t70"."benefit",
                                "t70"."start_date",
                                "t70"."end_date",
                                "t70"."first_contact_date",
                                "t70"."target_group",
                                "t70"."first_absence_date",
                                "t70"."sickness_category",
                                "t70"."employed",
                                "t70"."handover_date",
                                "t70"."expected_absence_weeks",
                                "t70"."work_obligation",
                                "t70"."municipality",
                                "t70"."early_followup_request_date",
                                "t70"."education_order",
                                "t70"."periods"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t66"."person_id",
                                    "t66"."benefit",
                                    "t66"."_key" AS "start_date",
                                    CASE
                                      WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t66"."_end"
                                    END AS "end_date",
                                    "t6"."first_contact_date",
                                    "t6"."target_group",
                                    "t6"."first_absence_date",
                                    "t6"."sickness_category",
                                    "t6"."employed",
                                    "t6"."handover_date",
                                    "t6"."expected_absence_weeks",
                                    "t6"."work_obligation",
                                    "t6"."municipality",
                                    "t66"."early_followup_request_date",
                                    "t66"."education_order",
                                    "t66"."periods"
                                  FROM (
                                    SELECT
                                      "t63"."person_id",
                                      "t63"."benefit",
                                      "t63"."_key",
                                      MAX("t63"."_end") AS "_end",
                                      COUNT(*) AS "periods",
                                      FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                      MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                      BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                    FROM "t62" AS "t63"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t66"
                                  INNER JOIN (
                                    SELECT
                                      "t2"."rowid" AS "_frid",
                                      "t2"."first_contact_date",
                                      "t2"."target_group",
                                      "t2"."first_absence_date",
                                      "t2"."sickness_category",
                                      "t2"."employed",
                                      "t2"."handover_date",
                                      "t2"."expected_absence_weeks",
                                      "t2"."work_obligation",
                                      "t2"."municipality"
                                    FROM "benefit_periods" AS "t2"
                                  ) AS "t6"
                                    ON "t66"."_first" = "t6"."_frid"
                                ) AS "t67"
                                WHERE
                                  "t67"."benefit" IN ('dagpenge')
                              ) AS "t70"
                              SEMI JOIN (
                                SELECT
                                  "t2"."person_id" AS "_mpid",
                                  "t2"."start_date" AS "_mstart"
                                FROM "benefit_periods" AS "t2"
                                WHERE
                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                              ) AS "t10"
                                ON "t70"."person_id" = "t10"."_mpid"
                                AND "t10"."_mstart" >= "t70"."start_date"
                                AND (
                                  (
                                    "t70"."end_date" IS NULL
                                  ) OR (
                                    "t10"."_mstart" <= "t70"."end_date"
                                  )
                                )
                            ) AS "t73"
                            WHERE
                              CASE
                                WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 6
                                WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                          ) AS "t76"
                            ON "t70"."person_id" = "t76"."_k_person_id"
                            AND "t70"."benefit" = "t76"."_k_benefit"
                            AND "t70"."start_date" = "t76"."_k_start_date"
                        ) AS "t77"
                      ) AS "t82"
                      LEFT OUTER JOIN (
                        SELECT
                          "t78"."person_id" AS "_ipid",
                          "t78"."benefit" AS "_ibenefit",
                          "t78"."start_date" AS "_istart",
                          "t78"."i_start" AS "_i_start",
                          "t78"."i_end" AS "_i_end",
                          "t78"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t74"."person_id",
                            "t74"."benefit",
                            "t74"."_key" AS "start_date",
                            "t74"."i_start",
                            "t74"."i_end",
                            CAST(COALESCE(
                              SUM("t74"."_len") OVER (
                                PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                ORDER BY "t74"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t72"."person_id",
                              "t72"."benefit",
                              "t72"."_key",
                              "t72"."_island",
                              "t72"."i_start",
                              "t72"."i_end",
                              CASE
                                WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t71"."person_id",
                                "t71"."benefit",
                                "t71"."_key",
                                "t71"."_island",
                                MIN("t71"."start_date") AS "i_start",
                                MAX("t71"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t68"."person_id",
                                  "t68"."benefit",
                                  "t68"."start_date",
                                  "t68"."_end",
                                  "t68"."_key",
                                  "t68"."_acc",
                                  "t68"."_rid",
                                  "t68"."early_followup_request_date",
                                  "t68"."education_order",
                                  "t68"."_new",
                                  SUM("t68"."_new") OVER (
                                    PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                    ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
                                FROM (
                                  SELECT
                                    "t64"."person_id",
                                    "t64"."benefit",
                                    "t64"."start_date",
                                    "t64"."_end",
                                    "t64"."_key",
                                    "t64"."_acc",
                                    "t64"."_rid",
                                    "t64"."early_followup_request_date",
                                    "t64"."education_order",
                                    CASE
                                      WHEN MAX("t64"."_end") OVER (
                                        PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                        ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                        PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                        ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t62" AS "t63"
                                    WHERE
                                      "t63"."_acc"
                                  ) AS "t64"
                                ) AS "t68"
                              ) AS "t71"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t72"
                          ) AS "t74"
                        ) AS "t78"
                      ) AS "t80"
                        ON "t82"."person_id" = "t80"."_ipid"
                        AND "t82"."benefit" = "t80"."_ibenefit"
                        AND "t82"."start_date" = "t80"."_istart"
                        AND "t80"."_cum" < "t82"."_needed"
                        AND (
                          (
                            "t80"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t80"."_cum" + DATE_DIFF('DAY', "t80"."_i_start", "t80"."_i_end") + 1
                            ) >= "t82"."_needed"
                          )
                        )
                    ) AS "t83"
                  ) AS "t84"
                ) AS "t85"
              ) AS "t86"
            ) AS "t88"
            LEFT OUTER JOIN (
              SELECT
                "t91"."person_id",
                "t91"."benefit",
                "t91"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t91"."_ex_start", "t91"."_from"),
                    LEAST("t91"."_ex_end", "t91"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t91"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t91"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                ARRAY_TO_STRING(
                  LIST_SORT(
                    ARRAY_AGG(
                      CASE
                        WHEN CAST("t91"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t91"."_ex_end" AS TEXT) IS NULL
                        OR "t91"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t91"."_ex_start" AS TEXT),
                          '–',
                          CAST("t91"."_ex_end" AS TEXT),
                          ' (',
                          "t91"."_ex_reason",
                          ')'
                        )
                      END
                    ) FILTER(WHERE
                      CASE
                        WHEN CAST("t91"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t91"."_ex_end" AS TEXT) IS NULL
                        OR "t91"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t91"."_ex_start" AS TEXT),
                          '–',
                          CAST("t91"."_ex_end" AS TEXT),
                          ' (',
                          "t91"."_ex_reason",
                          ')'
                        )
                      END IS NOT NULL)
                  ),
                  ', '
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t90"."person_id",
                  "t90"."benefit",
                  "t90"."start_date",
                  "t90"."_from",
                  "t90"."_to",
                  "t8"."_pid",
                  "t8"."_ex_start",
                  "t8"."_ex_end",
                  "t8"."_ex_reason"
                FROM (
                  SELECT
                    "t87"."person_id",
                    "t87"."benefit",
                    "t87"."start_date",
                    "t87"."window_start" AS "_from",
                    "t87"."due0" AS "_to"
                  FROM (
                    SELECT
                      "t86".*
                      EXCLUDE ("_point")
                    FROM (
                      SELECT
                        "t85"."person_id",
                        "t85"."benefit",
                        "t85"."start_date",
                        "t85"."end_date",
                        "t85"."first_contact_date",
                        "t85"."target_group",
                        "t85"."first_absence_date",
                        "t85"."sickness_category",
                        "t85"."employed",
                        "t85"."handover_date",
                        "t85"."expected_absence_weeks",
                        "t85"."work_obligation",
                        "t85"."municipality",
                        "t85"."early_followup_request_date",
                        "t85"."education_order",
                        "t85"."periods",
                        "t85"."window_start",
                        "t85"."required",
                        "t85"."required_joint",
                        "t85"."in_force",
                        "t85"."_end_unconfirmed",
                        "t85"."_point",
                        CAST(CAST("t85"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t84".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t83"."person_id",
                            "t83"."benefit",
                            "t83"."start_date",
                            "t83"."end_date",
                            "t83"."first_contact_date",
                            "t83"."target_group",
                            "t83"."first_absence_date",
                            "t83"."sickness_category",
                            "t83"."employed",
                            "t83"."handover_date",
                            "t83"."expected_absence_weeks",
                            "t83"."work_obligation",
                            "t83"."municipality",
                            "t83"."early_followup_request_date",
                            "t83"."education_order",
                            "t83"."periods",
                            "t83"."window_start",
                            "t83"."required",
                            "t83"."required_joint",
                            "t83"."in_force",
                            "t83"."_end_unconfirmed",
                            "t83"."_plain",
                            "t83"."_needed",
                            "t83"."_ipid",
                            "t83"."_ibenefit",
                            "t83"."_istart",
                            "t83"."_i_start",
                            "t83"."_i_end",
                            "t83"."_cum",
                            CASE
                              WHEN "t83"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t83"."_i_start" + TO_DAYS(CAST("t83"."_needed" - "t83"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t83"."_plain"
                            END AS "_point"
                          FROM (
                            SELECT
                              "t82"."person_id",
                              "t82"."benefit",
                              "t82"."start_date",
                              "t82"."end_date",
                              "t82"."first_contact_date",
                              "t82"."target_group",
                              "t82"."first_absence_date",
                              "t82"."sickness_category",
                              "t82"."employed",
                              "t82"."handover_date",
                              "t82"."expected_absence_weeks",
                              "t82"."work_obligation",
                              "t82"."municipality",
                              "t82"."early_followup_request_date",
                              "t82"."education_order",
                              "t82"."periods",
                              "t82"."window_start",
                              "t82"."required",
                              "t82"."required_joint",
                              "t82"."in_force",
                              "t82"."_end_unconfirmed",
                              "t82"."_plain",
                              "t82"."_needed",
                              "t80"."_ipid",
                              "t80"."_ibenefit",
                              "t80"."_istart",
                              "t80"."_i_start",
                              "t80"."_i_end",
                              "t80"."_cum"
                            FROM (
                              SELECT
                                "t77"."person_id",
                                "t77"."benefit",
                                "t77"."start_date",
                                "t77"."end_date",
                                "t77"."first_contact_date",
                                "t77"."target_group",
                                "t77"."first_absence_date",
                                "t77"."sickness_category",
                                "t77"."employed",
                                "t77"."handover_date",
                                "t77"."expected_absence_weeks",
                                "t77"."work_obligation",
                                "t77"."municipality",
                                "t77"."early_followup_request_date",
                                "t77"."education_order",
                                "t77"."periods",
                                "t77"."start_date" AS "window_start",
                                COALESCE(
                                  CASE
                                    WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 6
                                    WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 6
                                    WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                ) AS "in_force",
                                COALESCE(
                                  (
                                    CASE
                                      WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN [
                                          'kontanthjaelp:aktivitetsparat',
                                          'kontanthjaelp:uddannelsesparat',
                                          'uddannelseshjaelp:aktivitetsparat',
                                          'uddannelseshjaelp:uddannelsesparat',
                                          'jobafklaring',
                                          'ressourceforloeb',
                                          'revalidering'
                                        ]
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      "t77"."benefit"
                                    )
                                    OR ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN [
                                          'kontanthjaelp:aktivitetsparat',
                                          'kontanthjaelp:uddannelsesparat',
                                          'uddannelseshjaelp:aktivitetsparat',
                                          'uddannelseshjaelp:uddannelsesparat',
                                          'jobafklaring',
                                          'ressourceforloeb',
                                          'revalidering'
                                        ]
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      CASE WHEN "t77"."benefit" IS NULL THEN NULL ELSE CONCAT("t77"."benefit", ':') END || COALESCE("t77"."target_group", '')
                                    ),
                                    FALSE
                                  ),
                                  FALSE
                                ) AS "_end_unconfirmed",
                                CAST(CAST("t77"."start_date" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t77"."start_date",
                                  CAST(CAST("t77"."start_date" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
                              FROM (
                                SELECT
                                  "t70"."person_id",
                                  "t70"."benefit",
                                  "t70"."start_date",
                                  "t70"."end_date",
                                  "t70"."first_contact_date",
                                  "t70"."target_group",
                                  "t70"."first_absence_date",
                                  "t70"."sickness_category",
                                  "t70"."employed",
                                  "t70"."handover_date",
                                  "t70"."expected_absence_weeks",
                                  "t70"."work_obligation",
                                  "t70"."municipality",
                                  "t70"."early_followup_request_date",
                                  "t70"."education_order",
                                  "t70"."periods"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t66"."person_id",
                                      "t66"."benefit",
                                      "t66"."_key" AS "start_date",
                                      CASE
                                        WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                        THEN CAST(NULL AS DATE)
                                        ELSE "t66"."_end"
                                      END AS "end_date",
                                      "t6"."first_contact_date",
                                      "t6"."target_group",
                                      "t6"."first_absence_date",
                                      "t6"."sickness_category",
                                      "t6"."employed",
                                      "t6"."handover_date",
                                      "t6"."expected_absence_weeks",
                                      "t6"."work_obligation",
                                      "t6"."municipality",
                                      "t66"."early_followup_request_date",
                                      "t66"."education_order",
                                      "t66"."periods"
                                    FROM (
                                      SELECT
                                        "t63"."person_id",
                                        "t63"."benefit",
                                        "t63"."_key",
                                        MAX("t63"."_end") AS "_end",
                                        COUNT(*) AS "periods",
                                        FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                        MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                        BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                      FROM "t62" AS "t63"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t66"
                                    INNER JOIN (
                                      SELECT
                                        "t2"."rowid" AS "_frid",
                                        "t2"."first_contact_date",
                                        "t2"."target_group",
                                        "t2"."first_absence_date",
                                        "t2"."sickness_category",
                                        "t2"."employed",
                                        "t2"."handover_date",
                                        "t2"."expected_absence_weeks",
                                        "t2"."work_obligation",
                                        "t2"."municipality"
                                      FROM "benefit_periods" AS "t2"
                                    ) AS "t6"
                                      ON "t66"."_first" = "t6"."_frid"
                                  ) AS "t67"
                                  WHERE
                                    "t67"."benefit" IN ('dagpenge')
                                ) AS "t70"
                                SEMI JOIN (
                                  SELECT
                                    "t73"."person_id" AS "_k_person_id",
                                    "t73"."benefit" AS "_k_benefit",
                                    "t73"."start_date" AS "_k_start_date"
                                  FROM (
                                    SELECT
                                      "t70"."person_id",
                                      "t70"."benefit",
                                      "t70"."start_date",
                                      "t70"."end_date",
                                      "t70"."first_contact_date",
                                      "t70"."target_group",
                                      "t70"."first_absence_date",
                                      "t70"."sickness_category",
                                      "t70"."employed",
                                      "t70"."handover_date",
                                      "t70"."expected_absence_weeks",
                                      "t70"."work_obligation",
                                      "t70"."municipality",
                                      "t70"."early_followup_request_date",
                                      "t70"."education_order",
                                      "t70"."periods"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t66"."person_id",
                                          "t66"."benefit",
                                          "t66"."_key" AS "start_date",
                                          CASE
                                            WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t66"."_end"
                                          END AS "end_date",
                                          "t6"."first_contact_date",
                                          "t6"."target_group",
                                          "t6"."first_absence_date",
                                          "t6"."sickness_category",
                                          "t6"."employed",
                                          "t6"."handover_date",
                                          "t6"."expected_absence_weeks",
                                          "t6"."work_obligation",
                                          "t6"."municipality",
                                          "t66"."early_followup_request_date",
                                          "t66"."education_order",
                                          "t66"."periods"
                                        FROM (
                                          SELECT
                                            "t63"."person_id",
                                            "t63"."benefit",
                                            "t63"."_key",
                                            MAX("t63"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                            MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t62" AS "t63"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t66"
                                        INNER JOIN (
                                          SELECT
                                            "t2"."rowid" AS "_frid",
                                            "t2"."first_contact_date",
                                            "t2"."target_group",
                                            "t2"."first_absence_date",
                                            "t2"."sickness_category",
                                            "t2"."employed",
                                            "t2"."handover_date",
                                            "t2"."expected_absence_weeks",
                                            "t2"."work_obligation",
                                            "t2"."municipality"
                                          FROM "benefit_periods" AS "t2"
                                        ) AS "t6"
                                          ON "t66"."_first" = "t6"."_frid"
                                      ) AS "t67"
                                      WHERE
                                        "t67"."benefit" IN ('dagpenge')
                                    ) AS "t70"
                                    SEMI JOIN (
                                      SELECT
                                        "t2"."person_id" AS "_mpid",
                                        "t2"."start_date" AS "_mstart"
                                      FROM "benefit_periods" AS "t2"
                                      WHERE
                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                    ) AS "t10"
                                      ON "t70"."person_id" = "t10"."_mpid"
                                      AND "t10"."_mstart" >= "t70"."start_date"
                                      AND (
                                        (
                                          "t70"."end_date" IS NULL
                                        ) OR (
                                          "t10"."_mstart" <= "t70"."end_date"
                                        )
                                      )
                                  ) AS "t73"
                                  WHERE
                                    CASE
                                      WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                ) AS "t76"
                                  ON "t70"."person_id" = "t76"."_k_person_id"
                                  AND "t70"."benefit" = "t76"."_k_benefit"
                                  AND "t70"."start_date" = "t76"."_k_start_date"
                              ) AS "t77"
                            ) AS "t82"
                            LEFT OUTER JOIN (
                              SELECT
                                "t78"."person_id" AS "_ipid",
                                "t78"."benefit" AS "_ibenefit",
                                "t78"."start_date" AS "_istart",
                                "t78"."i_start" AS "_i_start",
                                "t78"."i_end" AS "_i_end",
                                "t78"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t74"."person_id",
                                  "t74"."benefit",
                                  "t74"."_key" AS "start_date",
                                  "t74"."i_start",
                                  "t74"."i_end",
                                  CAST(COALESCE(
                                    SUM("t74"."_len") OVER (
                                      PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                      ORDER BY "t74"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t72"."person_id",
                                    "t72"."benefit",
                                    "t72"."_key",
                                    "t72"."_island",
                                    "t72"."i_start",
                                    "t72"."i_end",
                                    CASE
                                      WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t71"."person_id",
                                      "t71"."benefit",
                                      "t71"."_key",
                                      "t71"."_island",
                                      MIN("t71"."start_date") AS "i_start",
                                      MAX("t71"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t68"."person_id",
                                        "t68"."benefit",
                                        "t68"."start_date",
                                        "t68"."_end",
                                        "t68"."_key",
                                        "t68"."_acc",
                                        "t68"."_rid",
                                        "t68"."early_followup_request_date",
                                        "t68"."education_order",
                                        "t68"."_new",
                                        SUM("t68"."_new") OVER (
                                          PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                          ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
                                      FROM (
                                        SELECT
                                          "t64"."person_id",
                                          "t64"."benefit",
                                          "t64"."start_date",
                                          "t64"."_end",
                                          "t64"."_key",
                                          "t64"."_acc",
                                          "t64"."_rid",
                                          "t64"."early_followup_request_date",
                                          "t64"."education_order",
                                          CASE
                                            WHEN MAX("t64"."_end") OVER (
                                              PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                              ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                              PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                              ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t62" AS "t63"
                                          WHERE
                                            "t63"."_acc"
                                        ) AS "t64"
                                      ) AS "t68"
                                    ) AS "t71"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t72"
                                ) AS "t74"
                              ) AS "t78"
                            ) AS "t80"
                              ON "t82"."person_id" = "t80"."_ipid"
                              AND "t82"."benefit" = "t80"."_ibenefit"
                              AND "t82"."start_date" = "t80"."_istart"
                              AND "t80"."_cum" < "t82"."_needed"
                              AND (
                                (
                                  "t80"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t80"."_cum" + DATE_DIFF('DAY', "t80"."_i_start", "t80"."_i_end") + 1
                                  ) >= "t82"."_needed"
                                )
                              )
                          ) AS "t83"
                        ) AS "t84"
                      ) AS "t85"
                    ) AS "t86"
                  ) AS "t87"
                ) AS "t90"
                INNER JOIN (
                  SELECT
                    "t0"."person_id" AS "_pid",
                    "t0"."start_date" AS "_ex_start",
                    "t0"."end_date" AS "_ex_end",
                    "t0"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t0"
                  WHERE
                    "t0"."start_date" <= CAST($as_of AS DATE)
                ) AS "t8"
                  ON "t90"."person_id" = "t8"."_pid"
                  AND "t8"."_ex_start" <= "t90"."_to"
                  AND "t8"."_ex_end" >= "t90"."_from"
              ) AS "t91"
              GROUP BY
                1,
                2,
                3
            ) AS "t93"
              ON "t88"."person_id" = "t93"."person_id"
              AND "t88"."benefit" = "t93"."benefit"
              AND "t88"."start_date" = "t93"."start_date"
          ) AS "t94"
        ) AS "t95"
      ) AS "t101"
      LEFT OUTER JOIN (
        SELECT
          "t107"."person_id",
          "t107"."benefit",
          "t107"."start_date",
          CASE
            WHEN "t107"."_held" >= "t107"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT(
                "t107"."_events",
                (
                  "t107"."_n" - 1
                ) + CAST((
                  "t107"."_n" - 1
                ) >= 0 AS BIGINT)
              ),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT(
                    "t107"."_events",
                    (
                      "t107"."_n" - 1
                    ) + CAST((
                      "t107"."_n" - 1
                    ) >= 0 AS BIGINT)
                  )
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "nth_date",
          LEAST("t107"."_held", "t107"."_n") AS "counted",
          LEAST("t107"."_by_due", "t107"."_n") AS "in_window",
          REGEXP_REPLACE(
            ARRAY_TO_STRING(
              LIST_SLICE(
                "t107"."_events",
                1,
                CASE WHEN "t107"."_n" < 0 THEN "t107"."_n" - 1 ELSE "t107"."_n" END
              ),
              ', '
            ),
            '\d{4}-\d{2}-\d{2}\|',
            '',
            'g'
          ) AS "listed"
        FROM (
          SELECT
            "t106"."person_id",
            "t106"."benefit",
            "t106"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t106"."date" AS TEXT) IS NULL OR "t106"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t106"."date" AS TEXT), '|', "t106"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t106"."date" AS TEXT) IS NULL OR "t106"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t106"."date" AS TEXT), '|', "t106"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t106"."date" <= "t106"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t106"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t104"."person_id",
                "t104"."benefit",
                "t104"."start_date",
                "t104"."date",
                "t104"."description",
                "t102"."_n",
                "t102"."_due"
              FROM (
                SELECT
                  "t98"."person_id",
                  "t98"."benefit",
                  "t98"."start_date",
                  "t98"."date",
                  CASE
                    WHEN "t98"."kind" IS NULL
                    OR CAST("t98"."date" AS TEXT) IS NULL
                    OR "t98"."form" IS NULL
                    OR "t98"."held_by" IS NULL
                    THEN NULL
                    ELSE CONCAT("t98"."kind", ' ', CAST("t98"."date" AS TEXT), ' (', "t98"."form", ', ', "t98"."held_by", ')')
                  END AS "description"
                FROM (
                  SELECT
                    "t97"."person_id",
                    "t97"."benefit",
                    "t97"."start_date",
                    "t97"."window_start",
                    "t97"."_first",
                    "t97"."_last",
                    "t9"."person_id" AS "person_id_right",
                    "t9"."date",
                    "t9"."kind",
                    "t9"."form",
                    "t9"."held_by",
                    "t9"."status",
                    "t9"."individual",
                    "t9"."caseworker_id",
                    "t9"."purpose"
                  FROM (
                    SELECT
                      "t95"."person_id",
                      "t95"."benefit",
                      "t95"."start_date",
                      "t95"."window_start",
                      "t95"."window_start" AS "_first",
                      COALESCE("t95"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM (
                      SELECT
                        "t94".*
                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                      FROM (
                        SELECT
                          "t88"."person_id",
                          "t88"."benefit",
                          "t88"."start_date",
                          "t88"."end_date",
                          "t88"."first_contact_date",
                          "t88"."target_group",
                          "t88"."first_absence_date",
                          "t88"."sickness_category",
                          "t88"."employed",
                          "t88"."handover_date",
                          "t88"."expected_absence_weeks",
                          "t88"."work_obligation",
                          "t88"."municipality",
                          "t88"."early_followup_request_date",
                          "t88"."education_order",
                          "t88"."periods",
                          "t88"."window_start",
                          "t88"."required",
                          "t88"."required_joint",
                          "t88"."in_force",
                          "t88"."_end_unconfirmed",
                          "t88"."due0",
                          "t93"."person_id" AS "person_id_right",
                          "t93"."benefit" AS "benefit_right",
                          "t93"."start_date" AS "start_date_right",
                          "t93"."exempt_days",
                          "t93"."exempt_now",
                          "t93"."exemption_note"
                        FROM (
                          SELECT
                            "t86".*
                            EXCLUDE ("_point")
                          FROM (
                            SELECT
                              "t85"."person_id",
                              "t85"."benefit",
                              "t85"."start_date",
                              "t85"."end_date",
                              "t85"."first_contact_date",
                              "t85"."target_group",
                              "t85"."first_absence_date",
                              "t85"."sickness_category",
                              "t85"."employed",
                              "t85"."handover_date",
                              "t85"."expected_absence_weeks",
                              "t85"."work_obligation",
                              "t85"."municipality",
                              "t85"."early_followup_request_date",
                              "t85"."education_order",
                              "t85"."periods",
                              "t85"."window_start",
                              "t85"."required",
                              "t85"."required_joint",
                              "t85"."in_force",
                              "t85"."_end_unconfirmed",
                              "t85"."_point",
                              CAST(CAST("t85"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM (
                              SELECT
                                "t84".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t83"."person_id",
                                  "t83"."benefit",
                                  "t83"."start_date",
                                  "t83"."end_date",
                                  "t83"."first_contact_date",
                                  "t83"."target_group",
                                  "t83"."first_absence_date",
                                  "t83"."sickness_category",
                                  "t83"."employed",
                                  "t83"."handover_date",
                                  "t83"."expected_absence_weeks",
                                  "t83"."work_obligation",
                                  "t83"."municipality",
                                  "t83"."early_followup_request_date",
                                  "t83"."education_order",
                                  "t83"."periods",
                                  "t83"."window_start",
                                  "t83"."required",
                                  "t83"."required_joint",
                                  "t83"."in_force",
                                  "t83"."_end_unconfirmed",
                                  "t83"."_plain",
                                  "t83"."_needed",
                                  "t83"."_ipid",
                                  "t83"."_ibenefit",
                                  "t83"."_istart",
                                  "t83"."_i_start",
                                  "t83"."_i_end",
                                  "t83"."_cum",
                                  CASE
                                    WHEN "t83"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t83"."_i_start" + TO_DAYS(CAST("t83"."_needed" - "t83"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t83"."_plain"
                                  END AS "_point"
                                FROM (
                                  SELECT
                                    "t82"."person_id",
                                    "t82"."benefit",
                                    "t82"."start_date",
                                    "t82"."end_date",
                                    "t82"."first_contact_date",
                                    "t82"."target_group",
                                    "t82"."first_absence_date",
                                    "t82"."sickness_category",
                                    "t82"."employed",
                                    "t82"."handover_date",
                                    "t82"."expected_absence_weeks",
                                    "t82"."work_obligation",
                                    "t82"."municipality",
                                    "t82"."early_followup_request_date",
                                    "t82"."education_order",
                                    "t82"."periods",
                                    "t82"."window_start",
                                    "t82"."required",
                                    "t82"."required_joint",
                                    "t82"."in_force",
                                    "t82"."_end_unconfirmed",
                                    "t82"."_plain",
                                    "t82"."_needed",
                                    "t80"."_ipid",
                                    "t80"."_ibenefit",
                                    "t80"."_istart",
                                    "t80"."_i_start",
                                    "t80"."_i_end",
                                    "t80"."_cum"
                                  FROM (
                                    SELECT
                                      "t77"."person_id",
                                      "t77"."benefit",
                                      "t77"."start_date",
                                      "t77"."end_date",
                                      "t77"."first_contact_date",
                                      "t77"."target_group",
                                      "t77"."first_absence_date",
                                      "t77"."sickness_category",
                                      "t77"."employed",
                                      "t77"."handover_date",
                                      "t77"."expected_absence_weeks",
                                      "t77"."work_obligation",
                                      "t77"."municipality",
                                      "t77"."early_followup_request_date",
                                      "t77"."education_order",
                                      "t77"."periods",
                                      "t77"."start_date" AS "window_start",
                                      COALESCE(
                                        CASE
                                          WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      ) + COALESCE(0, 0) AS "required",
                                      CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                      (
                                        CASE
                                          WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND (
                                        CASE
                                          WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      ) AS "in_force",
                                      COALESCE(
                                        (
                                          CASE
                                            WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN [
                                                'kontanthjaelp:aktivitetsparat',
                                                'kontanthjaelp:uddannelsesparat',
                                                'uddannelseshjaelp:aktivitetsparat',
                                                'uddannelseshjaelp:uddannelsesparat',
                                                'jobafklaring',
                                                'ressourceforloeb',
                                                'revalidering'
                                              ]
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            "t77"."benefit"
                                          )
                                          OR ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN [
                                                'kontanthjaelp:aktivitetsparat',
                                                'kontanthjaelp:uddannelsesparat',
                                                'uddannelseshjaelp:aktivitetsparat',
                                                'uddannelseshjaelp:uddannelsesparat',
                                                'jobafklaring',
                                                'ressourceforloeb',
                                                'revalidering'
                                              ]
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            CASE WHEN "t77"."benefit" IS NULL THEN NULL ELSE CONCAT("t77"."benefit", ':') END || COALESCE("t77"."target_group", '')
                                          ),
                                          FALSE
                                        ),
                                        FALSE
                                      ) AS "_end_unconfirmed",
                                      CAST(CAST("t77"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t77"."start_date",
                                        CAST(CAST("t77"."start_date" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t70"."person_id",
                                        "t70"."benefit",
                                        "t70"."start_date",
                                        "t70"."end_date",
                                        "t70"."first_contact_date",
                                        "t70"."target_group",
                                        "t70"."first_absence_date",
                                        "t70"."sickness_category",
                                        "t70"."employed",
                                        "t70"."handover_date",
                                        "t70"."expected_absence_weeks",
                                        "t70"."work_obligation",
                                        "t70"."municipality",
                                        "t70"."early_followup_request_date",
                                        "t70"."education_order",
                                        "t70"."periods"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t66"."person_id",
                                            "t66"."benefit",
                                            "t66"."_key" AS "start_date",
                                            CASE
                                              WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t66"."_end"
                                            END AS "end_date",
                                            "t6"."first_contact_date",
                                            "t6"."target_group",
                                            "t6"."first_absence_date",
                                            "t6"."sickness_category",
                                            "t6"."employed",
                                            "t6"."handover_date",
                                            "t6"."expected_absence_weeks",
                                            "t6"."work_obligation",
                                            "t6"."municipality",
                                            "t66"."early_followup_request_date",
                                            "t66"."education_order",
                                            "t66"."periods"
                                          FROM (
                                            SELECT
                                              "t63"."person_id",
                                              "t63"."benefit",
                                              "t63"."_key",
                                              MAX("t63"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                              MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t62" AS "t63"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t66"
                                          INNER JOIN (
                                            SELECT
                                              "t2"."rowid" AS "_frid",
                                              "t2"."first_contact_date",
                                              "t2"."target_group",
                                              "t2"."first_absence_date",
                                              "t2"."sickness_category",
                                              "t2"."employed",
                                              "t2"."handover_date",
                                              "t2"."expected_absence_weeks",
                                              "t2"."work_obligation",
                                              "t2"."municipality"
                                            FROM "benefit_periods" AS "t2"
                                          ) AS "t6"
                                            ON "t66"."_first" = "t6"."_frid"
                                        ) AS "t67"
                                        WHERE
                                          "t67"."benefit" IN ('dagpenge')
                                      ) AS "t70"
                                      SEMI JOIN (
                                        SELECT
                                          "t73"."person_id" AS "_k_person_id",
                                          "t73"."benefit" AS "_k_benefit",
                                          "t73"."start_date" AS "_k_start_date"
                                        FROM (
                                          SELECT
                                            "t70"."person_id",
                                            "t70"."benefit",
                                            "t70"."start_date",
                                            "t70"."end_date",
                                            "t70"."first_contact_date",
                                            "t70"."target_group",
                                            "t70"."first_absence_date",
                                            "t70"."sickness_category",
                                            "t70"."employed",
                                            "t70"."handover_date",
                                            "t70"."expected_absence_weeks",
                                            "t70"."work_obligation",
                                            "t70"."municipality",
                                            "t70"."early_followup_request_date",
                                            "t70"."education_order",
                                            "t70"."periods"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t66"."person_id",
                                                "t66"."benefit",
                                                "t66"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t66"."_end"
                                                END AS "end_date",
                                                "t6"."first_contact_date",
                                                "t6"."target_group",
                                                "t6"."first_absence_date",
                                                "t6"."sickness_category",
                                                "t6"."employed",
                                                "t6"."handover_date",
                                                "t6"."expected_absence_weeks",
                                                "t6"."work_obligation",
                                                "t6"."municipality",
                                                "t66"."early_followup_request_date",
                                                "t66"."education_order",
                                                "t66"."periods"
                                              FROM (
                                                SELECT
                                                  "t63"."person_id",
                                                  "t63"."benefit",
                                                  "t63"."_key",
                                                  MAX("t63"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                                  MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t62" AS "t63"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t66"
                                              INNER JOIN (
                                                SELECT
                                                  "t2"."rowid" AS "_frid",
                                                  "t2"."first_contact_date",
                                                  "t2"."target_group",
                                                  "t2"."first_absence_date",
                                                  "t2"."sickness_category",
                                                  "t2"."employed",
                                                  "t2"."handover_date",
                                                  "t2"."expected_absence_weeks",
                                                  "t2"."work_obligation",
                                                  "t2"."municipality"
                                                FROM "benefit_periods" AS "t2"
                                              ) AS "t6"
                                                ON "t66"."_first" = "t6"."_frid"
                                            ) AS "t67"
                                            WHERE
                                              "t67"."benefit" IN ('dagpenge')
                                          ) AS "t70"
                                          SEMI JOIN (
                                            SELECT
                                              "t2"."person_id" AS "_mpid",
                                              "t2"."start_date" AS "_mstart"
                                            FROM "benefit_periods" AS "t2"
                                            WHERE
                                              "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                          ) AS "t10"
                                            ON "t70"."person_id" = "t10"."_mpid"
                                            AND "t10"."_mstart" >= "t70"."start_date"
                                            AND (
                                              (
                                                "t70"."end_date" IS NULL
                                              ) OR (
                                                "t10"."_mstart" <= "t70"."end_date"
                                              )
                                            )
                                        ) AS "t73"
                                        WHERE
                                          CASE
                                            WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                      ) AS "t76"
                                        ON "t70"."person_id" = "t76"."_k_person_id"
                                        AND "t70"."benefit" = "t76"."_k_benefit"
                                        AND "t70"."start_date" = "t76"."_k_start_date"
                                    ) AS "t77"
                                  ) AS "t82"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t78"."person_id" AS "_ipid",
                                      "t78"."benefit" AS "_ibenefit",
                                      "t78"."start_date" AS "_istart",
                                      "t78"."i_start" AS "_i_start",
                                      "t78"."i_end" AS "_i_end",
                                      "t78"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t74"."person_id",
                                        "t74"."benefit",
                                        "t74"."_key" AS "start_date",
                                        "t74"."i_start",
                                        "t74"."i_end",
                                        CAST(COALESCE(
                                          SUM("t74"."_len") OVER (
                                            PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                            ORDER BY "t74"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t72"."person_id",
                                          "t72"."benefit",
                                          "t72"."_key",
                                          "t72"."_island",
                                          "t72"."i_start",
                                          "t72"."i_end",
                                          CASE
                                            WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t71"."person_id",
                                            "t71"."benefit",
                                            "t71"."_key",
                                            "t71"."_island",
                                            MIN("t71"."start_date") AS "i_start",
                                            MAX("t71"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t68"."person_id",
                                              "t68"."benefit",
                                              "t68"."start_date",
                                              "t68"."_end",
                                              "t68"."_key",
                                              "t68"."_acc",
                                              "t68"."_rid",
                                              "t68"."early_followup_request_date",
                                              "t68"."education_order",
                                              "t68"."_new",
                                              SUM("t68"."_new") OVER (
                                                PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
                                            FROM (
                                              SELECT
                                                "t64"."person_id",
                                                "t64"."benefit",
                                                "t64"."start_date",
                                                "t64"."_end",
                                                "t64"."_key",
                                                "t64"."_acc",
                                                "t64"."_rid",
                                                "t64"."early_followup_request_date",
                                                "t64"."education_order",
                                                CASE
                                                  WHEN MAX("t64"."_end") OVER (
                                                    PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                    ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                    PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                    ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t62" AS "t63"
                                                WHERE
                                                  "t63"."_acc"
                                              ) AS "t64"
                                            ) AS "t68"
                                          ) AS "t71"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t72"
                                      ) AS "t74"
                                    ) AS "t78"
                                  ) AS "t80"
                                    ON "t82"."person_id" = "t80"."_ipid"
                                    AND "t82"."benefit" = "t80"."_ibenefit"
                                    AND "t82"."start_date" = "t80"."_istart"
                                    AND "t80"."_cum" < "t82"."_needed"
                                    AND (
                                      (
                                        "t80"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t80"."_cum" + DATE_DIFF('DAY', "t80"."_i_start", "t80"."_i_end") + 1
                                        ) >= "t82"."_needed"
                                      )
                                    )
                                ) AS "t83"
                              ) AS "t84"
                            ) AS "t85"
                          ) AS "t86"
                        ) AS "t88"
                        LEFT OUTER JOIN (
                          SELECT
                            "t91"."person_id",
                            "t91"."benefit",
                            "t91"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t91"."_ex_start", "t91"."_from"),
                                LEAST("t91"."_ex_end", "t91"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t91"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t91"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            ARRAY_TO_STRING(
                              LIST_SORT(
                                ARRAY_AGG(
                                  CASE
                                    WHEN CAST("t91"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t91"."_ex_end" AS TEXT) IS NULL
                                    OR "t91"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t91"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t91"."_ex_end" AS TEXT),
                                      ' (',
                                      "t91"."_ex_reason",
                                      ')'
                                    )
                                  END
                                ) FILTER(WHERE
                                  CASE
                                    WHEN CAST("t91"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t91"."_ex_end" AS TEXT) IS NULL
                                    OR "t91"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t91"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t91"."_ex_end" AS TEXT),
                                      ' (',
                                      "t91"."_ex_reason",
                                      ')'
                                    )
                                  END IS NOT NULL)
                              ),
                              ', '
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t90"."person_id",
                              "t90"."benefit",
                              "t90"."start_date",
                              "t90"."_from",
                              "t90"."_to",
                              "t8"."_pid",
                              "t8"."_ex_start",
                              "t8"."_ex_end",
                              "t8"."_ex_reason"
                            FROM (
                              SELECT
                                "t87"."person_id",
                                "t87"."benefit",
                                "t87"."start_date",
                                "t87"."window_start" AS "_from",
                                "t87"."due0" AS "_to"
                              FROM (
                                SELECT
                                  "t86".*
                                  EXCLUDE ("_point")
                                FROM (
                                  SELECT
                                    "t85"."person_id",
                                    "t85"."benefit",
                                    "t85"."start_date",
                                    "t85"."end_date",
                                    "t85"."first_contact_date",
                                    "t85"."target_group",
                                    "t85"."first_absence_date",
                                    "t85"."sickness_category",
                                    "t85"."employed",
                                    "t85"."handover_date",
                                    "t85"."expected_absence_weeks",
                                    "t85"."work_obligation",
                                    "t85"."municipality",
                                    "t85"."early_followup_request_date",
                                    "t85"."education_order",
                                    "t85"."periods",
                                    "t85"."window_start",
                                    "t85"."required",
                                    "t85"."required_joint",
                                    "t85"."in_force",
                                    "t85"."_end_unconfirmed",
                                    "t85"."_point",
                                    CAST(CAST("t85"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t84".*
                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                    FROM (
                                      SELECT
                                        "t83"."person_id",
                                        "t83"."benefit",
                                        "t83"."start_date",
                                        "t83"."end_date",
                                        "t83"."first_contact_date",
                                        "t83"."target_group",
                                        "t83"."first_absence_date",
                                        "t83"."sickness_category",
                                        "t83"."employed",
                                        "t83"."handover_date",
                                        "t83"."expected_absence_weeks",
                                        "t83"."work_obligation",
                                        "t83"."municipality",
                                        "t83"."early_followup_request_date",
                                        "t83"."education_order",
                                        "t83"."periods",
                                        "t83"."window_start",
                                        "t83"."required",
                                        "t83"."required_joint",
                                        "t83"."in_force",
                                        "t83"."_end_unconfirmed",
                                        "t83"."_plain",
                                        "t83"."_needed",
                                        "t83"."_ipid",
                                        "t83"."_ibenefit",
                                        "t83"."_istart",
                                        "t83"."_i_start",
                                        "t83"."_i_end",
                                        "t83"."_cum",
                                        CASE
                                          WHEN "t83"."_i_start" IS NOT NULL
                                          THEN CAST(CAST("t83"."_i_start" + TO_DAYS(CAST("t83"."_needed" - "t83"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                          ELSE "t83"."_plain"
                                        END AS "_point"
                                      FROM (
                                        SELECT
                                          "t82"."person_id",
                                          "t82"."benefit",
                                          "t82"."start_date",
                                          "t82"."end_date",
                                          "t82"."first_contact_date",
                                          "t82"."target_group",
                                          "t82"."first_absence_date",
                                          "t82"."sickness_category",
                                          "t82"."employed",
                                          "t82"."handover_date",
                                          "t82"."expected_absence_weeks",
                                          "t82"."work_obligation",
                                          "t82"."municipality",
                                          "t82"."early_followup_request_date",
                                          "t82"."education_order",
                                          "t82"."periods",
                                          "t82"."window_start",
                                          "t82"."required",
                                          "t82"."required_joint",
                                          "t82"."in_force",
                                          "t82"."_end_unconfirmed",
                                          "t82"."_plain",
                                          "t82"."_needed",
                                          "t80"."_ipid",
                                          "t80"."_ibenefit",
                                          "t80"."_istart",
                                          "t80"."_i_start",
                                          "t80"."_i_end",
                                          "t80"."_cum"
                                        FROM (
                                          SELECT
                                            "t77"."person_id",
                                            "t77"."benefit",
                                            "t77"."start_date",
                                            "t77"."end_date",
                                            "t77"."first_contact_date",
                                            "t77"."target_group",
                                            "t77"."first_absence_date",
                                            "t77"."sickness_category",
                                            "t77"."employed",
                                            "t77"."handover_date",
                                            "t77"."expected_absence_weeks",
                                            "t77"."work_obligation",
                                            "t77"."municipality",
                                            "t77"."early_followup_request_date",
                                            "t77"."education_order",
                                            "t77"."periods",
                                            "t77"."start_date" AS "window_start",
                                            COALESCE(
                                              CASE
                                                WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) + COALESCE(0, 0) AS "required",
                                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                            (
                                              CASE
                                                WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND (
                                              CASE
                                                WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            ) AS "in_force",
                                            COALESCE(
                                              (
                                                CASE
                                                  WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 6
                                                  WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NULL
                                              )
                                              AND COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN [
                                                      'kontanthjaelp:aktivitetsparat',
                                                      'kontanthjaelp:uddannelsesparat',
                                                      'uddannelseshjaelp:aktivitetsparat',
                                                      'uddannelseshjaelp:uddannelsesparat',
                                                      'jobafklaring',
                                                      'ressourceforloeb',
                                                      'revalidering'
                                                    ]
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  "t77"."benefit"
                                                )
                                                OR ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN [
                                                      'kontanthjaelp:aktivitetsparat',
                                                      'kontanthjaelp:uddannelsesparat',
                                                      'uddannelseshjaelp:aktivitetsparat',
                                                      'uddannelseshjaelp:uddannelsesparat',
                                                      'jobafklaring',
                                                      'ressourceforloeb',
                                                      'revalidering'
                                                    ]
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  CASE WHEN "t77"."benefit" IS NULL THEN NULL ELSE CONCAT("t77"."benefit", ':') END || COALESCE("t77"."target_group", '')
                                                ),
                                                FALSE
                                              ),
                                              FALSE
                                            ) AS "_end_unconfirmed",
                                            CAST(CAST("t77"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                            DATE_DIFF(
                                              'DAY',
                                              "t77"."start_date",
                                              CAST(CAST("t77"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE)
                                            ) AS "_needed"
                                          FROM (
                                            SELECT
                                              "t70"."person_id",
                                              "t70"."benefit",
                                              "t70"."start_date",
                                              "t70"."end_date",
                                              "t70"."first_contact_date",
                                              "t70"."target_group",
                                              "t70"."first_absence_date",
                                              "t70"."sickness_category",
                                              "t70"."employed",
                                              "t70"."handover_date",
                                              "t70"."expected_absence_weeks",
                                              "t70"."work_obligation",
                                              "t70"."municipality",
                                              "t70"."early_followup_request_date",
                                              "t70"."education_order",
                                              "t70"."periods"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t66"."person_id",
                                                  "t66"."benefit",
                                                  "t66"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t66"."_end"
                                                  END AS "end_date",
                                                  "t6"."first_contact_date",
                                                  "t6"."target_group",
                                                  "t6"."first_absence_date",
                                                  "t6"."sickness_category",
                                                  "t6"."employed",
                                                  "t6"."handover_date",
                                                  "t6"."expected_absence_weeks",
                                                  "t6"."work_obligation",
                                                  "t6"."municipality",
                                                  "t66"."early_followup_request_date",
                                                  "t66"."education_order",
                                                  "t66"."periods"
                                                FROM (
                                                  SELECT
                                                    "t63"."person_id",
                                                    "t63"."benefit",
                                                    "t63"."_key",
                                                    MAX("t63"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                                    MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t62" AS "t63"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t66"
                                                INNER JOIN (
                                                  SELECT
                                                    "t2"."rowid" AS "_frid",
                                                    "t2"."first_contact_date",
                                                    "t2"."target_group",
                                                    "t2"."first_absence_date",
                                                    "t2"."sickness_category",
                                                    "t2"."employed",
                                                    "t2"."handover_date",
                                                    "t2"."expected_absence_weeks",
                                                    "t2"."work_obligation",
                                                    "t2"."municipality"
                                                  FROM "benefit_periods" AS "t2"
                                                ) AS "t6"
                                                  ON "t66"."_first" = "t6"."_frid"
                                              ) AS "t67"
                                              WHERE
                                                "t67"."benefit" IN ('dagpenge')
                                            ) AS "t70"
                                            SEMI JOIN (
                                              SELECT
                                                "t73"."person_id" AS "_k_person_id",
                                                "t73"."benefit" AS "_k_benefit",
                                                "t73"."start_date" AS "_k_start_date"
                                              FROM (
                                                SELECT
                                                  "t70"."person_id",
                                                  "t70"."benefit",
                                                  "t70"."start_date",
                                                  "t70"."end_date",
                                                  "t70"."first_contact_date",
                                                  "t70"."target_group",
                                                  "t70"."first_absence_date",
                                                  "t70"."sickness_category",
                                                  "t70"."employed",
                                                  "t70"."handover_date",
                                                  "t70"."expected_absence_weeks",
                                                  "t70"."work_obligation",
                                                  "t70"."municipality",
                                                  "t70"."early_followup_request_date",
                                                  "t70"."education_order",
                                                  "t70"."periods"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      "t66"."person_id",
                                                      "t66"."benefit",
                                                      "t66"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t66"."_end"
                                                      END AS "end_date",
                                                      "t6"."first_contact_date",
                                                      "t6"."target_group",
                                                      "t6"."first_absence_date",
                                                      "t6"."sickness_category",
                                                      "t6"."employed",
                                                      "t6"."handover_date",
                                                      "t6"."expected_absence_weeks",
                                                      "t6"."work_obligation",
                                                      "t6"."municipality",
                                                      "t66"."early_followup_request_date",
                                                      "t66"."education_order",
                                                      "t66"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t63"."person_id",
                                                        "t63"."benefit",
                                                        "t63"."_key",
                                                        MAX("t63"."_end") AS "_end",
                                                        COUNT(*) AS "periods",
                                                        FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                                        MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                        BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                      FROM "t62" AS "t63"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t66"
                                                    INNER JOIN (
                                                      SELECT
                                                        "t2"."rowid" AS "_frid",
                                                        "t2"."first_contact_date",
                                                        "t2"."target_group",
                                                        "t2"."first_absence_date",
                                                        "t2"."sickness_category",
                                                        "t2"."employed",
                                                        "t2"."handover_date",
                                                        "t2"."expected_absence_weeks",
                                                        "t2"."work_obligation",
                                                        "t2"."municipality"
                                                      FROM "benefit_periods" AS "t2"
                                                    ) AS "t6"
                                                      ON "t66"."_first" = "t6"."_frid"
                                                  ) AS "t67"
                                                  WHERE
                                                    "t67"."benefit" IN ('dagpenge')
                                                ) AS "t70"
                                                SEMI JOIN (
                                                  SELECT
                                                    "t2"."person_id" AS "_mpid",
                                                    "t2"."start_date" AS "_mstart"
                                                  FROM "benefit_periods" AS "t2"
                                                  WHERE
                                                    "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                ) AS "t10"
                                                  ON "t70"."person_id" = "t10"."_mpid"
                                                  AND "t10"."_mstart" >= "t70"."start_date"
                                                  AND (
                                                    (
                                                      "t70"."end_date" IS NULL
                                                    ) OR (
                                                      "t10"."_mstart" <= "t70"."end_date"
                                                    )
                                                  )
                                              ) AS "t73"
                                              WHERE
                                                CASE
                                                  WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 6
                                                  WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                            ) AS "t76"
                                              ON "t70"."person_id" = "t76"."_k_person_id"
                                              AND "t70"."benefit" = "t76"."_k_benefit"
                                              AND "t70"."start_date" = "t76"."_k_start_date"
                                          ) AS "t77"
                                        ) AS "t82"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t78"."person_id" AS "_ipid",
                                            "t78"."benefit" AS "_ibenefit",
                                            "t78"."start_date" AS "_istart",
                                            "t78"."i_start" AS "_i_start",
                                            "t78"."i_end" AS "_i_end",
                                            "t78"."cum_before" AS "_cum"
                                          FROM (
                                            SELECT
                                              "t74"."person_id",
                                              "t74"."benefit",
                                              "t74"."_key" AS "start_date",
                                              "t74"."i_start",
                                              "t74"."i_end",
                                              CAST(COALESCE(
                                                SUM("t74"."_len") OVER (
                                                  PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                                  ORDER BY "t74"."i_start" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ),
                                                0
                                              ) AS INT) AS "cum_before"
                                            FROM (
                                              SELECT
                                                "t72"."person_id",
                                                "t72"."benefit",
                                                "t72"."_key",
                                                "t72"."_island",
                                                "t72"."i_start",
                                                "t72"."i_end",
                                                CASE
                                                  WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN 0
                                                  ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                                END AS "_len"
                                              FROM (
                                                SELECT
                                                  "t71"."person_id",
                                                  "t71"."benefit",
                                                  "t71"."_key",
                                                  "t71"."_island",
                                                  MIN("t71"."start_date") AS "i_start",
                                                  MAX("t71"."_end") AS "i_end"
                                                FROM (
                                                  SELECT
                                                    "t68"."person_id",
                                                    "t68"."benefit",
                                                    "t68"."start_date",
                                                    "t68"."_end",
                                                    "t68"."_key",
                                                    "t68"."_acc",
                                                    "t68"."_rid",
                                                    "t68"."early_followup_request_date",
                                                    "t68"."education_order",
                                                    "t68"."_new",
                                                    SUM("t68"."_new") OVER (
                                                      PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                      ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ) AS "_island"
                                                  FROM (
                                                    SELECT
                                                      "t64"."person_id",
                                                      "t64"."benefit",
                                                      "t64"."start_date",
                                                      "t64"."_end",
                                                      "t64"."_key",
                                                      "t64"."_acc",
                                                      "t64"."_rid",
                                                      "t64"."early_followup_request_date",
                                                      "t64"."education_order",
                                                      CASE
                                                        WHEN MAX("t64"."_end") OVER (
                                                          PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                          ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) IS NULL
                                                        THEN 1
                                                        WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                          PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                          ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                        THEN 1
                                                        ELSE 0
                                                      END AS "_new"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "t62" AS "t63"
                                                      WHERE
                                                        "t63"."_acc"
                                                    ) AS "t64"
                                                  ) AS "t68"
                                                ) AS "t71"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t72"
                                            ) AS "t74"
                                          ) AS "t78"
                                        ) AS "t80"
                                          ON "t82"."person_id" = "t80"."_ipid"
                                          AND "t82"."benefit" = "t80"."_ibenefit"
                                          AND "t82"."start_date" = "t80"."_istart"
                                          AND "t80"."_cum" < "t82"."_needed"
                                          AND (
                                            (
                                              "t80"."_i_end" = MAKE_DATE(9999, 12, 31)
                                            )
                                            OR (
                                              (
                                                "t80"."_cum" + DATE_DIFF('DAY', "t80"."_i_start", "t80"."_i_end") + 1
                                              ) >= "t82"."_needed"
                                            )
                                          )
                                      ) AS "t83"
                                    ) AS "t84"
                                  ) AS "t85"
                                ) AS "t86"
                              ) AS "t87"
                            ) AS "t90"
                            INNER JOIN (
                              SELECT
                                "t0"."person_id" AS "_pid",
                                "t0"."start_date" AS "_ex_start",
                                "t0"."end_date" AS "_ex_end",
                                "t0"."reason" AS "_ex_reason"
                              FROM "exemptions" AS "t0"
                              WHERE
                                "t0"."start_date" <= CAST($as_of AS DATE)
                            ) AS "t8"
                              ON "t90"."person_id" = "t8"."_pid"
                              AND "t8"."_ex_start" <= "t90"."_to"
                              AND "t8"."_ex_end" >= "t90"."_from"
                          ) AS "t91"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t93"
                          ON "t88"."person_id" = "t93"."person_id"
                          AND "t88"."benefit" = "t93"."benefit"
                          AND "t88"."start_date" = "t93"."start_date"
                      ) AS "t94"
                    ) AS "t95"
                  ) AS "t97"
                  INNER JOIN (
                    SELECT
                      *
                    FROM "conversations" AS "t1"
                    WHERE
                      "t1"."status" = 'afholdt'
                      AND COALESCE("t1"."individual", TRUE)
                      AND "t1"."date" <= CAST($as_of AS DATE)
                      AND "t1"."kind" IN ('jobsamtale', 'faellessamtale')
                  ) AS "t9"
                    ON "t97"."person_id" = "t9"."person_id"
                    AND "t9"."date" >= "t97"."_first"
                    AND "t9"."date" <= "t97"."_last"
                ) AS "t98"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t98"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['jobcenter', 'anden_aktoer']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t98"."held_by"
                    ),
                    FALSE
                  )
                  AND COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t98"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t98"."form"
                    ),
                    FALSE
                  )
              ) AS "t104"
              INNER JOIN (
                SELECT
                  "t95"."person_id",
                  "t95"."benefit",
                  "t95"."start_date",
                  "t95"."required" AS "_n",
                  CAST(CAST("t95"."due0" + TO_DAYS(
                    CASE
                      WHEN COALESCE(
                        CASE
                          WHEN "t95"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN TRUE
                          ELSE CAST(NULL AS BOOLEAN)
                        END,
                        FALSE
                      )
                      THEN COALESCE("t95"."exempt_days", 0)
                      ELSE 0
                    END
                  ) AS TIMESTAMP) AS DATE) AS "_due"
                FROM (
                  SELECT
                    "t94".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t88"."person_id",
                      "t88"."benefit",
                      "t88"."start_date",
                      "t88"."end_date",
                      "t88"."first_contact_date",
                      "t88"."target_group",
                      "t88"."first_absence_date",
                      "t88"."sickness_category",
                      "t88"."employed",
                      "t88"."handover_date",
                      "t88"."expected_absence_weeks",
                      "t88"."work_obligation",
                      "t88"."municipality",
                      "t88"."early_followup_request_date",
                      "t88"."education_order",
                      "t88"."periods",
                      "t88"."window_start",
                      "t88"."required",
                      "t88"."required_joint",
                      "t88"."in_force",
                      "t88"."_end_unconfirmed",
                      "t88"."due0",
                      "t93"."person_id" AS "person_id_right",
                      "t93"."benefit" AS "benefit_right",
                      "t93"."start_date" AS "start_date_right",
                      "t93"."exempt_days",
                      "t93"."exempt_now",
                      "t93"."exemption_note"
                    FROM (
                      SELECT
                        "t86".*
                        EXCLUDE ("_point")
                      FROM (
                        SELECT
                          "t85"."person_id",
                          "t85"."benefit",
                          "t85"."start_date",
                          "t85"."end_date",
                          "t85"."first_contact_date",
                          "t85"."target_group",
                          "t85"."first_absence_date",
                          "t85"."sickness_category",
                          "t85"."employed",
                          "t85"."handover_date",
                          "t85"."expected_absence_weeks",
                          "t85"."work_obligation",
                          "t85"."municipality",
                          "t85"."early_followup_request_date",
                          "t85"."education_order",
                          "t85"."periods",
                          "t85"."window_start",
                          "t85"."required",
                          "t85"."required_joint",
                          "t85"."in_force",
                          "t85"."_end_unconfirmed",
                          "t85"."_point",
                          CAST(CAST("t85"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                        FROM (
                          SELECT
                            "t84".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t83"."person_id",
                              "t83"."benefit",
                              "t83"."start_date",
                              "t83"."end_date",
                              "t83"."first_contact_date",
                              "t83"."target_group",
                              "t83"."first_absence_date",
                              "t83"."sickness_category",
                              "t83"."employed",
                              "t83"."handover_date",
                              "t83"."expected_absence_weeks",
                              "t83"."work_obligation",
                              "t83"."municipality",
                              "t83"."early_followup_request_date",
                              "t83"."education_order",
                              "t83"."periods",
                              "t83"."window_start",
                              "t83"."required",
                              "t83"."required_joint",
                              "t83"."in_force",
                              "t83"."_end_unconfirmed",
                              "t83"."_plain",
                              "t83"."_needed",
                              "t83"."_ipid",
                              "t83"."_ibenefit",
                              "t83"."_istart",
                              "t83"."_i_start",
                              "t83"."_i_end",
                              "t83"."_cum",
                              CASE
                                WHEN "t83"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t83"."_i_start" + TO_DAYS(CAST("t83"."_needed" - "t83"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t83"."_plain"
                              END AS "_point"
                            FROM (
                              SELECT
                                "t82"."person_id",
                                "t82"."benefit",
                                "t82"."start_date",
                                "t82"."end_date",
                                "t82"."first_contact_date",
                                "t82"."target_group",
                                "t82"."first_absence_date",
                                "t82"."sickness_category",
                                "t82"."employed",
                                "t82"."handover_date",
                                "t82"."expected_absence_weeks",
                                "t82"."work_obligation",
                                "t82"."municipality",
                                "t82"."early_followup_request_date",
                                "t82"."education_order",
                                "t82"."periods",
                                "t82"."window_start",
                                "t82"."required",
                                "t82"."required_joint",
                                "t82"."in_force",
                                "t82"."_end_unconfirmed",
                                "t82"."_plain",
                                "t82"."_needed",
                                "t80"."_ipid",
                                "t80"."_ibenefit",
                                "t80"."_istart",
                                "t80"."_i_start",
                                "t80"."_i_end",
                                "t80"."_cum"
                              FROM (
                                SELECT
                                  "t77"."person_id",
                                  "t77"."benefit",
                                  "t77"."start_date",
                                  "t77"."end_date",
                                  "t77"."first_contact_date",
                                  "t77"."target_group",
                                  "t77"."first_absence_date",
                                  "t77"."sickness_category",
                                  "t77"."employed",
                                  "t77"."handover_date",
                                  "t77"."expected_absence_weeks",
                                  "t77"."work_obligation",
                                  "t77"."municipality",
                                  "t77"."early_followup_request_date",
                                  "t77"."education_order",
                                  "t77"."periods",
                                  "t77"."start_date" AS "window_start",
                                  COALESCE(
                                    CASE
                                      WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  ) + COALESCE(0, 0) AS "required",
                                  CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                  (
                                    CASE
                                      WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND (
                                    CASE
                                      WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  ) AS "in_force",
                                  COALESCE(
                                    (
                                      CASE
                                        WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 6
                                        WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NULL
                                    )
                                    AND COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN [
                                            'kontanthjaelp:aktivitetsparat',
                                            'kontanthjaelp:uddannelsesparat',
                                            'uddannelseshjaelp:aktivitetsparat',
                                            'uddannelseshjaelp:uddannelsesparat',
                                            'jobafklaring',
                                            'ressourceforloeb',
                                            'revalidering'
                                          ]
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t77"."benefit"
                                      )
                                      OR ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN [
                                            'kontanthjaelp:aktivitetsparat',
                                            'kontanthjaelp:uddannelsesparat',
                                            'uddannelseshjaelp:aktivitetsparat',
                                            'uddannelseshjaelp:uddannelsesparat',
                                            'jobafklaring',
                                            'ressourceforloeb',
                                            'revalidering'
                                          ]
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        CASE WHEN "t77"."benefit" IS NULL THEN NULL ELSE CONCAT("t77"."benefit", ':') END || COALESCE("t77"."target_group", '')
                                      ),
                                      FALSE
                                    ),
                                    FALSE
                                  ) AS "_end_unconfirmed",
                                  CAST(CAST("t77"."start_date" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t77"."start_date",
                                    CAST(CAST("t77"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t70"."person_id",
                                    "t70"."benefit",
                                    "t70"."start_date",
                                    "t70"."end_date",
                                    "t70"."first_contact_date",
                                    "t70"."target_group",
                                    "t70"."first_absence_date",
                                    "t70"."sickness_category",
                                    "t70"."employed",
                                    "t70"."handover_date",
                                    "t70"."expected_absence_weeks",
                                    "t70"."work_obligation",
                                    "t70"."municipality",
                                    "t70"."early_followup_request_date",
                                    "t70"."education_order",
                                    "t70"."periods"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t66"."person_id",
                                        "t66"."benefit",
                                        "t66"."_key" AS "start_date",
                                        CASE
                                          WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                          THEN CAST(NULL AS DATE)
                                          ELSE "t66"."_end"
                                        END AS "end_date",
                                        "t6"."first_contact_date",
                                        "t6"."target_group",
                                        "t6"."first_absence_date",
                                        "t6"."sickness_category",
                                        "t6"."employed",
                                        "t6"."handover_date",
                                        "t6"."expected_absence_weeks",
                                        "t6"."work_obligation",
                                        "t6"."municipality",
                                        "t66"."early_followup_request_date",
                                        "t66"."education_order",
                                        "t66"."periods"
                                      FROM (
                                        SELECT
                                          "t63"."person_id",
                                          "t63"."benefit",
                                          "t63"."_key",
                                          MAX("t63"."_end") AS "_end",
                                          COUNT(*) AS "periods",
                                          FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                          MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                          BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                        FROM "t62" AS "t63"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t66"
                                      INNER JOIN (
                                        SELECT
                                          "t2"."rowid" AS "_frid",
                                          "t2"."first_contact_date",
                                          "t2"."target_group",
                                          "t2"."first_absence_date",
                                          "t2"."sickness_category",
                                          "t2"."employed",
                                          "t2"."handover_date",
                                          "t2"."expected_absence_weeks",
                                          "t2"."work_obligation",
                                          "t2"."municipality"
                                        FROM "benefit_periods" AS "t2"
                                      ) AS "t6"
                                        ON "t66"."_first" = "t6"."_frid"
                                    ) AS "t67"
                                    WHERE
                                      "t67"."benefit" IN ('dagpenge')
                                  ) AS "t70"
                                  SEMI JOIN (
                                    SELECT
                                      "t73"."person_id" AS "_k_person_id",
                                      "t73"."benefit" AS "_k_benefit",
                                      "t73"."start_date" AS "_k_start_date"
                                    FROM (
                                      SELECT
                                        "t70"."person_id",
                                        "t70"."benefit",
                                        "t70"."start_date",
                                        "t70"."end_date",
                                        "t70"."first_contact_date",
                                        "t70"."target_group",
                                        "t70"."first_absence_date",
                                        "t70"."sickness_category",
                                        "t70"."employed",
                                        "t70"."handover_date",
                                        "t70"."expected_absence_weeks",
                                        "t70"."work_obligation",
                                        "t70"."municipality",
                                        "t70"."early_followup_request_date",
                                        "t70"."education_order",
                                        "t70"."periods"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t66"."person_id",
                                            "t66"."benefit",
                                            "t66"."_key" AS "start_date",
                                            CASE
                                              WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t66"."_end"
                                            END AS "end_date",
                                            "t6"."first_contact_date",
                                            "t6"."target_group",
                                            "t6"."first_absence_date",
                                            "t6"."sickness_category",
                                            "t6"."employed",
                                            "t6"."handover_date",
                                            "t6"."expected_absence_weeks",
                                            "t6"."work_obligation",
                                            "t6"."municipality",
                                            "t66"."early_followup_request_date",
                                            "t66"."education_order",
                                            "t66"."periods"
                                          FROM (
                                            SELECT
                                              "t63"."person_id",
                                              "t63"."benefit",
                                              "t63"."_key",
                                              MAX("t63"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                              MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t62" AS "t63"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t66"
                                          INNER JOIN (
                                            SELECT
                                              "t2"."rowid" AS "_frid",
                                              "t2"."first_contact_date",
                                              "t2"."target_group",
                                              "t2"."first_absence_date",
                                              "t2"."sickness_category",
                                              "t2"."employed",
                                              "t2"."handover_date",
                                              "t2"."expected_absence_weeks",
                                              "t2"."work_obligation",
                                              "t2"."municipality"
                                            FROM "benefit_periods" AS "t2"
                                          ) AS "t6"
                                            ON "t66"."_first" = "t6"."_frid"
                                        ) AS "t67"
                                        WHERE
                                          "t67"."benefit" IN ('dagpenge')
                                      ) AS "t70"
                                      SEMI JOIN (
                                        SELECT
                                          "t2"."person_id" AS "_mpid",
                                          "t2"."start_date" AS "_mstart"
                                        FROM "benefit_periods" AS "t2"
                                        WHERE
                                          "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                      ) AS "t10"
                                        ON "t70"."person_id" = "t10"."_mpid"
                                        AND "t10"."_mstart" >= "t70"."start_date"
                                        AND (
                                          (
                                            "t70"."end_date" IS NULL
                                          ) OR (
                                            "t10"."_mstart" <= "t70"."end_date"
                                          )
                                        )
                                    ) AS "t73"
                                    WHERE
                                      CASE
                                        WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 6
                                        WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                  ) AS "t76"
                                    ON "t70"."person_id" = "t76"."_k_person_id"
                                    AND "t70"."benefit" = "t76"."_k_benefit"
                                    AND "t70"."start_date" = "t76"."_k_start_date"
                                ) AS "t77"
                              ) AS "t82"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t78"."person_id" AS "_ipid",
                                  "t78"."benefit" AS "_ibenefit",
                                  "t78"."start_date" AS "_istart",
                                  "t78"."i_start" AS "_i_start",
                                  "t78"."i_end" AS "_i_end",
                                  "t78"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t74"."person_id",
                                    "t74"."benefit",
                                    "t74"."_key" AS "start_date",
                                    "t74"."i_start",
                                    "t74"."i_end",
                                    CAST(COALESCE(
                                      SUM("t74"."_len") OVER (
                                        PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                        ORDER BY "t74"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t72"."person_id",
                                      "t72"."benefit",
                                      "t72"."_key",
                                      "t72"."_island",
                                      "t72"."i_start",
                                      "t72"."i_end",
                                      CASE
                                        WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t71"."person_id",
                                        "t71"."benefit",
                                        "t71"."_key",
                                        "t71"."_island",
                                        MIN("t71"."start_date") AS "i_start",
                                        MAX("t71"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t68"."person_id",
                                          "t68"."benefit",
                                          "t68"."start_date",
                                          "t68"."_end",
                                          "t68"."_key",
                                          "t68"."_acc",
                                          "t68"."_rid",
                                          "t68"."early_followup_request_date",
                                          "t68"."education_order",
                                          "t68"."_new",
                                          SUM("t68"."_new") OVER (
                                            PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                            ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t64"."person_id",
                                            "t64"."benefit",
                                            "t64"."start_date",
                                            "t64"."_end",
                                            "t64"."_key",
                                            "t64"."_acc",
                                            "t64"."_rid",
                                            "t64"."early_followup_request_date",
                                            "t64"."education_order",
                                            CASE
                                              WHEN MAX("t64"."_end") OVER (
                                                PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t62" AS "t63"
                                            WHERE
                                              "t63"."_acc"
                                          ) AS "t64"
                                        ) AS "t68"
                                      ) AS "t71"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t72"
                                  ) AS "t74"
                                ) AS "t78"
                              ) AS "t80"
                                ON "t82"."person_id" = "t80"."_ipid"
                                AND "t82"."benefit" = "t80"."_ibenefit"
                                AND "t82"."start_date" = "t80"."_istart"
                                AND "t80"."_cum" < "t82"."_needed"
                                AND (
                                  (
                                    "t80"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t80"."_cum" + DATE_DIFF('DAY', "t80"."_i_start", "t80"."_i_end") + 1
                                    ) >= "t82"."_needed"
                                  )
                                )
                            ) AS "t83"
                          ) AS "t84"
                        ) AS "t85"
                      ) AS "t86"
                    ) AS "t88"
                    LEFT OUTER JOIN (
                      SELECT
                        "t91"."person_id",
                        "t91"."benefit",
                        "t91"."start_date",
                        CAST(SUM(
                          DATE_DIFF(
                            'DAY',
                            GREATEST("t91"."_ex_start", "t91"."_from"),
                            LEAST("t91"."_ex_end", "t91"."_to")
                          ) + 1
                        ) AS INT) AS "exempt_days",
                        BOOL_OR(
                          CAST((
                            "t91"."_ex_start" <= CAST($as_of AS DATE)
                          )
                          AND (
                            "t91"."_ex_end" >= CAST($as_of AS DATE)
                          ) AS BOOLEAN)
                        ) AS "exempt_now",
                        ARRAY_TO_STRING(
                          LIST_SORT(
                            ARRAY_AGG(
                              CASE
                                WHEN CAST("t91"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t91"."_ex_end" AS TEXT) IS NULL
                                OR "t91"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t91"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t91"."_ex_end" AS TEXT),
                                  ' (',
                                  "t91"."_ex_reason",
                                  ')'
                                )
                              END
                            ) FILTER(WHERE
                              CASE
                                WHEN CAST("t91"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t91"."_ex_end" AS TEXT) IS NULL
                                OR "t91"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t91"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t91"."_ex_end" AS TEXT),
                                  ' (',
                                  "t91"."_ex_reason",
                                  ')'
                                )
                              END IS NOT NULL)
                          ),
                          ', '
                        ) AS "exemption_note"
                      FROM (
                        SELECT
                          "t90"."person_id",
                          "t90"."benefit",
                          "t90"."start_date",
                          "t90"."_from",
                          "t90"."_to",
                          "t8"."_pid",
                          "t8"."_ex_start",
                          "t8"."_ex_end",
                          "t8"."_ex_reason"
                        FROM (
                          SELECT
                            "t87"."person_id",
                            "t87"."benefit",
                            "t87"."start_date",
                            "t87"."window_start" AS "_from",
                            "t87"."due0" AS "_to"
                          FROM (
                            SELECT
                              "t86".*
                              EXCLUDE ("_point")
                            FROM (
                              SELECT
                                "t85"."person_id",
                                "t85"."benefit",
                                "t85"."start_date",
                                "t85"."end_date",
                                "t85"."first_contact_date",
                                "t85"."target_group",
                                "t85"."first_absence_date",
                                "t85"."sickness_category",
                                "t85"."employed",
                                "t85"."handover_date",
                                "t85"."expected_absence_weeks",
                                "t85"."work_obligation",
                                "t85"."municipality",
                                "t85"."early_followup_request_date",
                                "t85"."education_order",
                                "t85"."periods",
                                "t85"."window_start",
                                "t85"."required",
                                "t85"."required_joint",
                                "t85"."in_force",
                                "t85"."_end_unconfirmed",
                                "t85"."_point",
                                CAST(CAST("t85"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                              FROM (
                                SELECT
                                  "t84".*
                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                FROM (
                                  SELECT
                                    "t83"."person_id",
                                    "t83"."benefit",
                                    "t83"."start_date",
                                    "t83"."end_date",
                                    "t83"."first_contact_date",
                                    "t83"."target_group",
                                    "t83"."first_absence_date",
                                    "t83"."sickness_category",
                                    "t83"."employed",
                                    "t83"."handover_date",
                                    "t83"."expected_absence_weeks",
                                    "t83"."work_obligation",
                                    "t83"."municipality",
                                    "t83"."early_followup_request_date",
                                    "t83"."education_order",
                                    "t83"."periods",
                                    "t83"."window_start",
                                    "t83"."required",
                                    "t83"."required_joint",
                                    "t83"."in_force",
                                    "t83"."_end_unconfirmed",
                                    "t83"."_plain",
                                    "t83"."_needed",
                                    "t83"."_ipid",
                                    "t83"."_ibenefit",
                                    "t83"."_istart",
                                    "t83"."_i_start",
                                    "t83"."_i_end",
                                    "t83"."_cum",
                                    CASE
                                      WHEN "t83"."_i_start" IS NOT NULL
                                      THEN CAST(CAST("t83"."_i_start" + TO_DAYS(CAST("t83"."_needed" - "t83"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                      ELSE "t83"."_plain"
                                    END AS "_point"
                                  FROM (
                                    SELECT
                                      "t82"."person_id",
                                      "t82"."benefit",
                                      "t82"."start_date",
                                      "t82"."end_date",
                                      "t82"."first_contact_date",
                                      "t82"."target_group",
                                      "t82"."first_absence_date",
                                      "t82"."sickness_category",
                                      "t82"."employed",
                                      "t82"."handover_date",
                                      "t82"."expected_absence_weeks",
                                      "t82"."work_obligation",
                                      "t82"."municipality",
                                      "t82"."early_followup_request_date",
                                      "t82"."education_order",
                                      "t82"."periods",
                                      "t82"."window_start",
                                      "t82"."required",
                                      "t82"."required_joint",
                                      "t82"."in_force",
                                      "t82"."_end_unconfirmed",
                                      "t82"."_plain",
                                      "t82"."_needed",
                                      "t80"."_ipid",
                                      "t80"."_ibenefit",
                                      "t80"."_istart",
                                      "t80"."_i_start",
                                      "t80"."_i_end",
                                      "t80"."_cum"
                                    FROM (
                                      SELECT
                                        "t77"."person_id",
                                        "t77"."benefit",
                                        "t77"."start_date",
                                        "t77"."end_date",
                                        "t77"."first_contact_date",
                                        "t77"."target_group",
                                        "t77"."first_absence_date",
                                        "t77"."sickness_category",
                                        "t77"."employed",
                                        "t77"."handover_date",
                                        "t77"."expected_absence_weeks",
                                        "t77"."work_obligation",
                                        "t77"."municipality",
                                        "t77"."early_followup_request_date",
                                        "t77"."education_order",
                                        "t77"."periods",
                                        "t77"."start_date" AS "window_start",
                                        COALESCE(
                                          CASE
                                            WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) + COALESCE(0, 0) AS "required",
                                        CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                        (
                                          CASE
                                            WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        )
                                        AND (
                                          CASE
                                            WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        ) AS "in_force",
                                        COALESCE(
                                          (
                                            CASE
                                              WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t77"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 6
                                              WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NULL
                                          )
                                          AND COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN [
                                                  'kontanthjaelp:aktivitetsparat',
                                                  'kontanthjaelp:uddannelsesparat',
                                                  'uddannelseshjaelp:aktivitetsparat',
                                                  'uddannelseshjaelp:uddannelsesparat',
                                                  'jobafklaring',
                                                  'ressourceforloeb',
                                                  'revalidering'
                                                ]
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              "t77"."benefit"
                                            )
                                            OR ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t77"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN [
                                                  'kontanthjaelp:aktivitetsparat',
                                                  'kontanthjaelp:uddannelsesparat',
                                                  'uddannelseshjaelp:aktivitetsparat',
                                                  'uddannelseshjaelp:uddannelsesparat',
                                                  'jobafklaring',
                                                  'ressourceforloeb',
                                                  'revalidering'
                                                ]
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              CASE WHEN "t77"."benefit" IS NULL THEN NULL ELSE CONCAT("t77"."benefit", ':') END || COALESCE("t77"."target_group", '')
                                            ),
                                            FALSE
                                          ),
                                          FALSE
                                        ) AS "_end_unconfirmed",
                                        CAST(CAST("t77"."start_date" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                        DATE_DIFF(
                                          'DAY',
                                          "t77"."start_date",
                                          CAST(CAST("t77"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t77"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                        ) AS "_needed"
                                      FROM (
                                        SELECT
                                          "t70"."person_id",
                                          "t70"."benefit",
                                          "t70"."start_date",
                                          "t70"."end_date",
                                          "t70"."first_contact_date",
                                          "t70"."target_group",
                                          "t70"."first_absence_date",
                                          "t70"."sickness_category",
                                          "t70"."employed",
                                          "t70"."handover_date",
                                          "t70"."expected_absence_weeks",
                                          "t70"."work_obligation",
                                          "t70"."municipality",
                                          "t70"."early_followup_request_date",
                                          "t70"."education_order",
                                          "t70"."periods"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t66"."person_id",
                                              "t66"."benefit",
                                              "t66"."_key" AS "start_date",
                                              CASE
                                                WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t66"."_end"
                                              END AS "end_date",
                                              "t6"."first_contact_date",
                                              "t6"."target_group",
                                              "t6"."first_absence_date",
                                              "t6"."sickness_category",
                                              "t6"."employed",
                                              "t6"."handover_date",
                                              "t6"."expected_absence_weeks",
                                              "t6"."work_obligation",
                                              "t6"."municipality",
                                              "t66"."early_followup_request_date",
                                              "t66"."education_order",
                                              "t66"."periods"
                                            FROM (
                                              SELECT
                                                "t63"."person_id",
                                                "t63"."benefit",
                                                "t63"."_key",
                                                MAX("t63"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                                MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t62" AS "t63"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t66"
                                            INNER JOIN (
                                              SELECT
                                                "t2"."rowid" AS "_frid",
                                                "t2"."first_contact_date",
                                                "t2"."target_group",
                                                "t2"."first_absence_date",
                                                "t2"."sickness_category",
                                                "t2"."employed",
                                                "t2"."handover_date",
                                                "t2"."expected_absence_weeks",
                                                "t2"."work_obligation",
                                                "t2"."municipality"
                                              FROM "benefit_periods" AS "t2"
                                            ) AS "t6"
                                              ON "t66"."_first" = "t6"."_frid"
                                          ) AS "t67"
                                          WHERE
                                            "t67"."benefit" IN ('dagpenge')
                                        ) AS "t70"
                                        SEMI JOIN (
                                          SELECT
                                            "t73"."person_id" AS "_k_person_id",
                                            "t73"."benefit" AS "_k_benefit",
                                            "t73"."start_date" AS "_k_start_date"
                                          FROM (
                                            SELECT
                                              "t70"."person_id",
                                              "t70"."benefit",
                                              "t70"."start_date",
                                              "t70"."end_date",
                                              "t70"."first_contact_date",
                                              "t70"."target_group",
                                              "t70"."first_absence_date",
                                              "t70"."sickness_category",
                                              "t70"."employed",
                                              "t70"."handover_date",
                                              "t70"."expected_absence_weeks",
                                              "t70"."work_obligation",
                                              "t70"."municipality",
                                              "t70"."early_followup_request_date",
                                              "t70"."education_order",
                                              "t70"."periods"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t66"."person_id",
                                                  "t66"."benefit",
                                                  "t66"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t66"."_end"
                                                  END AS "end_date",
                                                  "t6"."first_contact_date",
                                                  "t6"."target_group",
                                                  "t6"."first_absence_date",
                                                  "t6"."sickness_category",
                                                  "t6"."employed",
                                                  "t6"."handover_date",
                                                  "t6"."expected_absence_weeks",
                                                  "t6"."work_obligation",
                                                  "t6"."municipality",
                                                  "t66"."early_followup_request_date",
                                                  "t66"."education_order",
                                                  "t66"."periods"
                                                FROM (
                                                  SELECT
                                                    "t63"."person_id",
                                                    "t63"."benefit",
                                                    "t63"."_key",
                                                    MAX("t63"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t63"."_rid" ORDER BY "t63"."start_date") AS "_first",
                                                    MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t62" AS "t63"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t66"
                                                INNER JOIN (
                                                  SELECT
                                                    "t2"."rowid" AS "_frid",
                                                    "t2"."first_contact_date",
                                                    "t2"."target_group",
                                                    "t2"."first_absence_date",
                                                    "t2"."sickness_category",
                                                    "t2"."employed",
                                                    "t2"."handover_date",
                                                    "t2"."expected_absence_weeks",
                                                    "t2"."work_obligation",
                                                    "t2"."municipality"
                                                  FROM "benefit_periods" AS "t2"
                                                ) AS "t6"
                                                  ON "t66"."_first" = "t6"."_frid"
                                              ) AS "t67"
                                              WHERE
                                                "t67"."benefit" IN ('dagpenge')
                                            ) AS "t70"
                                            SEMI JOIN (
                                              SELECT
                                                "t2"."person_id" AS "_mpid",
                                                "t2"."start_date" AS "_mstart"
                                              FROM "benefit_periods" AS "t2"
                                              WHERE
                                                "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                            ) AS "t10"
                                              ON "t70"."person_id" = "t10"."_mpid"
                                              AND "t10"."_mstart" >= "t70"."start_date"
                                              AND (
                                                (
                                                  "t70"."end_date" IS NULL
                                                ) OR (
                                                  "t10"."_mstart" <= "t70"."end_date"
                                                )
                                              )
                                          ) AS "t73"
                                          WHERE
                                            CASE
                                              WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 6
                                              WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                        ) AS "t76"
                                          ON "t70"."person_id" = "t76"."_k_person_id"
                                          AND "t70"."benefit" = "t76"."_k_benefit"
                                          AND "t70"."start_date" = "t76"."_k_start_date"
                                      ) AS "t77"
                                    ) AS "t82"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t78"."person_id" AS "_ipid",
                                        "t78"."benefit" AS "_ibenefit",
                                        "t78"."start_date" AS "_istart",
                                        "t78"."i_start" AS "_i_start",
                                        "t78"."i_end" AS "_i_end",
                                        "t78"."cum_before" AS "_cum"
                                      FROM (
                                        SELECT
                                          "t74"."person_id",
                                          "t74"."benefit",
                                          "t74"."_key" AS "start_date",
                                          "t74"."i_start",
                                          "t74"."i_end",
                                          CAST(COALESCE(
                                            SUM("t74"."_len") OVER (
                                              PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                              ORDER BY "t74"."i_start" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ),
                                            0
                                          ) AS INT) AS "cum_before"
                                        FROM (
                                          SELECT
                                            "t72"."person_id",
                                            "t72"."benefit",
                                            "t72"."_key",
                                            "t72"."_island",
                                            "t72"."i_start",
                                            "t72"."i_end",
                                            CASE
                                              WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                              THEN 0
                                              ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                            END AS "_len"
                                          FROM (
                                            SELECT
                                              "t71"."person_id",
                                              "t71"."benefit",
                                              "t71"."_key",
                                              "t71"."_island",
                                              MIN("t71"."start_date") AS "i_start",
                                              MAX("t71"."_end") AS "i_end"
                                            FROM (
                                              SELECT
                                                "t68"."person_id",
                                                "t68"."benefit",
                                                "t68"."start_date",
                                                "t68"."_end",
                                                "t68"."_key",
                                                "t68"."_acc",
                                                "t68"."_rid",
                                                "t68"."early_followup_request_date",
                                                "t68"."education_order",
                                                "t68"."_new",
                                                SUM("t68"."_new") OVER (
                                                  PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                  ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                ) AS "_island"
                                              FROM (
                                                SELECT
                                                  "t64"."person_id",
                                                  "t64"."benefit",
                                                  "t64"."start_date",
                                                  "t64"."_end",
                                                  "t64"."_key",
                                                  "t64"."_acc",
                                                  "t64"."_rid",
                                                  "t64"."early_followup_request_date",
                                                  "t64"."education_order",
                                                  CASE
                                                    WHEN MAX("t64"."_end") OVER (
                                                      PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                      ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) IS NULL
                                                    THEN 1
                                                    WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                      PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                      ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                    THEN 1
                                                    ELSE 0
                                                  END AS "_new"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM "t62" AS "t63"
                                                  WHERE
                                                    "t63"."_acc"
                                                ) AS "t64"
                                              ) AS "t68"
                                            ) AS "t71"
                                            GROUP BY
                                              1,
                                              2,
                                              3,
                                              4
                                          ) AS "t72"
                                        ) AS "t74"
                                      ) AS "t78"
                                    ) AS "t80"
                                      ON "t82"."person_id" = "t80"."_ipid"
                                      AND "t82"."benefit" = "t80"."_ibenefit"
                                      AND "t82"."start_date" = "t80"."_istart"
                                      AND "t80"."_cum" < "t82"."_needed"
                                      AND (
                                        (
                                          "t80"."_i_end" = MAKE_DATE(9999, 12, 31)
                                        )
                                        OR (
                                          (
                                            "t80"."_cum" + DATE_DIFF('DAY', "t80"."_i_start", "t80"."_i_end") + 1
                                          ) >= "t82"."_needed"
                                        )
                                      )
                                  ) AS "t83"
                                ) AS "t84"
                              ) AS "t85"
                            ) AS "t86"
                          ) AS "t87"
                        ) AS "t90"
                        INNER JOIN (
                          SELECT
                            "t0"."person_id" AS "_pid",
                            "t0"."start_date" AS "_ex_start",
                            "t0"."end_date" AS "_ex_end",
                            "t0"."reason" AS "_ex_reason"
                          FROM "exemptions" AS "t0"
                          WHERE
                            "t0"."start_date" <= CAST($as_of AS DATE)
                        ) AS "t8"
                          ON "t90"."person_id" = "t8"."_pid"
                          AND "t8"."_ex_start" <= "t90"."_to"
                          AND "t8"."_ex_end" >= "t90"."_from"
                      ) AS "t91"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t93"
                      ON "t88"."person_id" = "t93"."person_id"
                      AND "t88"."benefit" = "t93"."benefit"
                      AND "t88"."start_date" = "t93"."start_date"
                  ) AS "t94"
                ) AS "t95"
              ) AS "t102"
                ON "t104"."person_id" = "t102"."person_id"
                AND "t104"."benefit" = "t102"."benefit"
                AND "t104"."start_date" = "t102"."start_date"
            ) AS "t105"
            WHERE
              "t105"."_n" > 0
          ) AS "t106"
          GROUP BY
            1,
            2,
            3
        ) AS "t107"
      ) AS "t109"
        ON "t101"."person_id" = "t109"."person_id"
        AND "t101"."benefit" = "t109"."benefit"
        AND "t101"."start_date" = "t109"."start_date"
    ) AS "t110"
  ) AS "t111"
) AS "t112"
