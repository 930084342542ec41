WITH "t13" AS (
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
    "t12"."_run",
    "t12"."_new",
    MAX(CASE WHEN "t12"."_new" = 1 THEN "t12"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t12"."person_id"
      ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
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
      "t11"."_switch",
      "t11"."_run",
      CASE
        WHEN (
          "t11"."_switch" = 1
        )
        OR (
          (
            MAX("t11"."_end") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t11"."_end") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t11"."start_date" > CAST(CAST(MAX("t11"."_end") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t11"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t11"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t11"."_end") OVER (
                    PARTITION BY "t11"."person_id", "t11"."_run"
                    ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t11"."_end") OVER (
                    PARTITION BY "t11"."person_id", "t11"."_run"
                    ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t11"."_end") OVER (
                      PARTITION BY "t11"."person_id", "t11"."_run"
                      ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t11"."target_group") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || CASE
              WHEN "t11"."target_group" IS NULL
              THEN NULL
              ELSE CONCAT('>', "t11"."target_group")
            END
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t10"."person_id",
        "t10"."benefit",
        "t10"."start_date",
        "t10"."target_group",
        "t10"."early_followup_request_date",
        "t10"."education_order",
        "t10"."_rid",
        "t10"."_end",
        "t10"."_acc",
        "t10"."_switch",
        SUM("t10"."_switch") OVER (
          PARTITION BY "t10"."person_id"
          ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t9"."person_id",
          "t9"."benefit",
          "t9"."start_date",
          "t9"."target_group",
          "t9"."early_followup_request_date",
          "t9"."education_order",
          "t9"."_rid",
          "t9"."_end",
          "t9"."_acc",
          CASE
            WHEN LAG("t9"."benefit") OVER (
              PARTITION BY "t9"."person_id"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t9"."benefit") OVER (
              PARTITION BY "t9"."person_id"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t9"."benefit"
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
        ) AS "t9"
      ) AS "t10"
    ) AS "t11"
  ) AS "t12"
), "t15" AS (
  SELECT
    *
  FROM "t13" AS "t14"
  WHERE
    "t14"."_acc"
), "t19" AS (
  SELECT
    "t17"."person_id",
    "t17"."benefit",
    MIN("t17"."start_date") AS "c1"
  FROM "t15" AS "t17"
  GROUP BY
    1,
    2
), "t28" AS (
  SELECT
    "t27"."person_id",
    "t27"."benefit",
    "t27"."c1",
    "t27"."c2"
  FROM (
    SELECT
      "t21"."person_id",
      "t21"."benefit",
      "t21"."c1",
      "t26"."person_id" AS "person_id_right",
      "t26"."benefit" AS "benefit_right",
      "t26"."c2"
    FROM "t19" AS "t21"
    LEFT OUTER JOIN (
      SELECT
        "t24"."person_id",
        "t24"."benefit",
        MIN("t24"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t18"."person_id",
            "t18"."benefit",
            "t18"."start_date",
            "t18"."target_group",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_rid",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
            "t18"."_spell_start",
            "t22"."c1"
          FROM "t15" AS "t18"
          INNER JOIN "t19" AS "t22"
            ON "t18"."person_id" = "t22"."person_id" AND "t18"."benefit" = "t22"."benefit"
        ) AS "t23"
        WHERE
          "t23"."start_date" >= CAST(CAST("t23"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t23"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t24"
      GROUP BY
        1,
        2
    ) AS "t26"
      ON "t21"."person_id" = "t26"."person_id" AND "t21"."benefit" = "t26"."benefit"
  ) AS "t27"
), "t37" AS (
  SELECT
    "t36"."person_id",
    "t36"."benefit",
    "t36"."c1",
    "t36"."c2",
    "t36"."c3"
  FROM (
    SELECT
      "t30"."person_id",
      "t30"."benefit",
      "t30"."c1",
      "t30"."c2",
      "t35"."person_id" AS "person_id_right",
      "t35"."benefit" AS "benefit_right",
      "t35"."c3"
    FROM "t28" AS "t30"
    LEFT OUTER JOIN (
      SELECT
        "t33"."person_id",
        "t33"."benefit",
        MIN("t33"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t18"."person_id",
            "t18"."benefit",
            "t18"."start_date",
            "t18"."target_group",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_rid",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
            "t18"."_spell_start",
            "t31"."c1",
            "t31"."c2"
          FROM "t15" AS "t18"
          INNER JOIN "t28" AS "t31"
            ON "t18"."person_id" = "t31"."person_id" AND "t18"."benefit" = "t31"."benefit"
        ) AS "t32"
        WHERE
          "t32"."start_date" >= CAST(CAST("t32"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t32"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t33"
      GROUP BY
        1,
        2
    ) AS "t35"
      ON "t30"."person_id" = "t35"."person_id" AND "t30"."benefit" = "t35"."benefit"
  ) AS "t36"
), "t60" AS (
  SELECT
    *
  FROM (
    SELECT
      "t14"."person_id",
      "t14"."benefit",
      "t14"."start_date",
      "t14"."_end",
      "t14"."_spell_start" AS "_key",
      "t14"."_acc",
      "t14"."_rid",
      "t14"."early_followup_request_date",
      "t14"."education_order"
    FROM "t13" AS "t14"
    WHERE
      NOT (
        "t14"."_acc"
      )
  ) AS "t16"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t58"."person_id",
      "t58"."benefit",
      "t58"."start_date",
      "t58"."_end",
      "t58"."_key",
      "t58"."_acc",
      "t58"."_rid",
      "t58"."early_followup_request_date",
      "t58"."education_order"
    FROM (
      SELECT
        "t57".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t56"."person_id",
          "t56"."benefit",
          "t56"."start_date",
          "t56"."target_group",
          "t56"."early_followup_request_date",
          "t56"."education_order",
          "t56"."_rid",
          "t56"."_end",
          "t56"."_acc",
          "t56"."_switch",
          "t56"."_run",
          "t56"."_new",
          "t56"."_spell_start",
          "t56"."c1",
          "t56"."c2",
          "t56"."c3",
          "t56"."c4",
          "t56"."c5",
          GREATEST(
            CASE
              WHEN "t56"."c1" <= "t56"."start_date"
              THEN "t56"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t56"."c2" <= "t56"."start_date"
              THEN "t56"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t56"."c3" <= "t56"."start_date"
              THEN "t56"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t56"."c4" <= "t56"."start_date"
              THEN "t56"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t56"."c5" <= "t56"."start_date"
              THEN "t56"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t18"."person_id",
            "t18"."benefit",
            "t18"."start_date",
            "t18"."target_group",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_rid",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
            "t18"."_spell_start",
            "t55"."c1",
            "t55"."c2",
            "t55"."c3",
            "t55"."c4",
            "t55"."c5"
          FROM "t15" AS "t18"
          INNER JOIN (
            SELECT
              "t53".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t47"."person_id",
                "t47"."benefit",
                "t47"."c1",
                "t47"."c2",
                "t47"."c3",
                "t47"."c4",
                "t52"."person_id" AS "person_id_right",
                "t52"."benefit" AS "benefit_right",
                "t52"."c5"
              FROM (
                SELECT
                  "t45".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t39"."person_id",
                    "t39"."benefit",
                    "t39"."c1",
                    "t39"."c2",
                    "t39"."c3",
                    "t44"."person_id" AS "person_id_right",
                    "t44"."benefit" AS "benefit_right",
                    "t44"."c4"
                  FROM "t37" AS "t39"
                  LEFT OUTER JOIN (
                    SELECT
                      "t42"."person_id",
                      "t42"."benefit",
                      MIN("t42"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t18"."person_id",
                          "t18"."benefit",
                          "t18"."start_date",
                          "t18"."target_group",
                          "t18"."early_followup_request_date",
                          "t18"."education_order",
                          "t18"."_rid",
                          "t18"."_end",
                          "t18"."_acc",
                          "t18"."_switch",
                          "t18"."_run",
                          "t18"."_new",
                          "t18"."_spell_start",
                          "t40"."c1",
                          "t40"."c2",
                          "t40"."c3"
                        FROM "t15" AS "t18"
                        INNER JOIN "t37" AS "t40"
                          ON "t18"."person_id" = "t40"."person_id" AND "t18"."benefit" = "t40"."benefit"
                      ) AS "t41"
                      WHERE
                        "t41"."start_date" >= CAST(CAST("t41"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t41"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t42"
                    GROUP BY
                      1,
                      2
                  ) AS "t44"
                    ON "t39"."person_id" = "t44"."person_id" AND "t39"."benefit" = "t44"."benefit"
                ) AS "t45"
              ) AS "t47"
              LEFT OUTER JOIN (
                SELECT
                  "t50"."person_id",
                  "t50"."benefit",
                  MIN("t50"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t18"."person_id",
                      "t18"."benefit",
                      "t18"."start_date",
                      "t18"."target_group",
                      "t18"."early_followup_request_date",
                      "t18"."education_order",
                      "t18"."_rid",
                      "t18"."_end",
                      "t18"."_acc",
                      "t18"."_switch",
                      "t18"."_run",
                      "t18"."_new",
                      "t18"."_spell_start",
                      "t48"."c1",
                      "t48"."c2",
                      "t48"."c3",
                      "t48"."c4"
                    FROM "t15" AS "t18"
                    INNER JOIN (
                      SELECT
                        "t45".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t39"."person_id",
                          "t39"."benefit",
                          "t39"."c1",
                          "t39"."c2",
                          "t39"."c3",
                          "t44"."person_id" AS "person_id_right",
                          "t44"."benefit" AS "benefit_right",
                          "t44"."c4"
                        FROM "t37" AS "t39"
                        LEFT OUTER JOIN (
                          SELECT
                            "t42"."person_id",
                            "t42"."benefit",
                            MIN("t42"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t18"."person_id",
                                "t18"."benefit",
                                "t18"."start_date",
                                "t18"."target_group",
                                "t18"."early_followup_request_date",
                                "t18"."education_order",
                                "t18"."_rid",
                                "t18"."_end",
                                "t18"."_acc",
                                "t18"."_switch",
                                "t18"."_run",
                                "t18"."_new",
                                "t18"."_spell_start",
                                "t40"."c1",
                                "t40"."c2",
                                "t40"."c3"
                              FROM "t15" AS "t18"
                              INNER JOIN "t37" AS "t40"
                                ON "t18"."person_id" = "t40"."person_id" AND "t18"."benefit" = "t40"."benefit"
                            ) AS "t41"
                            WHERE
                              "t41"."start_date" >= CAST(CAST("t41"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t41"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t42"
                          GROUP BY
                            1,
                            2
                        ) AS "t44"
                          ON "t39"."person_id" = "t44"."person_id" AND "t39"."benefit" = "t44"."benefit"
                      ) AS "t45"
                    ) AS "t48"
                      ON "t18"."person_id" = "t48"."person_id" AND "t18"."benefit" = "t48"."benefit"
                  ) AS "t49"
                  WHERE
                    "t49"."start_date" >= CAST(CAST("t49"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t49"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t50"
                GROUP BY
                  1,
                  2
              ) AS "t52"
                ON "t47"."person_id" = "t52"."person_id" AND "t47"."benefit" = "t52"."benefit"
            ) AS "t53"
          ) AS "t55"
            ON "t18"."person_id" = "t55"."person_id" AND "t18"."benefit" = "t55"."benefit"
        ) AS "t56"
      ) AS "t57"
    ) AS "t58"
  ) AS "t59"
)
SELECT
  "t105"."person_id",
  "t105"."benefit",
  'interviews_6m' AS "kind",
  'interviews_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t105"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (mere fleksible kontaktforløb); STAR, svar på spørgsmål fra webinar 21.1.2026'
    WHEN "t105"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 280 af 2024)'
    WHEN "t105"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t105"."window_start",
  CASE
    WHEN COALESCE("t105"."is_applicable", FALSE)
    THEN "t105"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t105"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t105"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t105"."fulfilled_date" <= "t105"."due_date"
    )
    THEN 'met'
    WHEN "t105"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t105"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t105"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t105"."is_applicable", FALSE)
    THEN "t105"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t105"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t105"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t105"."fulfilled_date" > "t105"."due_date"
    )
    THEN DATE_DIFF('DAY', "t105"."due_date", "t105"."fulfilled_date")
    WHEN NOT (
      "t105"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t105"."is_exempt", FALSE)
    )
    AND (
      "t105"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t105"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t105"."is_applicable", FALSE)
              THEN "t105"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t105"."window_start"
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
              WHEN COALESCE("t105"."is_applicable", FALSE)
              THEN "t105"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t105"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t105"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t104"."person_id",
    "t104"."benefit",
    "t104"."start_date",
    "t104"."end_date",
    "t104"."first_contact_date",
    "t104"."target_group",
    "t104"."first_absence_date",
    "t104"."sickness_category",
    "t104"."employed",
    "t104"."handover_date",
    "t104"."expected_absence_weeks",
    "t104"."work_obligation",
    "t104"."municipality",
    "t104"."early_followup_request_date",
    "t104"."education_order",
    "t104"."periods",
    "t104"."window_start",
    "t104"."required",
    "t104"."required_joint",
    "t104"."in_force",
    "t104"."_end_unconfirmed",
    "t104"."due0",
    "t104"."exempt_days",
    "t104"."exempt_now",
    "t104"."exemption_note",
    "t104"."due_date",
    "t104"."nth_date",
    "t104"."counted",
    "t104"."in_window",
    "t104"."listed",
    "t104"."nth_date" AS "fulfilled_date",
    "t104"."in_force"
    AND NOT (
      (
        "t104"."end_date" IS NOT NULL
      )
      AND (
        "t104"."end_date" < "t104"."due_date"
      )
      AND (
        "t104"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t104"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t104"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t104"."end_date" IS NOT NULL
        )
        AND (
          "t104"."end_date" < "t104"."due_date"
        )
        AND (
          "t104"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t104"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t104"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t104"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t104"."listed" IS NOT NULL
          THEN CASE WHEN "t104"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t104"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t104"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t104"."end_date" AS TEXT))
        END
        WHEN "t104"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t104"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t104"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t104"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t104"."listed" IS NOT NULL
          THEN CASE WHEN "t104"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t104"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t104"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t104"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t104"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t104"."listed" IS NOT NULL
          THEN CASE WHEN "t104"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t104"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t104"."end_date" IS NOT NULL
        )
        AND (
          "t104"."end_date" < "t104"."due_date"
        )
        AND (
          "t104"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t104"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t104"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t104"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t104"."listed" IS NOT NULL
          THEN CASE WHEN "t104"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t104"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t104"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t104"."end_date" AS TEXT))
        END
        WHEN "t104"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t104"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t104"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t104"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t104"."listed" IS NOT NULL
          THEN CASE WHEN "t104"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t104"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t104"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t104"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t104"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t104"."listed" IS NOT NULL
          THEN CASE WHEN "t104"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t104"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t104"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t104"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t103".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t94"."person_id",
        "t94"."benefit",
        "t94"."start_date",
        "t94"."end_date",
        "t94"."first_contact_date",
        "t94"."target_group",
        "t94"."first_absence_date",
        "t94"."sickness_category",
        "t94"."employed",
        "t94"."handover_date",
        "t94"."expected_absence_weeks",
        "t94"."work_obligation",
        "t94"."municipality",
        "t94"."early_followup_request_date",
        "t94"."education_order",
        "t94"."periods",
        "t94"."window_start",
        "t94"."required",
        "t94"."required_joint",
        "t94"."in_force",
        "t94"."_end_unconfirmed",
        "t94"."due0",
        "t94"."exempt_days",
        "t94"."exempt_now",
        "t94"."exemption_note",
        "t94"."due_date",
        "t102"."person_id" AS "person_id_right",
        "t102"."benefit" AS "benefit_right",
        "t102"."start_date" AS "start_date_right",
        "t102"."nth_date",
        "t102"."counted",
        "t102"."in_window",
        "t102"."listed"
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
          COALESCE("t88"."exempt_days", 0) AS "exempt_days",
          COALESCE("t88"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t88"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t88"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t88"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t87".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t81"."person_id",
              "t81"."benefit",
              "t81"."start_date",
              "t81"."end_date",
              "t81"."first_contact_date",
              "t81"."target_group",
              "t81"."first_absence_date",
              "t81"."sickness_category",
              "t81"."employed",
              "t81"."handover_date",
              "t81"."expected_absence_weeks",
              "t81"."work_obligation",
              "t81"."municipality",
              "t81"."early_followup_request_date",
              "t81"."education_order",
              "t81"."periods",
              "t81"."window_start",
              "t81"."required",
              "t81"."required_joint",
              "t81"."in_force",
              "t81"."_end_unconfirmed",
              "t81"."due0",
              "t86"."person_id" AS "person_id_right",
              "t86"."benefit" AS "benefit_right",
              "t86"."start_date" AS "start_date_right",
              "t86"."exempt_days",
              "t86"."exempt_now",
              "t86"."exemption_note"
            FROM (
              SELECT
                "t79".*
                EXCLUDE ("_point")
              FROM (
                SELECT
                  "t78"."person_id",
                  "t78"."benefit",
                  "t78"."start_date",
                  "t78"."end_date",
                  "t78"."first_contact_date",
                  "t78"."target_group",
                  "t78"."first_absence_date",
                  "t78"."sickness_category",
                  "t78"."employed",
                  "t78"."handover_date",
                  "t78"."expected_absence_weeks",
                  "t78"."work_obligation",
                  "t78"."municipality",
                  "t78"."early_followup_request_date",
                  "t78"."education_order",
                  "t78"."periods",
                  "t78"."window_start",
                  "t78"."required",
                  "t78"."required_joint",
                  "t78"."in_force",
                  "t78"."_end_unconfirmed",
                  "t78"."_point",
                  CAST(CAST("t78"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t77".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                  FROM (
                    SELECT
                      "t76"."person_id",
                      "t76"."benefit",
                      "t76"."start_date",
                      "t76"."end_date",
                      "t76"."first_contact_date",
                      "t76"."target_group",
                      "t76"."first_absence_date",
                      "t76"."sickness_category",
                      "t76"."employed",
                      "t76"."handover_date",
                      "t76"."expected_absence_weeks",
                      "t76"."work_obligation",
                      "t76"."municipality",
                      "t76"."early_followup_request_date",
                      "t76"."education_order",
                      "t76"."periods",
                      "t76"."window_start",
                      "t76"."required",
                      "t76"."required_joint",
                      "t76"."in_force",
                      "t76"."_end_unconfirmed",
                      "t76"."_plain",
                      "t76"."_needed",
                      "t76"."_ipid",
                      "t76"."_ibenefit",
                      "t76"."_istart",
                      "t76"."_i_start",
                      "t76"."_i_end",
                      "t76"."_cum",
                      CASE
                        WHEN "t76"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t76"."_i_start" + TO_DAYS(CAST("t76"."_needed" - "t76"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t76"."_plain"
                      END AS "_point"
                    FROM (
                      SELECT
                        "t72"."person_id",
                        "t72"."benefit",
                        "t72"."start_date",
                        "t72"."end_date",
                        "t72"."first_contact_date",
                        "t72"."target_group",
                        "t72"."first_absence_date",
                        "t72"."sickness_category",
                        "t72"."employed",
                        "t72"."handover_date",
                        "t72"."expected_absence_weeks",
                        "t72"."work_obligation",
                        "t72"."municipality",
                        "t72"."early_followup_request_date",
                        "t72"."education_order",
                        "t72"."periods",
                        "t72"."window_start",
                        "t72"."required",
                        "t72"."required_joint",
                        "t72"."in_force",
                        "t72"."_end_unconfirmed",
                        "t72"."_plain",
                        "t72"."_needed",
                        "t75"."_ipid",
                        "t75"."_ibenefit",
                        "t75"."_istart",
                        "t75"."_i_start",
                        "t75"."_i_end",
                        "t75"."_cum"
                      FROM (
                        SELECT
                          "t68"."person_id",
                          "t68"."benefit",
                          "t68"."start_date",
                          "t68"."end_date",
                          "t68"."first_contact_date",
                          "t68"."target_group",
                          "t68"."first_absence_date",
                          "t68"."sickness_category",
                          "t68"."employed",
                          "t68"."handover_date",
                          "t68"."expected_absence_weeks",
                          "t68"."work_obligation",
                          "t68"."municipality",
                          "t68"."early_followup_request_date",
                          "t68"."education_order",
                          "t68"."periods",
                          "t68"."window_start",
                          COALESCE(
                            CASE
                              WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                              THEN 4
                              WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) + COALESCE(0, 0) AS "required",
                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                          (
                            CASE
                              WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                              THEN 4
                              WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND (
                            CASE
                              WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN [
                                  'kontanthjaelp',
                                  'uddannelseshjaelp',
                                  'jobafklaring',
                                  'ressourceforloeb',
                                  'ledighedsydelse',
                                  'revalidering'
                                ]
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t68"."benefit"
                            ),
                            FALSE
                          ) AS "in_force",
                          COALESCE(
                            (
                              CASE
                                WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                THEN 4
                                WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 4
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                "t68"."benefit"
                              )
                              OR ARRAY_CONTAINS(
                                CASE
                                  WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                CASE WHEN "t68"."benefit" IS NULL THEN NULL ELSE CONCAT("t68"."benefit", ':') END || COALESCE("t68"."target_group", '')
                              ),
                              FALSE
                            ),
                            FALSE
                          ) AS "_end_unconfirmed",
                          CAST(CAST("t68"."window_start" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t68"."window_start",
                            CAST(CAST("t68"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
                        FROM (
                          SELECT
                            "t65"."person_id",
                            "t65"."benefit",
                            "t65"."start_date",
                            "t65"."end_date",
                            "t65"."first_contact_date",
                            "t65"."target_group",
                            "t65"."first_absence_date",
                            "t65"."sickness_category",
                            "t65"."employed",
                            "t65"."handover_date",
                            "t65"."expected_absence_weeks",
                            "t65"."work_obligation",
                            "t65"."municipality",
                            "t65"."early_followup_request_date",
                            "t65"."education_order",
                            "t65"."periods",
                            CASE
                              WHEN COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t65"."benefit"
                                ),
                                FALSE
                              )
                              THEN COALESCE("t65"."first_contact_date", "t65"."start_date")
                              ELSE "t65"."start_date"
                            END AS "window_start"
                          FROM (
                            SELECT
                              "t64"."person_id",
                              "t64"."benefit",
                              "t64"."_key" AS "start_date",
                              CASE
                                WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                THEN CAST(NULL AS DATE)
                                ELSE "t64"."_end"
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
                              "t64"."early_followup_request_date",
                              "t64"."education_order",
                              "t64"."periods"
                            FROM (
                              SELECT
                                "t61"."person_id",
                                "t61"."benefit",
                                "t61"."_key",
                                MAX("t61"."_end") AS "_end",
                                COUNT(*) AS "periods",
                                FIRST("t61"."_rid" ORDER BY "t61"."start_date") AS "_first",
                                MIN("t61"."early_followup_request_date") AS "early_followup_request_date",
                                BOOL_OR(CAST(COALESCE("t61"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                              FROM "t60" AS "t61"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t64"
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
                              ON "t64"."_first" = "t6"."_frid"
                          ) AS "t65"
                          WHERE
                            "t65"."benefit" IN (
                              'jobafklaring',
                              'kontanthjaelp',
                              'ledighedsydelse',
                              'ressourceforloeb',
                              'revalidering',
                              'uddannelseshjaelp'
                            )
                        ) AS "t68"
                      ) AS "t72"
                      LEFT OUTER JOIN (
                        SELECT
                          "t73"."person_id" AS "_ipid",
                          "t73"."benefit" AS "_ibenefit",
                          "t73"."start_date" AS "_istart",
                          "t73"."i_start" AS "_i_start",
                          "t73"."i_end" AS "_i_end",
                          "t73"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t70"."person_id",
                            "t70"."benefit",
                            "t70"."_key" AS "start_date",
                            "t70"."i_start",
                            "t70"."i_end",
                            CAST(COALESCE(
                              SUM("t70"."_len") OVER (
                                PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                ORDER BY "t70"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t69"."person_id",
                              "t69"."benefit",
                              "t69"."_key",
                              "t69"."_island",
                              "t69"."i_start",
                              "t69"."i_end",
                              CASE
                                WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t67"."person_id",
                                "t67"."benefit",
                                "t67"."_key",
                                "t67"."_island",
                                MIN("t67"."start_date") AS "i_start",
                                MAX("t67"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t66"."person_id",
                                  "t66"."benefit",
                                  "t66"."start_date",
                                  "t66"."_end",
                                  "t66"."_key",
                                  "t66"."_acc",
                                  "t66"."_rid",
                                  "t66"."early_followup_request_date",
                                  "t66"."education_order",
                                  "t66"."_new",
                                  SUM("t66"."_new") OVER (
                                    PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                    ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
                                FROM (
                                  SELECT
                                    "t62"."person_id",
                                    "t62"."benefit",
                                    "t62"."start_date",
                                    "t62"."_end",
                                    "t62"."_key",
                                    "t62"."_acc",
                                    "t62"."_rid",
                                    "t62"."early_followup_request_date",
                                    "t62"."education_order",
                                    CASE
                                      WHEN MAX("t62"."_end") OVER (
                                        PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                        ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                        PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                        ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t60" AS "t61"
                                    WHERE
                                      "t61"."_acc"
                                  ) AS "t62"
                                ) AS "t66"
                              ) AS "t67"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t69"
                          ) AS "t70"
                        ) AS "t73"
                      ) AS "t75"
                        ON "t72"."person_id" = "t75"."_ipid"
                        AND "t72"."benefit" = "t75"."_ibenefit"
                        AND "t72"."start_date" = "t75"."_istart"
                        AND "t75"."_cum" < "t72"."_needed"
                        AND (
                          (
                            "t75"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t75"."_cum" + DATE_DIFF('DAY', "t75"."_i_start", "t75"."_i_end") + 1
                            ) >= "t72"."_needed"
                          )
                        )
                    ) AS "t76"
                  ) AS "t77"
                ) AS "t78"
              ) AS "t79"
            ) AS "t81"
            LEFT OUTER JOIN (
              SELECT
                "t84"."person_id",
                "t84"."benefit",
                "t84"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t84"."_ex_start", "t84"."_from"),
                    LEAST("t84"."_ex_end", "t84"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t84"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t84"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                ARRAY_TO_STRING(
                  LIST_SORT(
                    ARRAY_AGG(
                      CASE
                        WHEN CAST("t84"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t84"."_ex_end" AS TEXT) IS NULL
                        OR "t84"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t84"."_ex_start" AS TEXT),
                          '–',
                          CAST("t84"."_ex_end" AS TEXT),
                          ' (',
                          "t84"."_ex_reason",
                          ')'
                        )
                      END
                    ) FILTER(WHERE
                      CASE
                        WHEN CAST("t84"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t84"."_ex_end" AS TEXT) IS NULL
                        OR "t84"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t84"."_ex_start" AS TEXT),
                          '–',
                          CAST("t84"."_ex_end" AS TEXT),
                          ' (',
                          "t84"."_ex_reason",
                          ')'
                        )
                      END IS NOT NULL)
                  ),
                  ', '
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t83"."person_id",
                  "t83"."benefit",
                  "t83"."start_date",
                  "t83"."_from",
                  "t83"."_to",
                  "t7"."_pid",
                  "t7"."_ex_start",
                  "t7"."_ex_end",
                  "t7"."_ex_reason"
                FROM (
                  SELECT
                    "t80"."person_id",
                    "t80"."benefit",
                    "t80"."start_date",
                    "t80"."window_start" AS "_from",
                    "t80"."due0" AS "_to"
                  FROM (
                    SELECT
                      "t79".*
                      EXCLUDE ("_point")
                    FROM (
                      SELECT
                        "t78"."person_id",
                        "t78"."benefit",
                        "t78"."start_date",
                        "t78"."end_date",
                        "t78"."first_contact_date",
                        "t78"."target_group",
                        "t78"."first_absence_date",
                        "t78"."sickness_category",
                        "t78"."employed",
                        "t78"."handover_date",
                        "t78"."expected_absence_weeks",
                        "t78"."work_obligation",
                        "t78"."municipality",
                        "t78"."early_followup_request_date",
                        "t78"."education_order",
                        "t78"."periods",
                        "t78"."window_start",
                        "t78"."required",
                        "t78"."required_joint",
                        "t78"."in_force",
                        "t78"."_end_unconfirmed",
                        "t78"."_point",
                        CAST(CAST("t78"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t77".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t76"."person_id",
                            "t76"."benefit",
                            "t76"."start_date",
                            "t76"."end_date",
                            "t76"."first_contact_date",
                            "t76"."target_group",
                            "t76"."first_absence_date",
                            "t76"."sickness_category",
                            "t76"."employed",
                            "t76"."handover_date",
                            "t76"."expected_absence_weeks",
                            "t76"."work_obligation",
                            "t76"."municipality",
                            "t76"."early_followup_request_date",
                            "t76"."education_order",
                            "t76"."periods",
                            "t76"."window_start",
                            "t76"."required",
                            "t76"."required_joint",
                            "t76"."in_force",
                            "t76"."_end_unconfirmed",
                            "t76"."_plain",
                            "t76"."_needed",
                            "t76"."_ipid",
                            "t76"."_ibenefit",
                            "t76"."_istart",
                            "t76"."_i_start",
                            "t76"."_i_end",
                            "t76"."_cum",
                            CASE
                              WHEN "t76"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t76"."_i_start" + TO_DAYS(CAST("t76"."_needed" - "t76"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t76"."_plain"
                            END AS "_point"
                          FROM (
                            SELECT
                              "t72"."person_id",
                              "t72"."benefit",
                              "t72"."start_date",
                              "t72"."end_date",
                              "t72"."first_contact_date",
                              "t72"."target_group",
                              "t72"."first_absence_date",
                              "t72"."sickness_category",
                              "t72"."employed",
                              "t72"."handover_date",
                              "t72"."expected_absence_weeks",
                              "t72"."work_obligation",
                              "t72"."municipality",
                              "t72"."early_followup_request_date",
                              "t72"."education_order",
                              "t72"."periods",
                              "t72"."window_start",
                              "t72"."required",
                              "t72"."required_joint",
                              "t72"."in_force",
                              "t72"."_end_unconfirmed",
                              "t72"."_plain",
                              "t72"."_needed",
                              "t75"."_ipid",
                              "t75"."_ibenefit",
                              "t75"."_istart",
                              "t75"."_i_start",
                              "t75"."_i_end",
                              "t75"."_cum"
                            FROM (
                              SELECT
                                "t68"."person_id",
                                "t68"."benefit",
                                "t68"."start_date",
                                "t68"."end_date",
                                "t68"."first_contact_date",
                                "t68"."target_group",
                                "t68"."first_absence_date",
                                "t68"."sickness_category",
                                "t68"."employed",
                                "t68"."handover_date",
                                "t68"."expected_absence_weeks",
                                "t68"."work_obligation",
                                "t68"."municipality",
                                "t68"."early_followup_request_date",
                                "t68"."education_order",
                                "t68"."periods",
                                "t68"."window_start",
                                COALESCE(
                                  CASE
                                    WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 4
                                    WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 4
                                    WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN [
                                        'kontanthjaelp',
                                        'uddannelseshjaelp',
                                        'jobafklaring',
                                        'ressourceforloeb',
                                        'ledighedsydelse',
                                        'revalidering'
                                      ]
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t68"."benefit"
                                  ),
                                  FALSE
                                ) AS "in_force",
                                COALESCE(
                                  (
                                    CASE
                                      WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 4
                                      WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                      "t68"."benefit"
                                    )
                                    OR ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                      CASE WHEN "t68"."benefit" IS NULL THEN NULL ELSE CONCAT("t68"."benefit", ':') END || COALESCE("t68"."target_group", '')
                                    ),
                                    FALSE
                                  ),
                                  FALSE
                                ) AS "_end_unconfirmed",
                                CAST(CAST("t68"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t68"."window_start",
                                  CAST(CAST("t68"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
                              FROM (
                                SELECT
                                  "t65"."person_id",
                                  "t65"."benefit",
                                  "t65"."start_date",
                                  "t65"."end_date",
                                  "t65"."first_contact_date",
                                  "t65"."target_group",
                                  "t65"."first_absence_date",
                                  "t65"."sickness_category",
                                  "t65"."employed",
                                  "t65"."handover_date",
                                  "t65"."expected_absence_weeks",
                                  "t65"."work_obligation",
                                  "t65"."municipality",
                                  "t65"."early_followup_request_date",
                                  "t65"."education_order",
                                  "t65"."periods",
                                  CASE
                                    WHEN COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t65"."benefit"
                                      ),
                                      FALSE
                                    )
                                    THEN COALESCE("t65"."first_contact_date", "t65"."start_date")
                                    ELSE "t65"."start_date"
                                  END AS "window_start"
                                FROM (
                                  SELECT
                                    "t64"."person_id",
                                    "t64"."benefit",
                                    "t64"."_key" AS "start_date",
                                    CASE
                                      WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t64"."_end"
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
                                    "t64"."early_followup_request_date",
                                    "t64"."education_order",
                                    "t64"."periods"
                                  FROM (
                                    SELECT
                                      "t61"."person_id",
                                      "t61"."benefit",
                                      "t61"."_key",
                                      MAX("t61"."_end") AS "_end",
                                      COUNT(*) AS "periods",
                                      FIRST("t61"."_rid" ORDER BY "t61"."start_date") AS "_first",
                                      MIN("t61"."early_followup_request_date") AS "early_followup_request_date",
                                      BOOL_OR(CAST(COALESCE("t61"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                    FROM "t60" AS "t61"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t64"
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
                                    ON "t64"."_first" = "t6"."_frid"
                                ) AS "t65"
                                WHERE
                                  "t65"."benefit" IN (
                                    'jobafklaring',
                                    'kontanthjaelp',
                                    'ledighedsydelse',
                                    'ressourceforloeb',
                                    'revalidering',
                                    'uddannelseshjaelp'
                                  )
                              ) AS "t68"
                            ) AS "t72"
                            LEFT OUTER JOIN (
                              SELECT
                                "t73"."person_id" AS "_ipid",
                                "t73"."benefit" AS "_ibenefit",
                                "t73"."start_date" AS "_istart",
                                "t73"."i_start" AS "_i_start",
                                "t73"."i_end" AS "_i_end",
                                "t73"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t70"."person_id",
                                  "t70"."benefit",
                                  "t70"."_key" AS "start_date",
                                  "t70"."i_start",
                                  "t70"."i_end",
                                  CAST(COALESCE(
                                    SUM("t70"."_len") OVER (
                                      PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                      ORDER BY "t70"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t69"."person_id",
                                    "t69"."benefit",
                                    "t69"."_key",
                                    "t69"."_island",
                                    "t69"."i_start",
                                    "t69"."i_end",
                                    CASE
                                      WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t67"."person_id",
                                      "t67"."benefit",
                                      "t67"."_key",
                                      "t67"."_island",
                                      MIN("t67"."start_date") AS "i_start",
                                      MAX("t67"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t66"."person_id",
                                        "t66"."benefit",
                                        "t66"."start_date",
                                        "t66"."_end",
                                        "t66"."_key",
                                        "t66"."_acc",
                                        "t66"."_rid",
                                        "t66"."early_followup_request_date",
                                        "t66"."education_order",
                                        "t66"."_new",
                                        SUM("t66"."_new") OVER (
                                          PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                          ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
                                      FROM (
                                        SELECT
                                          "t62"."person_id",
                                          "t62"."benefit",
                                          "t62"."start_date",
                                          "t62"."_end",
                                          "t62"."_key",
                                          "t62"."_acc",
                                          "t62"."_rid",
                                          "t62"."early_followup_request_date",
                                          "t62"."education_order",
                                          CASE
                                            WHEN MAX("t62"."_end") OVER (
                                              PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                              ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                              PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                              ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t60" AS "t61"
                                          WHERE
                                            "t61"."_acc"
                                        ) AS "t62"
                                      ) AS "t66"
                                    ) AS "t67"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t69"
                                ) AS "t70"
                              ) AS "t73"
                            ) AS "t75"
                              ON "t72"."person_id" = "t75"."_ipid"
                              AND "t72"."benefit" = "t75"."_ibenefit"
                              AND "t72"."start_date" = "t75"."_istart"
                              AND "t75"."_cum" < "t72"."_needed"
                              AND (
                                (
                                  "t75"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t75"."_cum" + DATE_DIFF('DAY', "t75"."_i_start", "t75"."_i_end") + 1
                                  ) >= "t72"."_needed"
                                )
                              )
                          ) AS "t76"
                        ) AS "t77"
                      ) AS "t78"
                    ) AS "t79"
                  ) AS "t80"
                ) AS "t83"
                INNER JOIN (
                  SELECT
                    "t0"."person_id" AS "_pid",
                    "t0"."start_date" AS "_ex_start",
                    "t0"."end_date" AS "_ex_end",
                    "t0"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t0"
                  WHERE
                    "t0"."start_date" <= CAST($as_of AS DATE)
                ) AS "t7"
                  ON "t83"."person_id" = "t7"."_pid"
                  AND "t7"."_ex_start" <= "t83"."_to"
                  AND "t7"."_ex_end" >= "t83"."_from"
              ) AS "t84"
              GROUP BY
                1,
                2,
                3
            ) AS "t86"
              ON "t81"."person_id" = "t86"."person_id"
              AND "t81"."benefit" = "t86"."benefit"
              AND "t81"."start_date" = "t86"."start_date"
          ) AS "t87"
        ) AS "t88"
      ) AS "t94"
      LEFT OUTER JOIN (
        SELECT
          "t100"."person_id",
          "t100"."benefit",
          "t100"."start_date",
          CASE
            WHEN "t100"."_held" >= "t100"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT(
                "t100"."_events",
                (
                  "t100"."_n" - 1
                ) + CAST((
                  "t100"."_n" - 1
                ) >= 0 AS BIGINT)
              ),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT(
                    "t100"."_events",
                    (
                      "t100"."_n" - 1
                    ) + CAST((
                      "t100"."_n" - 1
                    ) >= 0 AS BIGINT)
                  )
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "nth_date",
          LEAST("t100"."_held", "t100"."_n") AS "counted",
          LEAST("t100"."_by_due", "t100"."_n") AS "in_window",
          REGEXP_REPLACE(
            ARRAY_TO_STRING(
              LIST_SLICE(
                "t100"."_events",
                1,
                CASE WHEN "t100"."_n" < 0 THEN "t100"."_n" - 1 ELSE "t100"."_n" END
              ),
              ', '
            ),
            '\d{4}-\d{2}-\d{2}\|',
            '',
            'g'
          ) AS "listed"
        FROM (
          SELECT
            "t99"."person_id",
            "t99"."benefit",
            "t99"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t99"."date" AS TEXT) IS NULL OR "t99"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t99"."date" AS TEXT), '|', "t99"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t99"."date" AS TEXT) IS NULL OR "t99"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t99"."date" AS TEXT), '|', "t99"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t99"."date" <= "t99"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t99"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t97"."person_id",
                "t97"."benefit",
                "t97"."start_date",
                "t97"."date",
                "t97"."description",
                "t95"."_n",
                "t95"."_due"
              FROM (
                SELECT
                  "t91"."person_id",
                  "t91"."benefit",
                  "t91"."start_date",
                  "t91"."date",
                  CASE
                    WHEN "t91"."kind" IS NULL
                    OR CAST("t91"."date" AS TEXT) IS NULL
                    OR "t91"."form" IS NULL
                    OR "t91"."held_by" IS NULL
                    THEN NULL
                    ELSE CONCAT("t91"."kind", ' ', CAST("t91"."date" AS TEXT), ' (', "t91"."form", ', ', "t91"."held_by", ')')
                  END AS "description"
                FROM (
                  SELECT
                    "t90"."person_id",
                    "t90"."benefit",
                    "t90"."start_date",
                    "t90"."window_start",
                    "t90"."_first",
                    "t90"."_last",
                    "t8"."person_id" AS "person_id_right",
                    "t8"."date",
                    "t8"."kind",
                    "t8"."form",
                    "t8"."held_by",
                    "t8"."status",
                    "t8"."individual",
                    "t8"."caseworker_id",
                    "t8"."purpose"
                  FROM (
                    SELECT
                      "t88"."person_id",
                      "t88"."benefit",
                      "t88"."start_date",
                      "t88"."window_start",
                      "t88"."window_start" AS "_first",
                      COALESCE("t88"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM (
                      SELECT
                        "t87".*
                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                      FROM (
                        SELECT
                          "t81"."person_id",
                          "t81"."benefit",
                          "t81"."start_date",
                          "t81"."end_date",
                          "t81"."first_contact_date",
                          "t81"."target_group",
                          "t81"."first_absence_date",
                          "t81"."sickness_category",
                          "t81"."employed",
                          "t81"."handover_date",
                          "t81"."expected_absence_weeks",
                          "t81"."work_obligation",
                          "t81"."municipality",
                          "t81"."early_followup_request_date",
                          "t81"."education_order",
                          "t81"."periods",
                          "t81"."window_start",
                          "t81"."required",
                          "t81"."required_joint",
                          "t81"."in_force",
                          "t81"."_end_unconfirmed",
                          "t81"."due0",
                          "t86"."person_id" AS "person_id_right",
                          "t86"."benefit" AS "benefit_right",
                          "t86"."start_date" AS "start_date_right",
                          "t86"."exempt_days",
                          "t86"."exempt_now",
                          "t86"."exemption_note"
                        FROM (
                          SELECT
                            "t79".*
                            EXCLUDE ("_point")
                          FROM (
                            SELECT
                              "t78"."person_id",
                              "t78"."benefit",
                              "t78"."start_date",
                              "t78"."end_date",
                              "t78"."first_contact_date",
                              "t78"."target_group",
                              "t78"."first_absence_date",
                              "t78"."sickness_category",
                              "t78"."employed",
                              "t78"."handover_date",
                              "t78"."expected_absence_weeks",
                              "t78"."work_obligation",
                              "t78"."municipality",
                              "t78"."early_followup_request_date",
                              "t78"."education_order",
                              "t78"."periods",
                              "t78"."window_start",
                              "t78"."required",
                              "t78"."required_joint",
                              "t78"."in_force",
                              "t78"."_end_unconfirmed",
                              "t78"."_point",
                              CAST(CAST("t78"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM (
                              SELECT
                                "t77".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t76"."person_id",
                                  "t76"."benefit",
                                  "t76"."start_date",
                                  "t76"."end_date",
                                  "t76"."first_contact_date",
                                  "t76"."target_group",
                                  "t76"."first_absence_date",
                                  "t76"."sickness_category",
                                  "t76"."employed",
                                  "t76"."handover_date",
                                  "t76"."expected_absence_weeks",
                                  "t76"."work_obligation",
                                  "t76"."municipality",
                                  "t76"."early_followup_request_date",
                                  "t76"."education_order",
                                  "t76"."periods",
                                  "t76"."window_start",
                                  "t76"."required",
                                  "t76"."required_joint",
                                  "t76"."in_force",
                                  "t76"."_end_unconfirmed",
                                  "t76"."_plain",
                                  "t76"."_needed",
                                  "t76"."_ipid",
                                  "t76"."_ibenefit",
                                  "t76"."_istart",
                                  "t76"."_i_start",
                                  "t76"."_i_end",
                                  "t76"."_cum",
                                  CASE
                                    WHEN "t76"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t76"."_i_start" + TO_DAYS(CAST("t76"."_needed" - "t76"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t76"."_plain"
                                  END AS "_point"
                                FROM (
                                  SELECT
                                    "t72"."person_id",
                                    "t72"."benefit",
                                    "t72"."start_date",
                                    "t72"."end_date",
                                    "t72"."first_contact_date",
                                    "t72"."target_group",
                                    "t72"."first_absence_date",
                                    "t72"."sickness_category",
                                    "t72"."employed",
                                    "t72"."handover_date",
                                    "t72"."expected_absence_weeks",
                                    "t72"."work_obligation",
                                    "t72"."municipality",
                                    "t72"."early_followup_request_date",
                                    "t72"."education_order",
                                    "t72"."periods",
                                    "t72"."window_start",
                                    "t72"."required",
                                    "t72"."required_joint",
                                    "t72"."in_force",
                                    "t72"."_end_unconfirmed",
                                    "t72"."_plain",
                                    "t72"."_needed",
                                    "t75"."_ipid",
                                    "t75"."_ibenefit",
                                    "t75"."_istart",
                                    "t75"."_i_start",
                                    "t75"."_i_end",
                                    "t75"."_cum"
                                  FROM (
                                    SELECT
                                      "t68"."person_id",
                                      "t68"."benefit",
                                      "t68"."start_date",
                                      "t68"."end_date",
                                      "t68"."first_contact_date",
                                      "t68"."target_group",
                                      "t68"."first_absence_date",
                                      "t68"."sickness_category",
                                      "t68"."employed",
                                      "t68"."handover_date",
                                      "t68"."expected_absence_weeks",
                                      "t68"."work_obligation",
                                      "t68"."municipality",
                                      "t68"."early_followup_request_date",
                                      "t68"."education_order",
                                      "t68"."periods",
                                      "t68"."window_start",
                                      COALESCE(
                                        CASE
                                          WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 4
                                          WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      ) + COALESCE(0, 0) AS "required",
                                      CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                      (
                                        CASE
                                          WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 4
                                          WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND (
                                        CASE
                                          WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN [
                                              'kontanthjaelp',
                                              'uddannelseshjaelp',
                                              'jobafklaring',
                                              'ressourceforloeb',
                                              'ledighedsydelse',
                                              'revalidering'
                                            ]
                                            ELSE CAST(NULL AS TEXT[])
                                          END,
                                          "t68"."benefit"
                                        ),
                                        FALSE
                                      ) AS "in_force",
                                      COALESCE(
                                        (
                                          CASE
                                            WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 4
                                            WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                            "t68"."benefit"
                                          )
                                          OR ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                            CASE WHEN "t68"."benefit" IS NULL THEN NULL ELSE CONCAT("t68"."benefit", ':') END || COALESCE("t68"."target_group", '')
                                          ),
                                          FALSE
                                        ),
                                        FALSE
                                      ) AS "_end_unconfirmed",
                                      CAST(CAST("t68"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t68"."window_start",
                                        CAST(CAST("t68"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t65"."person_id",
                                        "t65"."benefit",
                                        "t65"."start_date",
                                        "t65"."end_date",
                                        "t65"."first_contact_date",
                                        "t65"."target_group",
                                        "t65"."first_absence_date",
                                        "t65"."sickness_category",
                                        "t65"."employed",
                                        "t65"."handover_date",
                                        "t65"."expected_absence_weeks",
                                        "t65"."work_obligation",
                                        "t65"."municipality",
                                        "t65"."early_followup_request_date",
                                        "t65"."education_order",
                                        "t65"."periods",
                                        CASE
                                          WHEN COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              "t65"."benefit"
                                            ),
                                            FALSE
                                          )
                                          THEN COALESCE("t65"."first_contact_date", "t65"."start_date")
                                          ELSE "t65"."start_date"
                                        END AS "window_start"
                                      FROM (
                                        SELECT
                                          "t64"."person_id",
                                          "t64"."benefit",
                                          "t64"."_key" AS "start_date",
                                          CASE
                                            WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t64"."_end"
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
                                          "t64"."early_followup_request_date",
                                          "t64"."education_order",
                                          "t64"."periods"
                                        FROM (
                                          SELECT
                                            "t61"."person_id",
                                            "t61"."benefit",
                                            "t61"."_key",
                                            MAX("t61"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t61"."_rid" ORDER BY "t61"."start_date") AS "_first",
                                            MIN("t61"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t61"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t60" AS "t61"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t64"
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
                                          ON "t64"."_first" = "t6"."_frid"
                                      ) AS "t65"
                                      WHERE
                                        "t65"."benefit" IN (
                                          'jobafklaring',
                                          'kontanthjaelp',
                                          'ledighedsydelse',
                                          'ressourceforloeb',
                                          'revalidering',
                                          'uddannelseshjaelp'
                                        )
                                    ) AS "t68"
                                  ) AS "t72"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t73"."person_id" AS "_ipid",
                                      "t73"."benefit" AS "_ibenefit",
                                      "t73"."start_date" AS "_istart",
                                      "t73"."i_start" AS "_i_start",
                                      "t73"."i_end" AS "_i_end",
                                      "t73"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t70"."person_id",
                                        "t70"."benefit",
                                        "t70"."_key" AS "start_date",
                                        "t70"."i_start",
                                        "t70"."i_end",
                                        CAST(COALESCE(
                                          SUM("t70"."_len") OVER (
                                            PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                            ORDER BY "t70"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t69"."person_id",
                                          "t69"."benefit",
                                          "t69"."_key",
                                          "t69"."_island",
                                          "t69"."i_start",
                                          "t69"."i_end",
                                          CASE
                                            WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t67"."person_id",
                                            "t67"."benefit",
                                            "t67"."_key",
                                            "t67"."_island",
                                            MIN("t67"."start_date") AS "i_start",
                                            MAX("t67"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t66"."person_id",
                                              "t66"."benefit",
                                              "t66"."start_date",
                                              "t66"."_end",
                                              "t66"."_key",
                                              "t66"."_acc",
                                              "t66"."_rid",
                                              "t66"."early_followup_request_date",
                                              "t66"."education_order",
                                              "t66"."_new",
                                              SUM("t66"."_new") OVER (
                                                PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
                                            FROM (
                                              SELECT
                                                "t62"."person_id",
                                                "t62"."benefit",
                                                "t62"."start_date",
                                                "t62"."_end",
                                                "t62"."_key",
                                                "t62"."_acc",
                                                "t62"."_rid",
                                                "t62"."early_followup_request_date",
                                                "t62"."education_order",
                                                CASE
                                                  WHEN MAX("t62"."_end") OVER (
                                                    PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                    ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                                    PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                    ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t60" AS "t61"
                                                WHERE
                                                  "t61"."_acc"
                                              ) AS "t62"
                                            ) AS "t66"
                                          ) AS "t67"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t69"
                                      ) AS "t70"
                                    ) AS "t73"
                                  ) AS "t75"
                                    ON "t72"."person_id" = "t75"."_ipid"
                                    AND "t72"."benefit" = "t75"."_ibenefit"
                                    AND "t72"."start_date" = "t75"."_istart"
                                    AND "t75"."_cum" < "t72"."_needed"
                                    AND (
                                      (
                                        "t75"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t75"."_cum" + DATE_DIFF('DAY', "t75"."_i_start", "t75"."_i_end") + 1
                                        ) >= "t72"."_needed"
                                      )
                                    )
                                ) AS "t76"
                              ) AS "t77"
                            ) AS "t78"
                          ) AS "t79"
                        ) AS "t81"
                        LEFT OUTER JOIN (
                          SELECT
                            "t84"."person_id",
                            "t84"."benefit",
                            "t84"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t84"."_ex_start", "t84"."_from"),
                                LEAST("t84"."_ex_end", "t84"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t84"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t84"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            ARRAY_TO_STRING(
                              LIST_SORT(
                                ARRAY_AGG(
                                  CASE
                                    WHEN CAST("t84"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t84"."_ex_end" AS TEXT) IS NULL
                                    OR "t84"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t84"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t84"."_ex_end" AS TEXT),
                                      ' (',
                                      "t84"."_ex_reason",
                                      ')'
                                    )
                                  END
                                ) FILTER(WHERE
                                  CASE
                                    WHEN CAST("t84"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t84"."_ex_end" AS TEXT) IS NULL
                                    OR "t84"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t84"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t84"."_ex_end" AS TEXT),
                                      ' (',
                                      "t84"."_ex_reason",
                                      ')'
                                    )
                                  END IS NOT NULL)
                              ),
                              ', '
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t83"."person_id",
                              "t83"."benefit",
                              "t83"."start_date",
                              "t83"."_from",
                              "t83"."_to",
                              "t7"."_pid",
                              "t7"."_ex_start",
                              "t7"."_ex_end",
                              "t7"."_ex_reason"
                            FROM (
                              SELECT
                                "t80"."person_id",
                                "t80"."benefit",
                                "t80"."start_date",
                                "t80"."window_start" AS "_from",
                                "t80"."due0" AS "_to"
                              FROM (
                                SELECT
                                  "t79".*
                                  EXCLUDE ("_point")
                                FROM (
                                  SELECT
                                    "t78"."person_id",
                                    "t78"."benefit",
                                    "t78"."start_date",
                                    "t78"."end_date",
                                    "t78"."first_contact_date",
                                    "t78"."target_group",
                                    "t78"."first_absence_date",
                                    "t78"."sickness_category",
                                    "t78"."employed",
                                    "t78"."handover_date",
                                    "t78"."expected_absence_weeks",
                                    "t78"."work_obligation",
                                    "t78"."municipality",
                                    "t78"."early_followup_request_date",
                                    "t78"."education_order",
                                    "t78"."periods",
                                    "t78"."window_start",
                                    "t78"."required",
                                    "t78"."required_joint",
                                    "t78"."in_force",
                                    "t78"."_end_unconfirmed",
                                    "t78"."_point",
                                    CAST(CAST("t78"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t77".*
                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                    FROM (
                                      SELECT
                                        "t76"."person_id",
                                        "t76"."benefit",
                                        "t76"."start_date",
                                        "t76"."end_date",
                                        "t76"."first_contact_date",
                                        "t76"."target_group",
                                        "t76"."first_absence_date",
                                        "t76"."sickness_category",
                                        "t76"."employed",
                                        "t76"."handover_date",
                                        "t76"."expected_absence_weeks",
                                        "t76"."work_obligation",
                                        "t76"."municipality",
                                        "t76"."early_followup_request_date",
                                        "t76"."education_order",
                                        "t76"."periods",
                                        "t76"."window_start",
                                        "t76"."required",
                                        "t76"."required_joint",
                                        "t76"."in_force",
                                        "t76"."_end_unconfirmed",
                                        "t76"."_plain",
                                        "t76"."_needed",
                                        "t76"."_ipid",
                                        "t76"."_ibenefit",
                                        "t76"."_istart",
                                        "t76"."_i_start",
                                        "t76"."_i_end",
                                        "t76"."_cum",
                                        CASE
                                          WHEN "t76"."_i_start" IS NOT NULL
                                          THEN CAST(CAST("t76"."_i_start" + TO_DAYS(CAST("t76"."_needed" - "t76"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                          ELSE "t76"."_plain"
                                        END AS "_point"
                                      FROM (
                                        SELECT
                                          "t72"."person_id",
                                          "t72"."benefit",
                                          "t72"."start_date",
                                          "t72"."end_date",
                                          "t72"."first_contact_date",
                                          "t72"."target_group",
                                          "t72"."first_absence_date",
                                          "t72"."sickness_category",
                                          "t72"."employed",
                                          "t72"."handover_date",
                                          "t72"."expected_absence_weeks",
                                          "t72"."work_obligation",
                                          "t72"."municipality",
                                          "t72"."early_followup_request_date",
                                          "t72"."education_order",
                                          "t72"."periods",
                                          "t72"."window_start",
                                          "t72"."required",
                                          "t72"."required_joint",
                                          "t72"."in_force",
                                          "t72"."_end_unconfirmed",
                                          "t72"."_plain",
                                          "t72"."_needed",
                                          "t75"."_ipid",
                                          "t75"."_ibenefit",
                                          "t75"."_istart",
                                          "t75"."_i_start",
                                          "t75"."_i_end",
                                          "t75"."_cum"
                                        FROM (
                                          SELECT
                                            "t68"."person_id",
                                            "t68"."benefit",
                                            "t68"."start_date",
                                            "t68"."end_date",
                                            "t68"."first_contact_date",
                                            "t68"."target_group",
                                            "t68"."first_absence_date",
                                            "t68"."sickness_category",
                                            "t68"."employed",
                                            "t68"."handover_date",
                                            "t68"."expected_absence_weeks",
                                            "t68"."work_obligation",
                                            "t68"."municipality",
                                            "t68"."early_followup_request_date",
                                            "t68"."education_order",
                                            "t68"."periods",
                                            "t68"."window_start",
                                            COALESCE(
                                              CASE
                                                WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 4
                                                WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) + COALESCE(0, 0) AS "required",
                                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                            (
                                              CASE
                                                WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 4
                                                WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND (
                                              CASE
                                                WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN [
                                                    'kontanthjaelp',
                                                    'uddannelseshjaelp',
                                                    'jobafklaring',
                                                    'ressourceforloeb',
                                                    'ledighedsydelse',
                                                    'revalidering'
                                                  ]
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t68"."benefit"
                                              ),
                                              FALSE
                                            ) AS "in_force",
                                            COALESCE(
                                              (
                                                CASE
                                                  WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 4
                                                  WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NULL
                                              )
                                              AND COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                                  "t68"."benefit"
                                                )
                                                OR ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                                  CASE WHEN "t68"."benefit" IS NULL THEN NULL ELSE CONCAT("t68"."benefit", ':') END || COALESCE("t68"."target_group", '')
                                                ),
                                                FALSE
                                              ),
                                              FALSE
                                            ) AS "_end_unconfirmed",
                                            CAST(CAST("t68"."window_start" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                            DATE_DIFF(
                                              'DAY',
                                              "t68"."window_start",
                                              CAST(CAST("t68"."window_start" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE)
                                            ) AS "_needed"
                                          FROM (
                                            SELECT
                                              "t65"."person_id",
                                              "t65"."benefit",
                                              "t65"."start_date",
                                              "t65"."end_date",
                                              "t65"."first_contact_date",
                                              "t65"."target_group",
                                              "t65"."first_absence_date",
                                              "t65"."sickness_category",
                                              "t65"."employed",
                                              "t65"."handover_date",
                                              "t65"."expected_absence_weeks",
                                              "t65"."work_obligation",
                                              "t65"."municipality",
                                              "t65"."early_followup_request_date",
                                              "t65"."education_order",
                                              "t65"."periods",
                                              CASE
                                                WHEN COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                      ELSE CAST(NULL AS TEXT[])
                                                    END,
                                                    "t65"."benefit"
                                                  ),
                                                  FALSE
                                                )
                                                THEN COALESCE("t65"."first_contact_date", "t65"."start_date")
                                                ELSE "t65"."start_date"
                                              END AS "window_start"
                                            FROM (
                                              SELECT
                                                "t64"."person_id",
                                                "t64"."benefit",
                                                "t64"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t64"."_end"
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
                                                "t64"."early_followup_request_date",
                                                "t64"."education_order",
                                                "t64"."periods"
                                              FROM (
                                                SELECT
                                                  "t61"."person_id",
                                                  "t61"."benefit",
                                                  "t61"."_key",
                                                  MAX("t61"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t61"."_rid" ORDER BY "t61"."start_date") AS "_first",
                                                  MIN("t61"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t61"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t60" AS "t61"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t64"
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
                                                ON "t64"."_first" = "t6"."_frid"
                                            ) AS "t65"
                                            WHERE
                                              "t65"."benefit" IN (
                                                'jobafklaring',
                                                'kontanthjaelp',
                                                'ledighedsydelse',
                                                'ressourceforloeb',
                                                'revalidering',
                                                'uddannelseshjaelp'
                                              )
                                          ) AS "t68"
                                        ) AS "t72"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t73"."person_id" AS "_ipid",
                                            "t73"."benefit" AS "_ibenefit",
                                            "t73"."start_date" AS "_istart",
                                            "t73"."i_start" AS "_i_start",
                                            "t73"."i_end" AS "_i_end",
                                            "t73"."cum_before" AS "_cum"
                                          FROM (
                                            SELECT
                                              "t70"."person_id",
                                              "t70"."benefit",
                                              "t70"."_key" AS "start_date",
                                              "t70"."i_start",
                                              "t70"."i_end",
                                              CAST(COALESCE(
                                                SUM("t70"."_len") OVER (
                                                  PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                  ORDER BY "t70"."i_start" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ),
                                                0
                                              ) AS INT) AS "cum_before"
                                            FROM (
                                              SELECT
                                                "t69"."person_id",
                                                "t69"."benefit",
                                                "t69"."_key",
                                                "t69"."_island",
                                                "t69"."i_start",
                                                "t69"."i_end",
                                                CASE
                                                  WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN 0
                                                  ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                END AS "_len"
                                              FROM (
                                                SELECT
                                                  "t67"."person_id",
                                                  "t67"."benefit",
                                                  "t67"."_key",
                                                  "t67"."_island",
                                                  MIN("t67"."start_date") AS "i_start",
                                                  MAX("t67"."_end") AS "i_end"
                                                FROM (
                                                  SELECT
                                                    "t66"."person_id",
                                                    "t66"."benefit",
                                                    "t66"."start_date",
                                                    "t66"."_end",
                                                    "t66"."_key",
                                                    "t66"."_acc",
                                                    "t66"."_rid",
                                                    "t66"."early_followup_request_date",
                                                    "t66"."education_order",
                                                    "t66"."_new",
                                                    SUM("t66"."_new") OVER (
                                                      PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                      ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ) AS "_island"
                                                  FROM (
                                                    SELECT
                                                      "t62"."person_id",
                                                      "t62"."benefit",
                                                      "t62"."start_date",
                                                      "t62"."_end",
                                                      "t62"."_key",
                                                      "t62"."_acc",
                                                      "t62"."_rid",
                                                      "t62"."early_followup_request_date",
                                                      "t62"."education_order",
                                                      CASE
                                                        WHEN MAX("t62"."_end") OVER (
                                                          PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                          ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) IS NULL
                                                        THEN 1
                                                        WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                                          PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                          ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                        THEN 1
                                                        ELSE 0
                                                      END AS "_new"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "t60" AS "t61"
                                                      WHERE
                                                        "t61"."_acc"
                                                    ) AS "t62"
                                                  ) AS "t66"
                                                ) AS "t67"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t69"
                                            ) AS "t70"
                                          ) AS "t73"
                                        ) AS "t75"
                                          ON "t72"."person_id" = "t75"."_ipid"
                                          AND "t72"."benefit" = "t75"."_ibenefit"
                                          AND "t72"."start_date" = "t75"."_istart"
                                          AND "t75"."_cum" < "t72"."_needed"
                                          AND (
                                            (
                                              "t75"."_i_end" = MAKE_DATE(9999, 12, 31)
                                            )
                                            OR (
                                              (
                                                "t75"."_cum" + DATE_DIFF('DAY', "t75"."_i_start", "t75"."_i_end") + 1
                                              ) >= "t72"."_needed"
                                            )
                                          )
                                      ) AS "t76"
                                    ) AS "t77"
                                  ) AS "t78"
                                ) AS "t79"
                              ) AS "t80"
                            ) AS "t83"
                            INNER JOIN (
                              SELECT
                                "t0"."person_id" AS "_pid",
                                "t0"."start_date" AS "_ex_start",
                                "t0"."end_date" AS "_ex_end",
                                "t0"."reason" AS "_ex_reason"
                              FROM "exemptions" AS "t0"
                              WHERE
                                "t0"."start_date" <= CAST($as_of AS DATE)
                            ) AS "t7"
                              ON "t83"."person_id" = "t7"."_pid"
                              AND "t7"."_ex_start" <= "t83"."_to"
                              AND "t7"."_ex_end" >= "t83"."_from"
                          ) AS "t84"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t86"
                          ON "t81"."person_id" = "t86"."person_id"
                          AND "t81"."benefit" = "t86"."benefit"
                          AND "t81"."start_date" = "t86"."start_date"
                      ) AS "t87"
                    ) AS "t88"
                  ) AS "t90"
                  INNER JOIN (
                    SELECT
                      *
                    FROM "conversations" AS "t1"
                    WHERE
                      "t1"."status" = 'afholdt'
                      AND COALESCE("t1"."individual", TRUE)
                      AND "t1"."date" <= CAST($as_of AS DATE)
                      AND "t1"."kind" IN ('jobsamtale')
                  ) AS "t8"
                    ON "t90"."person_id" = "t8"."person_id"
                    AND "t8"."date" >= "t90"."_first"
                    AND "t8"."date" <= "t90"."_last"
                ) AS "t91"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['jobcenter', 'anden_aktoer']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t91"."held_by"
                    ),
                    FALSE
                  )
                  AND COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t91"."form"
                    ),
                    FALSE
                  )
              ) AS "t97"
              INNER JOIN (
                SELECT
                  "t88"."person_id",
                  "t88"."benefit",
                  "t88"."start_date",
                  "t88"."required" AS "_n",
                  CAST(CAST("t88"."due0" + TO_DAYS(
                    CASE
                      WHEN COALESCE(
                        CASE
                          WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN TRUE
                          ELSE CAST(NULL AS BOOLEAN)
                        END,
                        FALSE
                      )
                      THEN COALESCE("t88"."exempt_days", 0)
                      ELSE 0
                    END
                  ) AS TIMESTAMP) AS DATE) AS "_due"
                FROM (
                  SELECT
                    "t87".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t81"."person_id",
                      "t81"."benefit",
                      "t81"."start_date",
                      "t81"."end_date",
                      "t81"."first_contact_date",
                      "t81"."target_group",
                      "t81"."first_absence_date",
                      "t81"."sickness_category",
                      "t81"."employed",
                      "t81"."handover_date",
                      "t81"."expected_absence_weeks",
                      "t81"."work_obligation",
                      "t81"."municipality",
                      "t81"."early_followup_request_date",
                      "t81"."education_order",
                      "t81"."periods",
                      "t81"."window_start",
                      "t81"."required",
                      "t81"."required_joint",
                      "t81"."in_force",
                      "t81"."_end_unconfirmed",
                      "t81"."due0",
                      "t86"."person_id" AS "person_id_right",
                      "t86"."benefit" AS "benefit_right",
                      "t86"."start_date" AS "start_date_right",
                      "t86"."exempt_days",
                      "t86"."exempt_now",
                      "t86"."exemption_note"
                    FROM (
                      SELECT
                        "t79".*
                        EXCLUDE ("_point")
                      FROM (
                        SELECT
                          "t78"."person_id",
                          "t78"."benefit",
                          "t78"."start_date",
                          "t78"."end_date",
                          "t78"."first_contact_date",
                          "t78"."target_group",
                          "t78"."first_absence_date",
                          "t78"."sickness_category",
                          "t78"."employed",
                          "t78"."handover_date",
                          "t78"."expected_absence_weeks",
                          "t78"."work_obligation",
                          "t78"."municipality",
                          "t78"."early_followup_request_date",
                          "t78"."education_order",
                          "t78"."periods",
                          "t78"."window_start",
                          "t78"."required",
                          "t78"."required_joint",
                          "t78"."in_force",
                          "t78"."_end_unconfirmed",
                          "t78"."_point",
                          CAST(CAST("t78"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                        FROM (
                          SELECT
                            "t77".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t76"."person_id",
                              "t76"."benefit",
                              "t76"."start_date",
                              "t76"."end_date",
                              "t76"."first_contact_date",
                              "t76"."target_group",
                              "t76"."first_absence_date",
                              "t76"."sickness_category",
                              "t76"."employed",
                              "t76"."handover_date",
                              "t76"."expected_absence_weeks",
                              "t76"."work_obligation",
                              "t76"."municipality",
                              "t76"."early_followup_request_date",
                              "t76"."education_order",
                              "t76"."periods",
                              "t76"."window_start",
                              "t76"."required",
                              "t76"."required_joint",
                              "t76"."in_force",
                              "t76"."_end_unconfirmed",
                              "t76"."_plain",
                              "t76"."_needed",
                              "t76"."_ipid",
                              "t76"."_ibenefit",
                              "t76"."_istart",
                              "t76"."_i_start",
                              "t76"."_i_end",
                              "t76"."_cum",
                              CASE
                                WHEN "t76"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t76"."_i_start" + TO_DAYS(CAST("t76"."_needed" - "t76"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t76"."_plain"
                              END AS "_point"
                            FROM (
                              SELECT
                                "t72"."person_id",
                                "t72"."benefit",
                                "t72"."start_date",
                                "t72"."end_date",
                                "t72"."first_contact_date",
                                "t72"."target_group",
                                "t72"."first_absence_date",
                                "t72"."sickness_category",
                                "t72"."employed",
                                "t72"."handover_date",
                                "t72"."expected_absence_weeks",
                                "t72"."work_obligation",
                                "t72"."municipality",
                                "t72"."early_followup_request_date",
                                "t72"."education_order",
                                "t72"."periods",
                                "t72"."window_start",
                                "t72"."required",
                                "t72"."required_joint",
                                "t72"."in_force",
                                "t72"."_end_unconfirmed",
                                "t72"."_plain",
                                "t72"."_needed",
                                "t75"."_ipid",
                                "t75"."_ibenefit",
                                "t75"."_istart",
                                "t75"."_i_start",
                                "t75"."_i_end",
                                "t75"."_cum"
                              FROM (
                                SELECT
                                  "t68"."person_id",
                                  "t68"."benefit",
                                  "t68"."start_date",
                                  "t68"."end_date",
                                  "t68"."first_contact_date",
                                  "t68"."target_group",
                                  "t68"."first_absence_date",
                                  "t68"."sickness_category",
                                  "t68"."employed",
                                  "t68"."handover_date",
                                  "t68"."expected_absence_weeks",
                                  "t68"."work_obligation",
                                  "t68"."municipality",
                                  "t68"."early_followup_request_date",
                                  "t68"."education_order",
                                  "t68"."periods",
                                  "t68"."window_start",
                                  COALESCE(
                                    CASE
                                      WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 4
                                      WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  ) + COALESCE(0, 0) AS "required",
                                  CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                  (
                                    CASE
                                      WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 4
                                      WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND (
                                    CASE
                                      WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN [
                                          'kontanthjaelp',
                                          'uddannelseshjaelp',
                                          'jobafklaring',
                                          'ressourceforloeb',
                                          'ledighedsydelse',
                                          'revalidering'
                                        ]
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      "t68"."benefit"
                                    ),
                                    FALSE
                                  ) AS "in_force",
                                  COALESCE(
                                    (
                                      CASE
                                        WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 4
                                        WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NULL
                                    )
                                    AND COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                        "t68"."benefit"
                                      )
                                      OR ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                        CASE WHEN "t68"."benefit" IS NULL THEN NULL ELSE CONCAT("t68"."benefit", ':') END || COALESCE("t68"."target_group", '')
                                      ),
                                      FALSE
                                    ),
                                    FALSE
                                  ) AS "_end_unconfirmed",
                                  CAST(CAST("t68"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t68"."window_start",
                                    CAST(CAST("t68"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t65"."person_id",
                                    "t65"."benefit",
                                    "t65"."start_date",
                                    "t65"."end_date",
                                    "t65"."first_contact_date",
                                    "t65"."target_group",
                                    "t65"."first_absence_date",
                                    "t65"."sickness_category",
                                    "t65"."employed",
                                    "t65"."handover_date",
                                    "t65"."expected_absence_weeks",
                                    "t65"."work_obligation",
                                    "t65"."municipality",
                                    "t65"."early_followup_request_date",
                                    "t65"."education_order",
                                    "t65"."periods",
                                    CASE
                                      WHEN COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                            ELSE CAST(NULL AS TEXT[])
                                          END,
                                          "t65"."benefit"
                                        ),
                                        FALSE
                                      )
                                      THEN COALESCE("t65"."first_contact_date", "t65"."start_date")
                                      ELSE "t65"."start_date"
                                    END AS "window_start"
                                  FROM (
                                    SELECT
                                      "t64"."person_id",
                                      "t64"."benefit",
                                      "t64"."_key" AS "start_date",
                                      CASE
                                        WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                        THEN CAST(NULL AS DATE)
                                        ELSE "t64"."_end"
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
                                      "t64"."early_followup_request_date",
                                      "t64"."education_order",
                                      "t64"."periods"
                                    FROM (
                                      SELECT
                                        "t61"."person_id",
                                        "t61"."benefit",
                                        "t61"."_key",
                                        MAX("t61"."_end") AS "_end",
                                        COUNT(*) AS "periods",
                                        FIRST("t61"."_rid" ORDER BY "t61"."start_date") AS "_first",
                                        MIN("t61"."early_followup_request_date") AS "early_followup_request_date",
                                        BOOL_OR(CAST(COALESCE("t61"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                      FROM "t60" AS "t61"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t64"
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
                                      ON "t64"."_first" = "t6"."_frid"
                                  ) AS "t65"
                                  WHERE
                                    "t65"."benefit" IN (
                                      'jobafklaring',
                                      'kontanthjaelp',
                                      'ledighedsydelse',
                                      'ressourceforloeb',
                                      'revalidering',
                                      'uddannelseshjaelp'
                                    )
                                ) AS "t68"
                              ) AS "t72"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t73"."person_id" AS "_ipid",
                                  "t73"."benefit" AS "_ibenefit",
                                  "t73"."start_date" AS "_istart",
                                  "t73"."i_start" AS "_i_start",
                                  "t73"."i_end" AS "_i_end",
                                  "t73"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t70"."person_id",
                                    "t70"."benefit",
                                    "t70"."_key" AS "start_date",
                                    "t70"."i_start",
                                    "t70"."i_end",
                                    CAST(COALESCE(
                                      SUM("t70"."_len") OVER (
                                        PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                        ORDER BY "t70"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t69"."person_id",
                                      "t69"."benefit",
                                      "t69"."_key",
                                      "t69"."_island",
                                      "t69"."i_start",
                                      "t69"."i_end",
                                      CASE
                                        WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t67"."person_id",
                                        "t67"."benefit",
                                        "t67"."_key",
                                        "t67"."_island",
                                        MIN("t67"."start_date") AS "i_start",
                                        MAX("t67"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t66"."person_id",
                                          "t66"."benefit",
                                          "t66"."start_date",
                                          "t66"."_end",
                                          "t66"."_key",
                                          "t66"."_acc",
                                          "t66"."_rid",
                                          "t66"."early_followup_request_date",
                                          "t66"."education_order",
                                          "t66"."_new",
                                          SUM("t66"."_new") OVER (
                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t62"."person_id",
                                            "t62"."benefit",
                                            "t62"."start_date",
                                            "t62"."_end",
                                            "t62"."_key",
                                            "t62"."_acc",
                                            "t62"."_rid",
                                            "t62"."early_followup_request_date",
                                            "t62"."education_order",
                                            CASE
                                              WHEN MAX("t62"."_end") OVER (
                                                PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                                PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t60" AS "t61"
                                            WHERE
                                              "t61"."_acc"
                                          ) AS "t62"
                                        ) AS "t66"
                                      ) AS "t67"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t69"
                                  ) AS "t70"
                                ) AS "t73"
                              ) AS "t75"
                                ON "t72"."person_id" = "t75"."_ipid"
                                AND "t72"."benefit" = "t75"."_ibenefit"
                                AND "t72"."start_date" = "t75"."_istart"
                                AND "t75"."_cum" < "t72"."_needed"
                                AND (
                                  (
                                    "t75"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t75"."_cum" + DATE_DIFF('DAY', "t75"."_i_start", "t75"."_i_end") + 1
                                    ) >= "t72"."_needed"
                                  )
                                )
                            ) AS "t76"
                          ) AS "t77"
                        ) AS "t78"
                      ) AS "t79"
                    ) AS "t81"
                    LEFT OUTER JOIN (
                      SELECT
                        "t84"."person_id",
                        "t84"."benefit",
                        "t84"."start_date",
                        CAST(SUM(
                          DATE_DIFF(
                            'DAY',
                            GREATEST("t84"."_ex_start", "t84"."_from"),
                            LEAST("t84"."_ex_end", "t84"."_to")
                          ) + 1
                        ) AS INT) AS "exempt_days",
                        BOOL_OR(
                          CAST((
                            "t84"."_ex_start" <= CAST($as_of AS DATE)
                          )
                          AND (
                            "t84"."_ex_end" >= CAST($as_of AS DATE)
                          ) AS BOOLEAN)
                        ) AS "exempt_now",
                        ARRAY_TO_STRING(
                          LIST_SORT(
                            ARRAY_AGG(
                              CASE
                                WHEN CAST("t84"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t84"."_ex_end" AS TEXT) IS NULL
                                OR "t84"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t84"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t84"."_ex_end" AS TEXT),
                                  ' (',
                                  "t84"."_ex_reason",
                                  ')'
                                )
                              END
                            ) FILTER(WHERE
                              CASE
                                WHEN CAST("t84"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t84"."_ex_end" AS TEXT) IS NULL
                                OR "t84"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t84"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t84"."_ex_end" AS TEXT),
                                  ' (',
                                  "t84"."_ex_reason",
                                  ')'
                                )
                              END IS NOT NULL)
                          ),
                          ', '
                        ) AS "exemption_note"
                      FROM (
                        SELECT
                          "t83"."person_id",
                          "t83"."benefit",
                          "t83"."start_date",
                          "t83"."_from",
                          "t83"."_to",
                          "t7"."_pid",
                          "t7"."_ex_start",
                          "t7"."_ex_end",
                          "t7"."_ex_reason"
                        FROM (
                          SELECT
                            "t80"."person_id",
                            "t80"."benefit",
                            "t80"."start_date",
                            "t80"."window_start" AS "_from",
                            "t80"."due0" AS "_to"
                          FROM (
                            SELECT
                              "t79".*
                              EXCLUDE ("_point")
                            FROM (
                              SELECT
                                "t78"."person_id",
                                "t78"."benefit",
                                "t78"."start_date",
                                "t78"."end_date",
                                "t78"."first_contact_date",
                                "t78"."target_group",
                                "t78"."first_absence_date",
                                "t78"."sickness_category",
                                "t78"."employed",
                                "t78"."handover_date",
                                "t78"."expected_absence_weeks",
                                "t78"."work_obligation",
                                "t78"."municipality",
                                "t78"."early_followup_request_date",
                                "t78"."education_order",
                                "t78"."periods",
                                "t78"."window_start",
                                "t78"."required",
                                "t78"."required_joint",
                                "t78"."in_force",
                                "t78"."_end_unconfirmed",
                                "t78"."_point",
                                CAST(CAST("t78"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                              FROM (
                                SELECT
                                  "t77".*
                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                FROM (
                                  SELECT
                                    "t76"."person_id",
                                    "t76"."benefit",
                                    "t76"."start_date",
                                    "t76"."end_date",
                                    "t76"."first_contact_date",
                                    "t76"."target_group",
                                    "t76"."first_absence_date",
                                    "t76"."sickness_category",
                                    "t76"."employed",
                                    "t76"."handover_date",
                                    "t76"."expected_absence_weeks",
                                    "t76"."work_obligation",
                                    "t76"."municipality",
                                    "t76"."early_followup_request_date",
                                    "t76"."education_order",
                                    "t76"."periods",
                                    "t76"."window_start",
                                    "t76"."required",
                                    "t76"."required_joint",
                                    "t76"."in_force",
                                    "t76"."_end_unconfirmed",
                                    "t76"."_plain",
                                    "t76"."_needed",
                                    "t76"."_ipid",
                                    "t76"."_ibenefit",
                                    "t76"."_istart",
                                    "t76"."_i_start",
                                    "t76"."_i_end",
                                    "t76"."_cum",
                                    CASE
                                      WHEN "t76"."_i_start" IS NOT NULL
                                      THEN CAST(CAST("t76"."_i_start" + TO_DAYS(CAST("t76"."_needed" - "t76"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                      ELSE "t76"."_plain"
                                    END AS "_point"
                                  FROM (
                                    SELECT
                                      "t72"."person_id",
                                      "t72"."benefit",
                                      "t72"."start_date",
                                      "t72"."end_date",
                                      "t72"."first_contact_date",
                                      "t72"."target_group",
                                      "t72"."first_absence_date",
                                      "t72"."sickness_category",
                                      "t72"."employed",
                                      "t72"."handover_date",
                                      "t72"."expected_absence_weeks",
                                      "t72"."work_obligation",
                                      "t72"."municipality",
                                      "t72"."early_followup_request_date",
                                      "t72"."education_order",
                                      "t72"."periods",
                                      "t72"."window_start",
                                      "t72"."required",
                                      "t72"."required_joint",
                                      "t72"."in_force",
                                      "t72"."_end_unconfirmed",
                                      "t72"."_plain",
                                      "t72"."_needed",
                                      "t75"."_ipid",
                                      "t75"."_ibenefit",
                                      "t75"."_istart",
                                      "t75"."_i_start",
                                      "t75"."_i_end",
                                      "t75"."_cum"
                                    FROM (
                                      SELECT
                                        "t68"."person_id",
                                        "t68"."benefit",
                                        "t68"."start_date",
                                        "t68"."end_date",
                                        "t68"."first_contact_date",
                                        "t68"."target_group",
                                        "t68"."first_absence_date",
                                        "t68"."sickness_category",
                                        "t68"."employed",
                                        "t68"."handover_date",
                                        "t68"."expected_absence_weeks",
                                        "t68"."work_obligation",
                                        "t68"."municipality",
                                        "t68"."early_followup_request_date",
                                        "t68"."education_order",
                                        "t68"."periods",
                                        "t68"."window_start",
                                        COALESCE(
                                          CASE
                                            WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 4
                                            WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) + COALESCE(0, 0) AS "required",
                                        CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                        (
                                          CASE
                                            WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 4
                                            WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        )
                                        AND (
                                          CASE
                                            WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN [
                                                'kontanthjaelp',
                                                'uddannelseshjaelp',
                                                'jobafklaring',
                                                'ressourceforloeb',
                                                'ledighedsydelse',
                                                'revalidering'
                                              ]
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            "t68"."benefit"
                                          ),
                                          FALSE
                                        ) AS "in_force",
                                        COALESCE(
                                          (
                                            CASE
                                              WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t68"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 4
                                              WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NULL
                                          )
                                          AND COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                              "t68"."benefit"
                                            )
                                            OR ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t68"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                              CASE WHEN "t68"."benefit" IS NULL THEN NULL ELSE CONCAT("t68"."benefit", ':') END || COALESCE("t68"."target_group", '')
                                            ),
                                            FALSE
                                          ),
                                          FALSE
                                        ) AS "_end_unconfirmed",
                                        CAST(CAST("t68"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                        DATE_DIFF(
                                          'DAY',
                                          "t68"."window_start",
                                          CAST(CAST("t68"."window_start" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                        ) AS "_needed"
                                      FROM (
                                        SELECT
                                          "t65"."person_id",
                                          "t65"."benefit",
                                          "t65"."start_date",
                                          "t65"."end_date",
                                          "t65"."first_contact_date",
                                          "t65"."target_group",
                                          "t65"."first_absence_date",
                                          "t65"."sickness_category",
                                          "t65"."employed",
                                          "t65"."handover_date",
                                          "t65"."expected_absence_weeks",
                                          "t65"."work_obligation",
                                          "t65"."municipality",
                                          "t65"."early_followup_request_date",
                                          "t65"."education_order",
                                          "t65"."periods",
                                          CASE
                                            WHEN COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t65"."benefit"
                                              ),
                                              FALSE
                                            )
                                            THEN COALESCE("t65"."first_contact_date", "t65"."start_date")
                                            ELSE "t65"."start_date"
                                          END AS "window_start"
                                        FROM (
                                          SELECT
                                            "t64"."person_id",
                                            "t64"."benefit",
                                            "t64"."_key" AS "start_date",
                                            CASE
                                              WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t64"."_end"
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
                                            "t64"."early_followup_request_date",
                                            "t64"."education_order",
                                            "t64"."periods"
                                          FROM (
                                            SELECT
                                              "t61"."person_id",
                                              "t61"."benefit",
                                              "t61"."_key",
                                              MAX("t61"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t61"."_rid" ORDER BY "t61"."start_date") AS "_first",
                                              MIN("t61"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t61"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t60" AS "t61"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t64"
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
                                            ON "t64"."_first" = "t6"."_frid"
                                        ) AS "t65"
                                        WHERE
                                          "t65"."benefit" IN (
                                            'jobafklaring',
                                            'kontanthjaelp',
                                            'ledighedsydelse',
                                            'ressourceforloeb',
                                            'revalidering',
                                            'uddannelseshjaelp'
                                          )
                                      ) AS "t68"
                                    ) AS "t72"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t73"."person_id" AS "_ipid",
                                        "t73"."benefit" AS "_ibenefit",
                                        "t73"."start_date" AS "_istart",
                                        "t73"."i_start" AS "_i_start",
                                        "t73"."i_end" AS "_i_end",
                                        "t73"."cum_before" AS "_cum"
                                      FROM (
                                        SELECT
                                          "t70"."person_id",
                                          "t70"."benefit",
                                          "t70"."_key" AS "start_date",
                                          "t70"."i_start",
                                          "t70"."i_end",
                                          CAST(COALESCE(
                                            SUM("t70"."_len") OVER (
                                              PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                              ORDER BY "t70"."i_start" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ),
                                            0
                                          ) AS INT) AS "cum_before"
                                        FROM (
                                          SELECT
                                            "t69"."person_id",
                                            "t69"."benefit",
                                            "t69"."_key",
                                            "t69"."_island",
                                            "t69"."i_start",
                                            "t69"."i_end",
                                            CASE
                                              WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                              THEN 0
                                              ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                            END AS "_len"
                                          FROM (
                                            SELECT
                                              "t67"."person_id",
                                              "t67"."benefit",
                                              "t67"."_key",
                                              "t67"."_island",
                                              MIN("t67"."start_date") AS "i_start",
                                              MAX("t67"."_end") AS "i_end"
                                            FROM (
                                              SELECT
                                                "t66"."person_id",
                                                "t66"."benefit",
                                                "t66"."start_date",
                                                "t66"."_end",
                                                "t66"."_key",
                                                "t66"."_acc",
                                                "t66"."_rid",
                                                "t66"."early_followup_request_date",
                                                "t66"."education_order",
                                                "t66"."_new",
                                                SUM("t66"."_new") OVER (
                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                ) AS "_island"
                                              FROM (
                                                SELECT
                                                  "t62"."person_id",
                                                  "t62"."benefit",
                                                  "t62"."start_date",
                                                  "t62"."_end",
                                                  "t62"."_key",
                                                  "t62"."_acc",
                                                  "t62"."_rid",
                                                  "t62"."early_followup_request_date",
                                                  "t62"."education_order",
                                                  CASE
                                                    WHEN MAX("t62"."_end") OVER (
                                                      PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                      ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) IS NULL
                                                    THEN 1
                                                    WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                                      PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                      ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                    THEN 1
                                                    ELSE 0
                                                  END AS "_new"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM "t60" AS "t61"
                                                  WHERE
                                                    "t61"."_acc"
                                                ) AS "t62"
                                              ) AS "t66"
                                            ) AS "t67"
                                            GROUP BY
                                              1,
                                              2,
                                              3,
                                              4
                                          ) AS "t69"
                                        ) AS "t70"
                                      ) AS "t73"
                                    ) AS "t75"
                                      ON "t72"."person_id" = "t75"."_ipid"
                                      AND "t72"."benefit" = "t75"."_ibenefit"
                                      AND "t72"."start_date" = "t75"."_istart"
                                      AND "t75"."_cum" < "t72"."_needed"
                                      AND (
                                        (
                                          "t75"."_i_end" = MAKE_DATE(9999, 12, 31)
                                        )
                                        OR (
                                          (
                                            "t75"."_cum" + DATE_DIFF('DAY', "t75"."_i_start", "t75"."_i_end") + 1
                                          ) >= "t72"."_needed"
                                        )
                                      )
                                  ) AS "t76"
                                ) AS "t77"
                              ) AS "t78"
                            ) AS "t79"
                          ) AS "t80"
                        ) AS "t83"
                        INNER JOIN (
                          SELECT
                            "t0"."person_id" AS "_pid",
                            "t0"."start_date" AS "_ex_start",
                            "t0"."end_date" AS "_ex_end",
                            "t0"."reason" AS "_ex_reason"
                          FROM "exemptions" AS "t0"
                          WHERE
                            "t0"."start_date" <= CAST($as_of AS DATE)
                        ) AS "t7"
                          ON "t83"."person_id" = "t7"."_pid"
                          AND "t7"."_ex_start" <= "t83"."_to"
                          AND "t7"."_ex_end" >= "t83"."_from"
                      ) AS "t84"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t86"
                      ON "t81"."person_id" = "t86"."person_id"
                      AND "t81"."benefit" = "t86"."benefit"
                      AND "t81"."start_date" = "t86"."start_date"
                  ) AS "t87"
                ) AS "t88"
              ) AS "t95"
                ON "t97"."person_id" = "t95"."person_id"
                AND "t97"."benefit" = "t95"."benefit"
                AND "t97"."start_date" = "t95"."start_date"
            ) AS "t98"
            WHERE
              "t98"."_n" > 0
          ) AS "t99"
          GROUP BY
            1,
            2,
            3
        ) AS "t100"
      ) AS "t102"
        ON "t94"."person_id" = "t102"."person_id"
        AND "t94"."benefit" = "t102"."benefit"
        AND "t94"."start_date" = "t102"."start_date"
    ) AS "t103"
  ) AS "t104"
) AS "t105"
