WITH "t17" AS (
  SELECT
    "t16"."person_id",
    "t16"."benefit",
    "t16"."start_date",
    "t16"."target_group",
    "t16"."early_followup_request_date",
    "t16"."education_order",
    "t16"."_rid",
    "t16"."_end",
    "t16"."_acc",
    "t16"."_switch",
    "t16"."_run",
    "t16"."_new",
    MAX(CASE WHEN "t16"."_new" = 1 THEN "t16"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t16"."person_id"
      ORDER BY "t16"."start_date" ASC, "t16"."benefit" ASC, "t16"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t15"."person_id",
      "t15"."benefit",
      "t15"."start_date",
      "t15"."target_group",
      "t15"."early_followup_request_date",
      "t15"."education_order",
      "t15"."_rid",
      "t15"."_end",
      "t15"."_acc",
      "t15"."_switch",
      "t15"."_run",
      CASE
        WHEN (
          "t15"."_switch" = 1
        )
        OR (
          (
            MAX("t15"."_end") OVER (
              PARTITION BY "t15"."person_id", "t15"."_run"
              ORDER BY "t15"."start_date" ASC, "t15"."benefit" ASC, "t15"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t15"."_end") OVER (
              PARTITION BY "t15"."person_id", "t15"."_run"
              ORDER BY "t15"."start_date" ASC, "t15"."benefit" ASC, "t15"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t15"."start_date" > CAST(CAST(MAX("t15"."_end") OVER (
              PARTITION BY "t15"."person_id", "t15"."_run"
              ORDER BY "t15"."start_date" ASC, "t15"."benefit" ASC, "t15"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t15"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t15"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t15"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t15"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t15"."_end") OVER (
                    PARTITION BY "t15"."person_id", "t15"."_run"
                    ORDER BY "t15"."start_date" ASC, "t15"."benefit" ASC, "t15"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t15"."_end") OVER (
                    PARTITION BY "t15"."person_id", "t15"."_run"
                    ORDER BY "t15"."start_date" ASC, "t15"."benefit" ASC, "t15"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t15"."_end") OVER (
                      PARTITION BY "t15"."person_id", "t15"."_run"
                      ORDER BY "t15"."start_date" ASC, "t15"."benefit" ASC, "t15"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t15"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t15"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t15"."target_group") OVER (
              PARTITION BY "t15"."person_id", "t15"."_run"
              ORDER BY "t15"."start_date" ASC, "t15"."benefit" ASC, "t15"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || CASE
              WHEN "t15"."target_group" IS NULL
              THEN NULL
              ELSE CONCAT('>', "t15"."target_group")
            END
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
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
        SUM("t14"."_switch") OVER (
          PARTITION BY "t14"."person_id"
          ORDER BY "t14"."start_date" ASC, "t14"."benefit" ASC, "t14"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
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
          CASE
            WHEN LAG("t13"."benefit") OVER (
              PARTITION BY "t13"."person_id"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t13"."benefit") OVER (
              PARTITION BY "t13"."person_id"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t13"."benefit"
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
        ) AS "t13"
      ) AS "t14"
    ) AS "t15"
  ) AS "t16"
), "t19" AS (
  SELECT
    *
  FROM "t17" AS "t18"
  WHERE
    "t18"."_acc"
), "t23" AS (
  SELECT
    "t21"."person_id",
    "t21"."benefit",
    MIN("t21"."start_date") AS "c1"
  FROM "t19" AS "t21"
  GROUP BY
    1,
    2
), "t32" AS (
  SELECT
    "t31"."person_id",
    "t31"."benefit",
    "t31"."c1",
    "t31"."c2"
  FROM (
    SELECT
      "t25"."person_id",
      "t25"."benefit",
      "t25"."c1",
      "t30"."person_id" AS "person_id_right",
      "t30"."benefit" AS "benefit_right",
      "t30"."c2"
    FROM "t23" AS "t25"
    LEFT OUTER JOIN (
      SELECT
        "t28"."person_id",
        "t28"."benefit",
        MIN("t28"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t22"."person_id",
            "t22"."benefit",
            "t22"."start_date",
            "t22"."target_group",
            "t22"."early_followup_request_date",
            "t22"."education_order",
            "t22"."_rid",
            "t22"."_end",
            "t22"."_acc",
            "t22"."_switch",
            "t22"."_run",
            "t22"."_new",
            "t22"."_spell_start",
            "t26"."c1"
          FROM "t19" AS "t22"
          INNER JOIN "t23" AS "t26"
            ON "t22"."person_id" = "t26"."person_id" AND "t22"."benefit" = "t26"."benefit"
        ) AS "t27"
        WHERE
          "t27"."start_date" >= CAST(CAST("t27"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t27"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t28"
      GROUP BY
        1,
        2
    ) AS "t30"
      ON "t25"."person_id" = "t30"."person_id" AND "t25"."benefit" = "t30"."benefit"
  ) AS "t31"
), "t41" AS (
  SELECT
    "t40"."person_id",
    "t40"."benefit",
    "t40"."c1",
    "t40"."c2",
    "t40"."c3"
  FROM (
    SELECT
      "t34"."person_id",
      "t34"."benefit",
      "t34"."c1",
      "t34"."c2",
      "t39"."person_id" AS "person_id_right",
      "t39"."benefit" AS "benefit_right",
      "t39"."c3"
    FROM "t32" AS "t34"
    LEFT OUTER JOIN (
      SELECT
        "t37"."person_id",
        "t37"."benefit",
        MIN("t37"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t22"."person_id",
            "t22"."benefit",
            "t22"."start_date",
            "t22"."target_group",
            "t22"."early_followup_request_date",
            "t22"."education_order",
            "t22"."_rid",
            "t22"."_end",
            "t22"."_acc",
            "t22"."_switch",
            "t22"."_run",
            "t22"."_new",
            "t22"."_spell_start",
            "t35"."c1",
            "t35"."c2"
          FROM "t19" AS "t22"
          INNER JOIN "t32" AS "t35"
            ON "t22"."person_id" = "t35"."person_id" AND "t22"."benefit" = "t35"."benefit"
        ) AS "t36"
        WHERE
          "t36"."start_date" >= CAST(CAST("t36"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t36"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t37"
      GROUP BY
        1,
        2
    ) AS "t39"
      ON "t34"."person_id" = "t39"."person_id" AND "t34"."benefit" = "t39"."benefit"
  ) AS "t40"
), "t64" AS (
  SELECT
    *
  FROM (
    SELECT
      "t18"."person_id",
      "t18"."benefit",
      "t18"."start_date",
      "t18"."_end",
      "t18"."_spell_start" AS "_key",
      "t18"."_acc",
      "t18"."_rid",
      "t18"."early_followup_request_date",
      "t18"."education_order"
    FROM "t17" AS "t18"
    WHERE
      NOT (
        "t18"."_acc"
      )
  ) AS "t20"
  UNION ALL
  SELECT
    *
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
      "t62"."education_order"
    FROM (
      SELECT
        "t61".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t60"."person_id",
          "t60"."benefit",
          "t60"."start_date",
          "t60"."target_group",
          "t60"."early_followup_request_date",
          "t60"."education_order",
          "t60"."_rid",
          "t60"."_end",
          "t60"."_acc",
          "t60"."_switch",
          "t60"."_run",
          "t60"."_new",
          "t60"."_spell_start",
          "t60"."c1",
          "t60"."c2",
          "t60"."c3",
          "t60"."c4",
          "t60"."c5",
          GREATEST(
            CASE
              WHEN "t60"."c1" <= "t60"."start_date"
              THEN "t60"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t60"."c2" <= "t60"."start_date"
              THEN "t60"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t60"."c3" <= "t60"."start_date"
              THEN "t60"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t60"."c4" <= "t60"."start_date"
              THEN "t60"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t60"."c5" <= "t60"."start_date"
              THEN "t60"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t22"."person_id",
            "t22"."benefit",
            "t22"."start_date",
            "t22"."target_group",
            "t22"."early_followup_request_date",
            "t22"."education_order",
            "t22"."_rid",
            "t22"."_end",
            "t22"."_acc",
            "t22"."_switch",
            "t22"."_run",
            "t22"."_new",
            "t22"."_spell_start",
            "t59"."c1",
            "t59"."c2",
            "t59"."c3",
            "t59"."c4",
            "t59"."c5"
          FROM "t19" AS "t22"
          INNER JOIN (
            SELECT
              "t57".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t51"."person_id",
                "t51"."benefit",
                "t51"."c1",
                "t51"."c2",
                "t51"."c3",
                "t51"."c4",
                "t56"."person_id" AS "person_id_right",
                "t56"."benefit" AS "benefit_right",
                "t56"."c5"
              FROM (
                SELECT
                  "t49".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t43"."person_id",
                    "t43"."benefit",
                    "t43"."c1",
                    "t43"."c2",
                    "t43"."c3",
                    "t48"."person_id" AS "person_id_right",
                    "t48"."benefit" AS "benefit_right",
                    "t48"."c4"
                  FROM "t41" AS "t43"
                  LEFT OUTER JOIN (
                    SELECT
                      "t46"."person_id",
                      "t46"."benefit",
                      MIN("t46"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t22"."person_id",
                          "t22"."benefit",
                          "t22"."start_date",
                          "t22"."target_group",
                          "t22"."early_followup_request_date",
                          "t22"."education_order",
                          "t22"."_rid",
                          "t22"."_end",
                          "t22"."_acc",
                          "t22"."_switch",
                          "t22"."_run",
                          "t22"."_new",
                          "t22"."_spell_start",
                          "t44"."c1",
                          "t44"."c2",
                          "t44"."c3"
                        FROM "t19" AS "t22"
                        INNER JOIN "t41" AS "t44"
                          ON "t22"."person_id" = "t44"."person_id" AND "t22"."benefit" = "t44"."benefit"
                      ) AS "t45"
                      WHERE
                        "t45"."start_date" >= CAST(CAST("t45"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t45"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t46"
                    GROUP BY
                      1,
                      2
                  ) AS "t48"
                    ON "t43"."person_id" = "t48"."person_id" AND "t43"."benefit" = "t48"."benefit"
                ) AS "t49"
              ) AS "t51"
              LEFT OUTER JOIN (
                SELECT
                  "t54"."person_id",
                  "t54"."benefit",
                  MIN("t54"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t22"."person_id",
                      "t22"."benefit",
                      "t22"."start_date",
                      "t22"."target_group",
                      "t22"."early_followup_request_date",
                      "t22"."education_order",
                      "t22"."_rid",
                      "t22"."_end",
                      "t22"."_acc",
                      "t22"."_switch",
                      "t22"."_run",
                      "t22"."_new",
                      "t22"."_spell_start",
                      "t52"."c1",
                      "t52"."c2",
                      "t52"."c3",
                      "t52"."c4"
                    FROM "t19" AS "t22"
                    INNER JOIN (
                      SELECT
                        "t49".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t43"."person_id",
                          "t43"."benefit",
                          "t43"."c1",
                          "t43"."c2",
                          "t43"."c3",
                          "t48"."person_id" AS "person_id_right",
                          "t48"."benefit" AS "benefit_right",
                          "t48"."c4"
                        FROM "t41" AS "t43"
                        LEFT OUTER JOIN (
                          SELECT
                            "t46"."person_id",
                            "t46"."benefit",
                            MIN("t46"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t22"."person_id",
                                "t22"."benefit",
                                "t22"."start_date",
                                "t22"."target_group",
                                "t22"."early_followup_request_date",
                                "t22"."education_order",
                                "t22"."_rid",
                                "t22"."_end",
                                "t22"."_acc",
                                "t22"."_switch",
                                "t22"."_run",
                                "t22"."_new",
                                "t22"."_spell_start",
                                "t44"."c1",
                                "t44"."c2",
                                "t44"."c3"
                              FROM "t19" AS "t22"
                              INNER JOIN "t41" AS "t44"
                                ON "t22"."person_id" = "t44"."person_id" AND "t22"."benefit" = "t44"."benefit"
                            ) AS "t45"
                            WHERE
                              "t45"."start_date" >= CAST(CAST("t45"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t45"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t46"
                          GROUP BY
                            1,
                            2
                        ) AS "t48"
                          ON "t43"."person_id" = "t48"."person_id" AND "t43"."benefit" = "t48"."benefit"
                      ) AS "t49"
                    ) AS "t52"
                      ON "t22"."person_id" = "t52"."person_id" AND "t22"."benefit" = "t52"."benefit"
                  ) AS "t53"
                  WHERE
                    "t53"."start_date" >= CAST(CAST("t53"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t53"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t54"
                GROUP BY
                  1,
                  2
              ) AS "t56"
                ON "t51"."person_id" = "t56"."person_id" AND "t51"."benefit" = "t56"."benefit"
            ) AS "t57"
          ) AS "t59"
            ON "t22"."person_id" = "t59"."person_id" AND "t22"."benefit" = "t59"."benefit"
        ) AS "t60"
      ) AS "t61"
    ) AS "t62"
  ) AS "t63"
)
SELECT
  "t133"."person_id",
  "t133"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_interviews_6m' AS "rule_id",
  '1.3.0' AS "rule_version",
  CASE
    WHEN "t133"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t133"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023 – forenklet kontaktforløb)'
    WHEN "t133"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t133"."window_start",
  CASE
    WHEN COALESCE("t133"."is_applicable", FALSE)
    THEN "t133"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t133"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t133"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t133"."fulfilled_date" <= "t133"."due_date"
    )
    THEN 'met'
    WHEN "t133"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t133"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t133"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t133"."is_applicable", FALSE)
    THEN "t133"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t133"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t133"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t133"."fulfilled_date" > "t133"."due_date"
    )
    THEN DATE_DIFF('DAY', "t133"."due_date", "t133"."fulfilled_date")
    WHEN NOT (
      "t133"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t133"."is_exempt", FALSE)
    )
    AND (
      "t133"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t133"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t133"."is_applicable", FALSE)
              THEN "t133"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t133"."window_start"
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
              WHEN COALESCE("t133"."is_applicable", FALSE)
              THEN "t133"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t133"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t133"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t132"."person_id",
    "t132"."benefit",
    "t132"."start_date",
    "t132"."end_date",
    "t132"."first_contact_date",
    "t132"."target_group",
    "t132"."first_absence_date",
    "t132"."sickness_category",
    "t132"."employed",
    "t132"."handover_date",
    "t132"."expected_absence_weeks",
    "t132"."work_obligation",
    "t132"."municipality",
    "t132"."early_followup_request_date",
    "t132"."education_order",
    "t132"."periods",
    "t132"."window_start",
    "t132"."required",
    "t132"."required_joint",
    "t132"."in_force",
    "t132"."_end_unconfirmed",
    "t132"."due0",
    "t132"."exempt_days",
    "t132"."exempt_now",
    "t132"."exemption_note",
    "t132"."due_date",
    "t132"."_count_from",
    "t132"."nth_date",
    "t132"."counted",
    "t132"."in_window",
    "t132"."listed",
    "t132"."joint_date",
    "t132"."joint_in_window",
    CASE
      WHEN "t132"."required_joint" = 0
      THEN "t132"."nth_date"
      WHEN (
        "t132"."nth_date" IS NOT NULL
      ) AND (
        "t132"."joint_date" IS NOT NULL
      )
      THEN GREATEST("t132"."nth_date", "t132"."joint_date")
      ELSE CAST(NULL AS DATE)
    END AS "fulfilled_date",
    "t132"."in_force"
    AND NOT (
      (
        "t132"."end_date" IS NOT NULL
      )
      AND (
        "t132"."end_date" < "t132"."due_date"
      )
      AND (
        CASE
          WHEN "t132"."required_joint" = 0
          THEN "t132"."nth_date"
          WHEN (
            "t132"."nth_date" IS NOT NULL
          ) AND (
            "t132"."joint_date" IS NOT NULL
          )
          THEN GREATEST("t132"."nth_date", "t132"."joint_date")
          ELSE CAST(NULL AS DATE)
        END IS NULL
      )
    ) AS "is_applicable",
    "t132"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t132"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t132"."end_date" IS NOT NULL
        )
        AND (
          "t132"."end_date" < "t132"."due_date"
        )
        AND (
          CASE
            WHEN "t132"."required_joint" = 0
            THEN "t132"."nth_date"
            WHEN (
              "t132"."nth_date" IS NOT NULL
            ) AND (
              "t132"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t132"."nth_date", "t132"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t132"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t132"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t132"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t132"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t132"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t132"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t132"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t132"."listed" IS NOT NULL
          THEN CASE WHEN "t132"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t132"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t132"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t132"."end_date" AS TEXT))
        END
        WHEN "t132"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t132"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t132"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t132"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t132"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t132"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t132"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t132"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t132"."listed" IS NOT NULL
          THEN CASE WHEN "t132"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t132"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t132"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t132"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t132"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t132"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t132"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t132"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t132"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t132"."listed" IS NOT NULL
          THEN CASE WHEN "t132"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t132"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t132"."end_date" IS NOT NULL
        )
        AND (
          "t132"."end_date" < "t132"."due_date"
        )
        AND (
          CASE
            WHEN "t132"."required_joint" = 0
            THEN "t132"."nth_date"
            WHEN (
              "t132"."nth_date" IS NOT NULL
            ) AND (
              "t132"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t132"."nth_date", "t132"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t132"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t132"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t132"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t132"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t132"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t132"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t132"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t132"."listed" IS NOT NULL
          THEN CASE WHEN "t132"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t132"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t132"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t132"."end_date" AS TEXT))
        END
        WHEN "t132"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t132"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t132"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t132"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t132"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t132"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t132"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t132"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t132"."listed" IS NOT NULL
          THEN CASE WHEN "t132"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t132"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t132"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t132"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t132"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t132"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t132"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t132"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t132"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t132"."listed" IS NOT NULL
          THEN CASE WHEN "t132"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t132"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t132"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t132"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t131".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t130"."person_id",
        "t130"."benefit",
        "t130"."start_date",
        "t130"."end_date",
        "t130"."first_contact_date",
        "t130"."target_group",
        "t130"."first_absence_date",
        "t130"."sickness_category",
        "t130"."employed",
        "t130"."handover_date",
        "t130"."expected_absence_weeks",
        "t130"."work_obligation",
        "t130"."municipality",
        "t130"."early_followup_request_date",
        "t130"."education_order",
        "t130"."periods",
        "t130"."window_start",
        "t130"."required",
        "t130"."required_joint",
        "t130"."in_force",
        "t130"."_end_unconfirmed",
        "t130"."due0",
        "t130"."exempt_days",
        "t130"."exempt_now",
        "t130"."exemption_note",
        "t130"."due_date",
        "t130"."_count_from",
        "t130"."nth_date",
        "t130"."counted",
        "t130"."in_window",
        "t130"."listed",
        "t126"."person_id" AS "person_id_right",
        "t126"."benefit" AS "benefit_right",
        "t126"."start_date" AS "start_date_right",
        "t126"."joint_date",
        "t126"."joint_in_window"
      FROM (
        SELECT
          "t128".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
        FROM (
          SELECT
            "t103"."person_id",
            "t103"."benefit",
            "t103"."start_date",
            "t103"."end_date",
            "t103"."first_contact_date",
            "t103"."target_group",
            "t103"."first_absence_date",
            "t103"."sickness_category",
            "t103"."employed",
            "t103"."handover_date",
            "t103"."expected_absence_weeks",
            "t103"."work_obligation",
            "t103"."municipality",
            "t103"."early_followup_request_date",
            "t103"."education_order",
            "t103"."periods",
            "t103"."window_start",
            "t103"."required",
            "t103"."required_joint",
            "t103"."in_force",
            "t103"."_end_unconfirmed",
            "t103"."due0",
            "t103"."exempt_days",
            "t103"."exempt_now",
            "t103"."exemption_note",
            "t103"."due_date",
            "t103"."_count_from",
            "t127"."person_id" AS "person_id_right",
            "t127"."benefit" AS "benefit_right",
            "t127"."start_date" AS "start_date_right",
            "t127"."nth_date",
            "t127"."counted",
            "t127"."in_window",
            "t127"."listed"
          FROM (
            SELECT
              "t101".*
              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
            FROM (
              SELECT
                "t100"."person_id",
                "t100"."benefit",
                "t100"."start_date",
                "t100"."end_date",
                "t100"."first_contact_date",
                "t100"."target_group",
                "t100"."first_absence_date",
                "t100"."sickness_category",
                "t100"."employed",
                "t100"."handover_date",
                "t100"."expected_absence_weeks",
                "t100"."work_obligation",
                "t100"."municipality",
                "t100"."early_followup_request_date",
                "t100"."education_order",
                "t100"."periods",
                "t100"."window_start",
                "t100"."required",
                "t100"."required_joint",
                "t100"."in_force",
                "t100"."_end_unconfirmed",
                "t100"."due0",
                "t100"."exempt_days",
                "t100"."exempt_now",
                "t100"."exemption_note",
                "t100"."due_date",
                "t100"."_plain",
                "t100"."_needed",
                "t100"."_ipid",
                "t100"."_ibenefit",
                "t100"."_istart",
                "t100"."_i_start",
                "t100"."_i_end",
                "t100"."_cum",
                CASE
                  WHEN "t100"."_i_start" IS NOT NULL
                  THEN CAST(CAST("t100"."_i_start" + TO_DAYS(CAST("t100"."_needed" - "t100"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                  ELSE "t100"."_plain"
                END AS "_count_from"
              FROM (
                SELECT
                  "t99"."person_id",
                  "t99"."benefit",
                  "t99"."start_date",
                  "t99"."end_date",
                  "t99"."first_contact_date",
                  "t99"."target_group",
                  "t99"."first_absence_date",
                  "t99"."sickness_category",
                  "t99"."employed",
                  "t99"."handover_date",
                  "t99"."expected_absence_weeks",
                  "t99"."work_obligation",
                  "t99"."municipality",
                  "t99"."early_followup_request_date",
                  "t99"."education_order",
                  "t99"."periods",
                  "t99"."window_start",
                  "t99"."required",
                  "t99"."required_joint",
                  "t99"."in_force",
                  "t99"."_end_unconfirmed",
                  "t99"."due0",
                  "t99"."exempt_days",
                  "t99"."exempt_now",
                  "t99"."exemption_note",
                  "t99"."due_date",
                  "t99"."_plain",
                  "t99"."_needed",
                  "t82"."_ipid",
                  "t82"."_ibenefit",
                  "t82"."_istart",
                  "t82"."_i_start",
                  "t82"."_i_end",
                  "t82"."_cum"
                FROM (
                  SELECT
                    "t97"."person_id",
                    "t97"."benefit",
                    "t97"."start_date",
                    "t97"."end_date",
                    "t97"."first_contact_date",
                    "t97"."target_group",
                    "t97"."first_absence_date",
                    "t97"."sickness_category",
                    "t97"."employed",
                    "t97"."handover_date",
                    "t97"."expected_absence_weeks",
                    "t97"."work_obligation",
                    "t97"."municipality",
                    "t97"."early_followup_request_date",
                    "t97"."education_order",
                    "t97"."periods",
                    "t97"."window_start",
                    "t97"."required",
                    "t97"."required_joint",
                    "t97"."in_force",
                    "t97"."_end_unconfirmed",
                    "t97"."due0",
                    COALESCE("t97"."exempt_days", 0) AS "exempt_days",
                    COALESCE("t97"."exempt_now", FALSE) AS "exempt_now",
                    COALESCE("t97"."exemption_note", '') AS "exemption_note",
                    CAST(CAST("t97"."due0" + TO_DAYS(
                      CASE
                        WHEN COALESCE(
                          CASE
                            WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        )
                        THEN COALESCE("t97"."exempt_days", 0)
                        ELSE 0
                      END
                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                    CAST(CAST("t97"."window_start" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 3
                          WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 0
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                    DATE_DIFF(
                      'DAY',
                      "t97"."window_start",
                      CAST(CAST("t97"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN 3
                            WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 0
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                    ) AS "_needed"
                  FROM (
                    SELECT
                      "t96".*
                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                    FROM (
                      SELECT
                        "t90"."person_id",
                        "t90"."benefit",
                        "t90"."start_date",
                        "t90"."end_date",
                        "t90"."first_contact_date",
                        "t90"."target_group",
                        "t90"."first_absence_date",
                        "t90"."sickness_category",
                        "t90"."employed",
                        "t90"."handover_date",
                        "t90"."expected_absence_weeks",
                        "t90"."work_obligation",
                        "t90"."municipality",
                        "t90"."early_followup_request_date",
                        "t90"."education_order",
                        "t90"."periods",
                        "t90"."window_start",
                        "t90"."required",
                        "t90"."required_joint",
                        "t90"."in_force",
                        "t90"."_end_unconfirmed",
                        "t90"."due0",
                        "t95"."person_id" AS "person_id_right",
                        "t95"."benefit" AS "benefit_right",
                        "t95"."start_date" AS "start_date_right",
                        "t95"."exempt_days",
                        "t95"."exempt_now",
                        "t95"."exemption_note"
                      FROM (
                        SELECT
                          "t88".*
                          EXCLUDE ("_point")
                        FROM (
                          SELECT
                            "t87"."person_id",
                            "t87"."benefit",
                            "t87"."start_date",
                            "t87"."end_date",
                            "t87"."first_contact_date",
                            "t87"."target_group",
                            "t87"."first_absence_date",
                            "t87"."sickness_category",
                            "t87"."employed",
                            "t87"."handover_date",
                            "t87"."expected_absence_weeks",
                            "t87"."work_obligation",
                            "t87"."municipality",
                            "t87"."early_followup_request_date",
                            "t87"."education_order",
                            "t87"."periods",
                            "t87"."window_start",
                            "t87"."required",
                            "t87"."required_joint",
                            "t87"."in_force",
                            "t87"."_end_unconfirmed",
                            "t87"."_point",
                            CAST(CAST("t87"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                          FROM (
                            SELECT
                              "t86".*
                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                "t85"."_plain",
                                "t85"."_needed",
                                "t85"."_ipid",
                                "t85"."_ibenefit",
                                "t85"."_istart",
                                "t85"."_i_start",
                                "t85"."_i_end",
                                "t85"."_cum",
                                CASE
                                  WHEN "t85"."_i_start" IS NOT NULL
                                  THEN CAST(CAST("t85"."_i_start" + TO_DAYS(CAST("t85"."_needed" - "t85"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                  ELSE "t85"."_plain"
                                END AS "_point"
                              FROM (
                                SELECT
                                  "t84"."person_id",
                                  "t84"."benefit",
                                  "t84"."start_date",
                                  "t84"."end_date",
                                  "t84"."first_contact_date",
                                  "t84"."target_group",
                                  "t84"."first_absence_date",
                                  "t84"."sickness_category",
                                  "t84"."employed",
                                  "t84"."handover_date",
                                  "t84"."expected_absence_weeks",
                                  "t84"."work_obligation",
                                  "t84"."municipality",
                                  "t84"."early_followup_request_date",
                                  "t84"."education_order",
                                  "t84"."periods",
                                  "t84"."window_start",
                                  "t84"."required",
                                  "t84"."required_joint",
                                  "t84"."in_force",
                                  "t84"."_end_unconfirmed",
                                  "t84"."_plain",
                                  "t84"."_needed",
                                  "t82"."_ipid",
                                  "t82"."_ibenefit",
                                  "t82"."_istart",
                                  "t82"."_i_start",
                                  "t82"."_i_end",
                                  "t82"."_cum"
                                FROM (
                                  SELECT
                                    "t79"."person_id",
                                    "t79"."benefit",
                                    "t79"."start_date",
                                    "t79"."end_date",
                                    "t79"."first_contact_date",
                                    "t79"."target_group",
                                    "t79"."first_absence_date",
                                    "t79"."sickness_category",
                                    "t79"."employed",
                                    "t79"."handover_date",
                                    "t79"."expected_absence_weeks",
                                    "t79"."work_obligation",
                                    "t79"."municipality",
                                    "t79"."early_followup_request_date",
                                    "t79"."education_order",
                                    "t79"."periods",
                                    "t79"."start_date" AS "window_start",
                                    COALESCE(
                                      CASE
                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) + COALESCE(
                                      CASE
                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required",
                                    COALESCE(
                                      CASE
                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required_joint",
                                    (
                                      CASE
                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    )
                                    AND (
                                      CASE
                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    ) AS "in_force",
                                    COALESCE(
                                      (
                                        CASE
                                          WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                          "t79"."benefit"
                                        )
                                        OR ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                          CASE WHEN "t79"."benefit" IS NULL THEN NULL ELSE CONCAT("t79"."benefit", ':') END || COALESCE("t79"."target_group", '')
                                        ),
                                        FALSE
                                      ),
                                      FALSE
                                    ) AS "_end_unconfirmed",
                                    CAST(CAST("t79"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t79"."start_date",
                                      CAST(CAST("t79"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
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
                                      "t72"."periods"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t68"."person_id",
                                          "t68"."benefit",
                                          "t68"."_key" AS "start_date",
                                          CASE
                                            WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t68"."_end"
                                          END AS "end_date",
                                          "t7"."first_contact_date",
                                          "t7"."target_group",
                                          "t7"."first_absence_date",
                                          "t7"."sickness_category",
                                          "t7"."employed",
                                          "t7"."handover_date",
                                          "t7"."expected_absence_weeks",
                                          "t7"."work_obligation",
                                          "t7"."municipality",
                                          "t68"."early_followup_request_date",
                                          "t68"."education_order",
                                          "t68"."periods"
                                        FROM (
                                          SELECT
                                            "t65"."person_id",
                                            "t65"."benefit",
                                            "t65"."_key",
                                            MAX("t65"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                            MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t64" AS "t65"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t68"
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
                                        ) AS "t7"
                                          ON "t68"."_first" = "t7"."_frid"
                                      ) AS "t69"
                                      WHERE
                                        "t69"."benefit" IN ('dagpenge')
                                    ) AS "t72"
                                    ANTI JOIN (
                                      SELECT
                                        "t75"."person_id" AS "_k_person_id",
                                        "t75"."benefit" AS "_k_benefit",
                                        "t75"."start_date" AS "_k_start_date"
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
                                          "t72"."periods"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t68"."person_id",
                                              "t68"."benefit",
                                              "t68"."_key" AS "start_date",
                                              CASE
                                                WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t68"."_end"
                                              END AS "end_date",
                                              "t7"."first_contact_date",
                                              "t7"."target_group",
                                              "t7"."first_absence_date",
                                              "t7"."sickness_category",
                                              "t7"."employed",
                                              "t7"."handover_date",
                                              "t7"."expected_absence_weeks",
                                              "t7"."work_obligation",
                                              "t7"."municipality",
                                              "t68"."early_followup_request_date",
                                              "t68"."education_order",
                                              "t68"."periods"
                                            FROM (
                                              SELECT
                                                "t65"."person_id",
                                                "t65"."benefit",
                                                "t65"."_key",
                                                MAX("t65"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t64" AS "t65"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t68"
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
                                            ) AS "t7"
                                              ON "t68"."_first" = "t7"."_frid"
                                          ) AS "t69"
                                          WHERE
                                            "t69"."benefit" IN ('dagpenge')
                                        ) AS "t72"
                                        SEMI JOIN (
                                          SELECT
                                            "t2"."person_id" AS "_mpid",
                                            "t2"."start_date" AS "_mstart"
                                          FROM "benefit_periods" AS "t2"
                                          WHERE
                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                        ) AS "t12"
                                          ON "t72"."person_id" = "t12"."_mpid"
                                          AND "t12"."_mstart" >= "t72"."start_date"
                                          AND (
                                            (
                                              "t72"."end_date" IS NULL
                                            ) OR (
                                              "t12"."_mstart" <= "t72"."end_date"
                                            )
                                          )
                                      ) AS "t75"
                                      WHERE
                                        CASE
                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                    ) AS "t78"
                                      ON "t72"."person_id" = "t78"."_k_person_id"
                                      AND "t72"."benefit" = "t78"."_k_benefit"
                                      AND "t72"."start_date" = "t78"."_k_start_date"
                                  ) AS "t79"
                                ) AS "t84"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t80"."person_id" AS "_ipid",
                                    "t80"."benefit" AS "_ibenefit",
                                    "t80"."start_date" AS "_istart",
                                    "t80"."i_start" AS "_i_start",
                                    "t80"."i_end" AS "_i_end",
                                    "t80"."cum_before" AS "_cum"
                                  FROM (
                                    SELECT
                                      "t76"."person_id",
                                      "t76"."benefit",
                                      "t76"."_key" AS "start_date",
                                      "t76"."i_start",
                                      "t76"."i_end",
                                      CAST(COALESCE(
                                        SUM("t76"."_len") OVER (
                                          PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                          ORDER BY "t76"."i_start" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ),
                                        0
                                      ) AS INT) AS "cum_before"
                                    FROM (
                                      SELECT
                                        "t74"."person_id",
                                        "t74"."benefit",
                                        "t74"."_key",
                                        "t74"."_island",
                                        "t74"."i_start",
                                        "t74"."i_end",
                                        CASE
                                          WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t73"."person_id",
                                          "t73"."benefit",
                                          "t73"."_key",
                                          "t73"."_island",
                                          MIN("t73"."start_date") AS "i_start",
                                          MAX("t73"."_end") AS "i_end"
                                        FROM (
                                          SELECT
                                            "t70"."person_id",
                                            "t70"."benefit",
                                            "t70"."start_date",
                                            "t70"."_end",
                                            "t70"."_key",
                                            "t70"."_acc",
                                            "t70"."_rid",
                                            "t70"."early_followup_request_date",
                                            "t70"."education_order",
                                            "t70"."_new",
                                            SUM("t70"."_new") OVER (
                                              PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                              ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS "_island"
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
                                              CASE
                                                WHEN MAX("t66"."_end") OVER (
                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) IS NULL
                                                THEN 1
                                                WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                THEN 1
                                                ELSE 0
                                              END AS "_new"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "t64" AS "t65"
                                              WHERE
                                                "t65"."_acc"
                                            ) AS "t66"
                                          ) AS "t70"
                                        ) AS "t73"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t74"
                                    ) AS "t76"
                                  ) AS "t80"
                                ) AS "t82"
                                  ON "t84"."person_id" = "t82"."_ipid"
                                  AND "t84"."benefit" = "t82"."_ibenefit"
                                  AND "t84"."start_date" = "t82"."_istart"
                                  AND "t82"."_cum" < "t84"."_needed"
                                  AND (
                                    (
                                      "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                      ) >= "t84"."_needed"
                                    )
                                  )
                              ) AS "t85"
                            ) AS "t86"
                          ) AS "t87"
                        ) AS "t88"
                      ) AS "t90"
                      LEFT OUTER JOIN (
                        SELECT
                          "t93"."person_id",
                          "t93"."benefit",
                          "t93"."start_date",
                          CAST(SUM(
                            DATE_DIFF(
                              'DAY',
                              GREATEST("t93"."_ex_start", "t93"."_from"),
                              LEAST("t93"."_ex_end", "t93"."_to")
                            ) + 1
                          ) AS INT) AS "exempt_days",
                          BOOL_OR(
                            CAST((
                              "t93"."_ex_start" <= CAST($as_of AS DATE)
                            )
                            AND (
                              "t93"."_ex_end" >= CAST($as_of AS DATE)
                            ) AS BOOLEAN)
                          ) AS "exempt_now",
                          ARRAY_TO_STRING(
                            LIST_SORT(
                              ARRAY_AGG(
                                CASE
                                  WHEN CAST("t93"."_ex_start" AS TEXT) IS NULL
                                  OR CAST("t93"."_ex_end" AS TEXT) IS NULL
                                  OR "t93"."_ex_reason" IS NULL
                                  THEN NULL
                                  ELSE CONCAT(
                                    'fritaget ',
                                    CAST("t93"."_ex_start" AS TEXT),
                                    '–',
                                    CAST("t93"."_ex_end" AS TEXT),
                                    ' (',
                                    "t93"."_ex_reason",
                                    ')'
                                  )
                                END
                              ) FILTER(WHERE
                                CASE
                                  WHEN CAST("t93"."_ex_start" AS TEXT) IS NULL
                                  OR CAST("t93"."_ex_end" AS TEXT) IS NULL
                                  OR "t93"."_ex_reason" IS NULL
                                  THEN NULL
                                  ELSE CONCAT(
                                    'fritaget ',
                                    CAST("t93"."_ex_start" AS TEXT),
                                    '–',
                                    CAST("t93"."_ex_end" AS TEXT),
                                    ' (',
                                    "t93"."_ex_reason",
                                    ')'
                                  )
                                END IS NOT NULL)
                            ),
                            ', '
                          ) AS "exemption_note"
                        FROM (
                          SELECT
                            "t92"."person_id",
                            "t92"."benefit",
                            "t92"."start_date",
                            "t92"."_from",
                            "t92"."_to",
                            "t11"."_pid",
                            "t11"."_ex_start",
                            "t11"."_ex_end",
                            "t11"."_ex_reason"
                          FROM (
                            SELECT
                              "t89"."person_id",
                              "t89"."benefit",
                              "t89"."start_date",
                              "t89"."window_start" AS "_from",
                              "t89"."due0" AS "_to"
                            FROM (
                              SELECT
                                "t88".*
                                EXCLUDE ("_point")
                              FROM (
                                SELECT
                                  "t87"."person_id",
                                  "t87"."benefit",
                                  "t87"."start_date",
                                  "t87"."end_date",
                                  "t87"."first_contact_date",
                                  "t87"."target_group",
                                  "t87"."first_absence_date",
                                  "t87"."sickness_category",
                                  "t87"."employed",
                                  "t87"."handover_date",
                                  "t87"."expected_absence_weeks",
                                  "t87"."work_obligation",
                                  "t87"."municipality",
                                  "t87"."early_followup_request_date",
                                  "t87"."education_order",
                                  "t87"."periods",
                                  "t87"."window_start",
                                  "t87"."required",
                                  "t87"."required_joint",
                                  "t87"."in_force",
                                  "t87"."_end_unconfirmed",
                                  "t87"."_point",
                                  CAST(CAST("t87"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t86".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                      "t85"."_plain",
                                      "t85"."_needed",
                                      "t85"."_ipid",
                                      "t85"."_ibenefit",
                                      "t85"."_istart",
                                      "t85"."_i_start",
                                      "t85"."_i_end",
                                      "t85"."_cum",
                                      CASE
                                        WHEN "t85"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t85"."_i_start" + TO_DAYS(CAST("t85"."_needed" - "t85"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t85"."_plain"
                                      END AS "_point"
                                    FROM (
                                      SELECT
                                        "t84"."person_id",
                                        "t84"."benefit",
                                        "t84"."start_date",
                                        "t84"."end_date",
                                        "t84"."first_contact_date",
                                        "t84"."target_group",
                                        "t84"."first_absence_date",
                                        "t84"."sickness_category",
                                        "t84"."employed",
                                        "t84"."handover_date",
                                        "t84"."expected_absence_weeks",
                                        "t84"."work_obligation",
                                        "t84"."municipality",
                                        "t84"."early_followup_request_date",
                                        "t84"."education_order",
                                        "t84"."periods",
                                        "t84"."window_start",
                                        "t84"."required",
                                        "t84"."required_joint",
                                        "t84"."in_force",
                                        "t84"."_end_unconfirmed",
                                        "t84"."_plain",
                                        "t84"."_needed",
                                        "t82"."_ipid",
                                        "t82"."_ibenefit",
                                        "t82"."_istart",
                                        "t82"."_i_start",
                                        "t82"."_i_end",
                                        "t82"."_cum"
                                      FROM (
                                        SELECT
                                          "t79"."person_id",
                                          "t79"."benefit",
                                          "t79"."start_date",
                                          "t79"."end_date",
                                          "t79"."first_contact_date",
                                          "t79"."target_group",
                                          "t79"."first_absence_date",
                                          "t79"."sickness_category",
                                          "t79"."employed",
                                          "t79"."handover_date",
                                          "t79"."expected_absence_weeks",
                                          "t79"."work_obligation",
                                          "t79"."municipality",
                                          "t79"."early_followup_request_date",
                                          "t79"."education_order",
                                          "t79"."periods",
                                          "t79"."start_date" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(
                                            CASE
                                              WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required",
                                          COALESCE(
                                            CASE
                                              WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t79"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                CASE WHEN "t79"."benefit" IS NULL THEN NULL ELSE CONCAT("t79"."benefit", ':') END || COALESCE("t79"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t79"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t79"."start_date",
                                            CAST(CAST("t79"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
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
                                            "t72"."periods"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t68"."person_id",
                                                "t68"."benefit",
                                                "t68"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t68"."_end"
                                                END AS "end_date",
                                                "t7"."first_contact_date",
                                                "t7"."target_group",
                                                "t7"."first_absence_date",
                                                "t7"."sickness_category",
                                                "t7"."employed",
                                                "t7"."handover_date",
                                                "t7"."expected_absence_weeks",
                                                "t7"."work_obligation",
                                                "t7"."municipality",
                                                "t68"."early_followup_request_date",
                                                "t68"."education_order",
                                                "t68"."periods"
                                              FROM (
                                                SELECT
                                                  "t65"."person_id",
                                                  "t65"."benefit",
                                                  "t65"."_key",
                                                  MAX("t65"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                  MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t64" AS "t65"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t68"
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
                                              ) AS "t7"
                                                ON "t68"."_first" = "t7"."_frid"
                                            ) AS "t69"
                                            WHERE
                                              "t69"."benefit" IN ('dagpenge')
                                          ) AS "t72"
                                          ANTI JOIN (
                                            SELECT
                                              "t75"."person_id" AS "_k_person_id",
                                              "t75"."benefit" AS "_k_benefit",
                                              "t75"."start_date" AS "_k_start_date"
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
                                                "t72"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t68"."person_id",
                                                    "t68"."benefit",
                                                    "t68"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t68"."_end"
                                                    END AS "end_date",
                                                    "t7"."first_contact_date",
                                                    "t7"."target_group",
                                                    "t7"."first_absence_date",
                                                    "t7"."sickness_category",
                                                    "t7"."employed",
                                                    "t7"."handover_date",
                                                    "t7"."expected_absence_weeks",
                                                    "t7"."work_obligation",
                                                    "t7"."municipality",
                                                    "t68"."early_followup_request_date",
                                                    "t68"."education_order",
                                                    "t68"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t65"."person_id",
                                                      "t65"."benefit",
                                                      "t65"."_key",
                                                      MAX("t65"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                      MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t64" AS "t65"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t68"
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
                                                  ) AS "t7"
                                                    ON "t68"."_first" = "t7"."_frid"
                                                ) AS "t69"
                                                WHERE
                                                  "t69"."benefit" IN ('dagpenge')
                                              ) AS "t72"
                                              SEMI JOIN (
                                                SELECT
                                                  "t2"."person_id" AS "_mpid",
                                                  "t2"."start_date" AS "_mstart"
                                                FROM "benefit_periods" AS "t2"
                                                WHERE
                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                              ) AS "t12"
                                                ON "t72"."person_id" = "t12"."_mpid"
                                                AND "t12"."_mstart" >= "t72"."start_date"
                                                AND (
                                                  (
                                                    "t72"."end_date" IS NULL
                                                  ) OR (
                                                    "t12"."_mstart" <= "t72"."end_date"
                                                  )
                                                )
                                            ) AS "t75"
                                            WHERE
                                              CASE
                                                WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                          ) AS "t78"
                                            ON "t72"."person_id" = "t78"."_k_person_id"
                                            AND "t72"."benefit" = "t78"."_k_benefit"
                                            AND "t72"."start_date" = "t78"."_k_start_date"
                                        ) AS "t79"
                                      ) AS "t84"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t80"."person_id" AS "_ipid",
                                          "t80"."benefit" AS "_ibenefit",
                                          "t80"."start_date" AS "_istart",
                                          "t80"."i_start" AS "_i_start",
                                          "t80"."i_end" AS "_i_end",
                                          "t80"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t76"."person_id",
                                            "t76"."benefit",
                                            "t76"."_key" AS "start_date",
                                            "t76"."i_start",
                                            "t76"."i_end",
                                            CAST(COALESCE(
                                              SUM("t76"."_len") OVER (
                                                PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                                ORDER BY "t76"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t74"."person_id",
                                              "t74"."benefit",
                                              "t74"."_key",
                                              "t74"."_island",
                                              "t74"."i_start",
                                              "t74"."i_end",
                                              CASE
                                                WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t73"."person_id",
                                                "t73"."benefit",
                                                "t73"."_key",
                                                "t73"."_island",
                                                MIN("t73"."start_date") AS "i_start",
                                                MAX("t73"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t70"."person_id",
                                                  "t70"."benefit",
                                                  "t70"."start_date",
                                                  "t70"."_end",
                                                  "t70"."_key",
                                                  "t70"."_acc",
                                                  "t70"."_rid",
                                                  "t70"."early_followup_request_date",
                                                  "t70"."education_order",
                                                  "t70"."_new",
                                                  SUM("t70"."_new") OVER (
                                                    PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                    ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
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
                                                    CASE
                                                      WHEN MAX("t66"."_end") OVER (
                                                        PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                        ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                        PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                        ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t64" AS "t65"
                                                    WHERE
                                                      "t65"."_acc"
                                                  ) AS "t66"
                                                ) AS "t70"
                                              ) AS "t73"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t74"
                                          ) AS "t76"
                                        ) AS "t80"
                                      ) AS "t82"
                                        ON "t84"."person_id" = "t82"."_ipid"
                                        AND "t84"."benefit" = "t82"."_ibenefit"
                                        AND "t84"."start_date" = "t82"."_istart"
                                        AND "t82"."_cum" < "t84"."_needed"
                                        AND (
                                          (
                                            "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                            ) >= "t84"."_needed"
                                          )
                                        )
                                    ) AS "t85"
                                  ) AS "t86"
                                ) AS "t87"
                              ) AS "t88"
                            ) AS "t89"
                          ) AS "t92"
                          INNER JOIN (
                            SELECT
                              "t1"."person_id" AS "_pid",
                              "t1"."start_date" AS "_ex_start",
                              "t1"."end_date" AS "_ex_end",
                              "t1"."reason" AS "_ex_reason"
                            FROM "exemptions" AS "t1"
                            WHERE
                              "t1"."start_date" <= CAST($as_of AS DATE)
                          ) AS "t11"
                            ON "t92"."person_id" = "t11"."_pid"
                            AND "t11"."_ex_start" <= "t92"."_to"
                            AND "t11"."_ex_end" >= "t92"."_from"
                        ) AS "t93"
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS "t95"
                        ON "t90"."person_id" = "t95"."person_id"
                        AND "t90"."benefit" = "t95"."benefit"
                        AND "t90"."start_date" = "t95"."start_date"
                    ) AS "t96"
                  ) AS "t97"
                ) AS "t99"
                LEFT OUTER JOIN (
                  SELECT
                    "t80"."person_id" AS "_ipid",
                    "t80"."benefit" AS "_ibenefit",
                    "t80"."start_date" AS "_istart",
                    "t80"."i_start" AS "_i_start",
                    "t80"."i_end" AS "_i_end",
                    "t80"."cum_before" AS "_cum"
                  FROM (
                    SELECT
                      "t76"."person_id",
                      "t76"."benefit",
                      "t76"."_key" AS "start_date",
                      "t76"."i_start",
                      "t76"."i_end",
                      CAST(COALESCE(
                        SUM("t76"."_len") OVER (
                          PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                          ORDER BY "t76"."i_start" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ),
                        0
                      ) AS INT) AS "cum_before"
                    FROM (
                      SELECT
                        "t74"."person_id",
                        "t74"."benefit",
                        "t74"."_key",
                        "t74"."_island",
                        "t74"."i_start",
                        "t74"."i_end",
                        CASE
                          WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                          THEN 0
                          ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                        END AS "_len"
                      FROM (
                        SELECT
                          "t73"."person_id",
                          "t73"."benefit",
                          "t73"."_key",
                          "t73"."_island",
                          MIN("t73"."start_date") AS "i_start",
                          MAX("t73"."_end") AS "i_end"
                        FROM (
                          SELECT
                            "t70"."person_id",
                            "t70"."benefit",
                            "t70"."start_date",
                            "t70"."_end",
                            "t70"."_key",
                            "t70"."_acc",
                            "t70"."_rid",
                            "t70"."early_followup_request_date",
                            "t70"."education_order",
                            "t70"."_new",
                            SUM("t70"."_new") OVER (
                              PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                              ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            ) AS "_island"
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
                              CASE
                                WHEN MAX("t66"."_end") OVER (
                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) IS NULL
                                THEN 1
                                WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                THEN 1
                                ELSE 0
                              END AS "_new"
                            FROM (
                              SELECT
                                *
                              FROM "t64" AS "t65"
                              WHERE
                                "t65"."_acc"
                            ) AS "t66"
                          ) AS "t70"
                        ) AS "t73"
                        GROUP BY
                          1,
                          2,
                          3,
                          4
                      ) AS "t74"
                    ) AS "t76"
                  ) AS "t80"
                ) AS "t82"
                  ON "t99"."person_id" = "t82"."_ipid"
                  AND "t99"."benefit" = "t82"."_ibenefit"
                  AND "t99"."start_date" = "t82"."_istart"
                  AND "t82"."_cum" < "t99"."_needed"
                  AND (
                    (
                      "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                    )
                    OR (
                      (
                        "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                      ) >= "t99"."_needed"
                    )
                  )
              ) AS "t100"
            ) AS "t101"
          ) AS "t103"
          LEFT OUTER JOIN (
            SELECT
              "t123"."person_id",
              "t123"."benefit",
              "t123"."start_date",
              CASE
                WHEN "t123"."_held" >= "t123"."_n"
                THEN CAST(SUBSTRING(
                  LIST_EXTRACT(
                    "t123"."_events",
                    (
                      "t123"."_n" - 1
                    ) + CAST((
                      "t123"."_n" - 1
                    ) >= 0 AS BIGINT)
                  ),
                  CASE
                    WHEN (
                      0 + 1
                    ) >= 1
                    THEN 0 + 1
                    ELSE 0 + 1 + LENGTH(
                      LIST_EXTRACT(
                        "t123"."_events",
                        (
                          "t123"."_n" - 1
                        ) + CAST((
                          "t123"."_n" - 1
                        ) >= 0 AS BIGINT)
                      )
                    )
                  END,
                  10
                ) AS DATE)
                ELSE CAST(NULL AS DATE)
              END AS "nth_date",
              LEAST("t123"."_held", "t123"."_n") AS "counted",
              LEAST("t123"."_by_due", "t123"."_n") AS "in_window",
              REGEXP_REPLACE(
                ARRAY_TO_STRING(
                  LIST_SLICE(
                    "t123"."_events",
                    1,
                    CASE WHEN "t123"."_n" < 0 THEN "t123"."_n" - 1 ELSE "t123"."_n" END
                  ),
                  ', '
                ),
                '\d{4}-\d{2}-\d{2}\|',
                '',
                'g'
              ) AS "listed"
            FROM (
              SELECT
                "t121"."person_id",
                "t121"."benefit",
                "t121"."start_date",
                LIST_SORT(
                  ARRAY_AGG(
                    CASE
                      WHEN CAST("t121"."date" AS TEXT) IS NULL OR "t121"."description" IS NULL
                      THEN NULL
                      ELSE CONCAT(CAST("t121"."date" AS TEXT), '|', "t121"."description")
                    END
                  ) FILTER(WHERE
                    CASE
                      WHEN CAST("t121"."date" AS TEXT) IS NULL OR "t121"."description" IS NULL
                      THEN NULL
                      ELSE CONCAT(CAST("t121"."date" AS TEXT), '|', "t121"."description")
                    END IS NOT NULL)
                ) AS "_events",
                COUNT(*) AS "_held",
                SUM(CAST("t121"."date" <= "t121"."_due" AS INT)) AS "_by_due",
                CAST(MAX("t121"."_n") AS INT) AS "_n"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t117"."person_id",
                    "t117"."benefit",
                    "t117"."start_date",
                    "t117"."date",
                    "t117"."description",
                    "t107"."_n",
                    "t107"."_due"
                  FROM (
                    SELECT
                      "t113"."person_id",
                      "t113"."benefit",
                      "t113"."start_date",
                      "t113"."date",
                      CASE
                        WHEN "t113"."kind" IS NULL
                        OR CAST("t113"."date" AS TEXT) IS NULL
                        OR "t113"."form" IS NULL
                        OR "t113"."held_by" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          "t113"."kind",
                          ' ',
                          CAST("t113"."date" AS TEXT),
                          ' (',
                          "t113"."form",
                          ', ',
                          "t113"."held_by",
                          ')'
                        )
                      END AS "description"
                    FROM (
                      SELECT
                        "t111"."person_id",
                        "t111"."benefit",
                        "t111"."start_date",
                        "t111"."window_start",
                        "t111"."_first",
                        "t111"."_last",
                        "t10"."person_id" AS "person_id_right",
                        "t10"."date",
                        "t10"."kind",
                        "t10"."form",
                        "t10"."held_by",
                        "t10"."status",
                        "t10"."individual",
                        "t10"."caseworker_id",
                        "t10"."purpose"
                      FROM (
                        SELECT
                          "t102"."person_id",
                          "t102"."benefit",
                          "t102"."start_date",
                          "t102"."window_start",
                          "t102"."_count_from" AS "_first",
                          COALESCE("t102"."end_date", CAST($as_of AS DATE)) AS "_last"
                        FROM (
                          SELECT
                            "t101".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t100"."person_id",
                              "t100"."benefit",
                              "t100"."start_date",
                              "t100"."end_date",
                              "t100"."first_contact_date",
                              "t100"."target_group",
                              "t100"."first_absence_date",
                              "t100"."sickness_category",
                              "t100"."employed",
                              "t100"."handover_date",
                              "t100"."expected_absence_weeks",
                              "t100"."work_obligation",
                              "t100"."municipality",
                              "t100"."early_followup_request_date",
                              "t100"."education_order",
                              "t100"."periods",
                              "t100"."window_start",
                              "t100"."required",
                              "t100"."required_joint",
                              "t100"."in_force",
                              "t100"."_end_unconfirmed",
                              "t100"."due0",
                              "t100"."exempt_days",
                              "t100"."exempt_now",
                              "t100"."exemption_note",
                              "t100"."due_date",
                              "t100"."_plain",
                              "t100"."_needed",
                              "t100"."_ipid",
                              "t100"."_ibenefit",
                              "t100"."_istart",
                              "t100"."_i_start",
                              "t100"."_i_end",
                              "t100"."_cum",
                              CASE
                                WHEN "t100"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t100"."_i_start" + TO_DAYS(CAST("t100"."_needed" - "t100"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t100"."_plain"
                              END AS "_count_from"
                            FROM (
                              SELECT
                                "t99"."person_id",
                                "t99"."benefit",
                                "t99"."start_date",
                                "t99"."end_date",
                                "t99"."first_contact_date",
                                "t99"."target_group",
                                "t99"."first_absence_date",
                                "t99"."sickness_category",
                                "t99"."employed",
                                "t99"."handover_date",
                                "t99"."expected_absence_weeks",
                                "t99"."work_obligation",
                                "t99"."municipality",
                                "t99"."early_followup_request_date",
                                "t99"."education_order",
                                "t99"."periods",
                                "t99"."window_start",
                                "t99"."required",
                                "t99"."required_joint",
                                "t99"."in_force",
                                "t99"."_end_unconfirmed",
                                "t99"."due0",
                                "t99"."exempt_days",
                                "t99"."exempt_now",
                                "t99"."exemption_note",
                                "t99"."due_date",
                                "t99"."_plain",
                                "t99"."_needed",
                                "t82"."_ipid",
                                "t82"."_ibenefit",
                                "t82"."_istart",
                                "t82"."_i_start",
                                "t82"."_i_end",
                                "t82"."_cum"
                              FROM (
                                SELECT
                                  "t97"."person_id",
                                  "t97"."benefit",
                                  "t97"."start_date",
                                  "t97"."end_date",
                                  "t97"."first_contact_date",
                                  "t97"."target_group",
                                  "t97"."first_absence_date",
                                  "t97"."sickness_category",
                                  "t97"."employed",
                                  "t97"."handover_date",
                                  "t97"."expected_absence_weeks",
                                  "t97"."work_obligation",
                                  "t97"."municipality",
                                  "t97"."early_followup_request_date",
                                  "t97"."education_order",
                                  "t97"."periods",
                                  "t97"."window_start",
                                  "t97"."required",
                                  "t97"."required_joint",
                                  "t97"."in_force",
                                  "t97"."_end_unconfirmed",
                                  "t97"."due0",
                                  COALESCE("t97"."exempt_days", 0) AS "exempt_days",
                                  COALESCE("t97"."exempt_now", FALSE) AS "exempt_now",
                                  COALESCE("t97"."exemption_note", '') AS "exemption_note",
                                  CAST(CAST("t97"."due0" + TO_DAYS(
                                    CASE
                                      WHEN COALESCE(
                                        CASE
                                          WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN TRUE
                                          ELSE CAST(NULL AS BOOLEAN)
                                        END,
                                        FALSE
                                      )
                                      THEN COALESCE("t97"."exempt_days", 0)
                                      ELSE 0
                                    END
                                  ) AS TIMESTAMP) AS DATE) AS "due_date",
                                  CAST(CAST("t97"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t97"."window_start",
                                    CAST(CAST("t97"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t96".*
                                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                  FROM (
                                    SELECT
                                      "t90"."person_id",
                                      "t90"."benefit",
                                      "t90"."start_date",
                                      "t90"."end_date",
                                      "t90"."first_contact_date",
                                      "t90"."target_group",
                                      "t90"."first_absence_date",
                                      "t90"."sickness_category",
                                      "t90"."employed",
                                      "t90"."handover_date",
                                      "t90"."expected_absence_weeks",
                                      "t90"."work_obligation",
                                      "t90"."municipality",
                                      "t90"."early_followup_request_date",
                                      "t90"."education_order",
                                      "t90"."periods",
                                      "t90"."window_start",
                                      "t90"."required",
                                      "t90"."required_joint",
                                      "t90"."in_force",
                                      "t90"."_end_unconfirmed",
                                      "t90"."due0",
                                      "t95"."person_id" AS "person_id_right",
                                      "t95"."benefit" AS "benefit_right",
                                      "t95"."start_date" AS "start_date_right",
                                      "t95"."exempt_days",
                                      "t95"."exempt_now",
                                      "t95"."exemption_note"
                                    FROM (
                                      SELECT
                                        "t88".*
                                        EXCLUDE ("_point")
                                      FROM (
                                        SELECT
                                          "t87"."person_id",
                                          "t87"."benefit",
                                          "t87"."start_date",
                                          "t87"."end_date",
                                          "t87"."first_contact_date",
                                          "t87"."target_group",
                                          "t87"."first_absence_date",
                                          "t87"."sickness_category",
                                          "t87"."employed",
                                          "t87"."handover_date",
                                          "t87"."expected_absence_weeks",
                                          "t87"."work_obligation",
                                          "t87"."municipality",
                                          "t87"."early_followup_request_date",
                                          "t87"."education_order",
                                          "t87"."periods",
                                          "t87"."window_start",
                                          "t87"."required",
                                          "t87"."required_joint",
                                          "t87"."in_force",
                                          "t87"."_end_unconfirmed",
                                          "t87"."_point",
                                          CAST(CAST("t87"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                        FROM (
                                          SELECT
                                            "t86".*
                                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                              "t85"."_plain",
                                              "t85"."_needed",
                                              "t85"."_ipid",
                                              "t85"."_ibenefit",
                                              "t85"."_istart",
                                              "t85"."_i_start",
                                              "t85"."_i_end",
                                              "t85"."_cum",
                                              CASE
                                                WHEN "t85"."_i_start" IS NOT NULL
                                                THEN CAST(CAST("t85"."_i_start" + TO_DAYS(CAST("t85"."_needed" - "t85"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                ELSE "t85"."_plain"
                                              END AS "_point"
                                            FROM (
                                              SELECT
                                                "t84"."person_id",
                                                "t84"."benefit",
                                                "t84"."start_date",
                                                "t84"."end_date",
                                                "t84"."first_contact_date",
                                                "t84"."target_group",
                                                "t84"."first_absence_date",
                                                "t84"."sickness_category",
                                                "t84"."employed",
                                                "t84"."handover_date",
                                                "t84"."expected_absence_weeks",
                                                "t84"."work_obligation",
                                                "t84"."municipality",
                                                "t84"."early_followup_request_date",
                                                "t84"."education_order",
                                                "t84"."periods",
                                                "t84"."window_start",
                                                "t84"."required",
                                                "t84"."required_joint",
                                                "t84"."in_force",
                                                "t84"."_end_unconfirmed",
                                                "t84"."_plain",
                                                "t84"."_needed",
                                                "t82"."_ipid",
                                                "t82"."_ibenefit",
                                                "t82"."_istart",
                                                "t82"."_i_start",
                                                "t82"."_i_end",
                                                "t82"."_cum"
                                              FROM (
                                                SELECT
                                                  "t79"."person_id",
                                                  "t79"."benefit",
                                                  "t79"."start_date",
                                                  "t79"."end_date",
                                                  "t79"."first_contact_date",
                                                  "t79"."target_group",
                                                  "t79"."first_absence_date",
                                                  "t79"."sickness_category",
                                                  "t79"."employed",
                                                  "t79"."handover_date",
                                                  "t79"."expected_absence_weeks",
                                                  "t79"."work_obligation",
                                                  "t79"."municipality",
                                                  "t79"."early_followup_request_date",
                                                  "t79"."education_order",
                                                  "t79"."periods",
                                                  "t79"."start_date" AS "window_start",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) + COALESCE(
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required_joint",
                                                  (
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  )
                                                  AND (
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  ) AS "in_force",
                                                  COALESCE(
                                                    (
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NULL
                                                    )
                                                    AND COALESCE(
                                                      ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                        "t79"."benefit"
                                                      )
                                                      OR ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                        CASE WHEN "t79"."benefit" IS NULL THEN NULL ELSE CONCAT("t79"."benefit", ':') END || COALESCE("t79"."target_group", '')
                                                      ),
                                                      FALSE
                                                    ),
                                                    FALSE
                                                  ) AS "_end_unconfirmed",
                                                  CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                  DATE_DIFF(
                                                    'DAY',
                                                    "t79"."start_date",
                                                    CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE)
                                                  ) AS "_needed"
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
                                                    "t72"."periods"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t68"."person_id",
                                                        "t68"."benefit",
                                                        "t68"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t68"."_end"
                                                        END AS "end_date",
                                                        "t7"."first_contact_date",
                                                        "t7"."target_group",
                                                        "t7"."first_absence_date",
                                                        "t7"."sickness_category",
                                                        "t7"."employed",
                                                        "t7"."handover_date",
                                                        "t7"."expected_absence_weeks",
                                                        "t7"."work_obligation",
                                                        "t7"."municipality",
                                                        "t68"."early_followup_request_date",
                                                        "t68"."education_order",
                                                        "t68"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key",
                                                          MAX("t65"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                          MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t64" AS "t65"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t68"
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
                                                      ) AS "t7"
                                                        ON "t68"."_first" = "t7"."_frid"
                                                    ) AS "t69"
                                                    WHERE
                                                      "t69"."benefit" IN ('dagpenge')
                                                  ) AS "t72"
                                                  ANTI JOIN (
                                                    SELECT
                                                      "t75"."person_id" AS "_k_person_id",
                                                      "t75"."benefit" AS "_k_benefit",
                                                      "t75"."start_date" AS "_k_start_date"
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
                                                        "t72"."periods"
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM (
                                                          SELECT
                                                            "t68"."person_id",
                                                            "t68"."benefit",
                                                            "t68"."_key" AS "start_date",
                                                            CASE
                                                              WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN CAST(NULL AS DATE)
                                                              ELSE "t68"."_end"
                                                            END AS "end_date",
                                                            "t7"."first_contact_date",
                                                            "t7"."target_group",
                                                            "t7"."first_absence_date",
                                                            "t7"."sickness_category",
                                                            "t7"."employed",
                                                            "t7"."handover_date",
                                                            "t7"."expected_absence_weeks",
                                                            "t7"."work_obligation",
                                                            "t7"."municipality",
                                                            "t68"."early_followup_request_date",
                                                            "t68"."education_order",
                                                            "t68"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t65"."person_id",
                                                              "t65"."benefit",
                                                              "t65"."_key",
                                                              MAX("t65"."_end") AS "_end",
                                                              COUNT(*) AS "periods",
                                                              FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                              MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                              BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                            FROM "t64" AS "t65"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3
                                                          ) AS "t68"
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
                                                          ) AS "t7"
                                                            ON "t68"."_first" = "t7"."_frid"
                                                        ) AS "t69"
                                                        WHERE
                                                          "t69"."benefit" IN ('dagpenge')
                                                      ) AS "t72"
                                                      SEMI JOIN (
                                                        SELECT
                                                          "t2"."person_id" AS "_mpid",
                                                          "t2"."start_date" AS "_mstart"
                                                        FROM "benefit_periods" AS "t2"
                                                        WHERE
                                                          "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                      ) AS "t12"
                                                        ON "t72"."person_id" = "t12"."_mpid"
                                                        AND "t12"."_mstart" >= "t72"."start_date"
                                                        AND (
                                                          (
                                                            "t72"."end_date" IS NULL
                                                          ) OR (
                                                            "t12"."_mstart" <= "t72"."end_date"
                                                          )
                                                        )
                                                    ) AS "t75"
                                                    WHERE
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 6
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                  ) AS "t78"
                                                    ON "t72"."person_id" = "t78"."_k_person_id"
                                                    AND "t72"."benefit" = "t78"."_k_benefit"
                                                    AND "t72"."start_date" = "t78"."_k_start_date"
                                                ) AS "t79"
                                              ) AS "t84"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  "t80"."person_id" AS "_ipid",
                                                  "t80"."benefit" AS "_ibenefit",
                                                  "t80"."start_date" AS "_istart",
                                                  "t80"."i_start" AS "_i_start",
                                                  "t80"."i_end" AS "_i_end",
                                                  "t80"."cum_before" AS "_cum"
                                                FROM (
                                                  SELECT
                                                    "t76"."person_id",
                                                    "t76"."benefit",
                                                    "t76"."_key" AS "start_date",
                                                    "t76"."i_start",
                                                    "t76"."i_end",
                                                    CAST(COALESCE(
                                                      SUM("t76"."_len") OVER (
                                                        PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                                        ORDER BY "t76"."i_start" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ),
                                                      0
                                                    ) AS INT) AS "cum_before"
                                                  FROM (
                                                    SELECT
                                                      "t74"."person_id",
                                                      "t74"."benefit",
                                                      "t74"."_key",
                                                      "t74"."_island",
                                                      "t74"."i_start",
                                                      "t74"."i_end",
                                                      CASE
                                                        WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN 0
                                                        ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                                      END AS "_len"
                                                    FROM (
                                                      SELECT
                                                        "t73"."person_id",
                                                        "t73"."benefit",
                                                        "t73"."_key",
                                                        "t73"."_island",
                                                        MIN("t73"."start_date") AS "i_start",
                                                        MAX("t73"."_end") AS "i_end"
                                                      FROM (
                                                        SELECT
                                                          "t70"."person_id",
                                                          "t70"."benefit",
                                                          "t70"."start_date",
                                                          "t70"."_end",
                                                          "t70"."_key",
                                                          "t70"."_acc",
                                                          "t70"."_rid",
                                                          "t70"."early_followup_request_date",
                                                          "t70"."education_order",
                                                          "t70"."_new",
                                                          SUM("t70"."_new") OVER (
                                                            PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                            ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                          ) AS "_island"
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
                                                            CASE
                                                              WHEN MAX("t66"."_end") OVER (
                                                                PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) IS NULL
                                                              THEN 1
                                                              WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                                PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                              THEN 1
                                                              ELSE 0
                                                            END AS "_new"
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM "t64" AS "t65"
                                                            WHERE
                                                              "t65"."_acc"
                                                          ) AS "t66"
                                                        ) AS "t70"
                                                      ) AS "t73"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3,
                                                        4
                                                    ) AS "t74"
                                                  ) AS "t76"
                                                ) AS "t80"
                                              ) AS "t82"
                                                ON "t84"."person_id" = "t82"."_ipid"
                                                AND "t84"."benefit" = "t82"."_ibenefit"
                                                AND "t84"."start_date" = "t82"."_istart"
                                                AND "t82"."_cum" < "t84"."_needed"
                                                AND (
                                                  (
                                                    "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                  )
                                                  OR (
                                                    (
                                                      "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                                    ) >= "t84"."_needed"
                                                  )
                                                )
                                            ) AS "t85"
                                          ) AS "t86"
                                        ) AS "t87"
                                      ) AS "t88"
                                    ) AS "t90"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t93"."person_id",
                                        "t93"."benefit",
                                        "t93"."start_date",
                                        CAST(SUM(
                                          DATE_DIFF(
                                            'DAY',
                                            GREATEST("t93"."_ex_start", "t93"."_from"),
                                            LEAST("t93"."_ex_end", "t93"."_to")
                                          ) + 1
                                        ) AS INT) AS "exempt_days",
                                        BOOL_OR(
                                          CAST((
                                            "t93"."_ex_start" <= CAST($as_of AS DATE)
                                          )
                                          AND (
                                            "t93"."_ex_end" >= CAST($as_of AS DATE)
                                          ) AS BOOLEAN)
                                        ) AS "exempt_now",
                                        ARRAY_TO_STRING(
                                          LIST_SORT(
                                            ARRAY_AGG(
                                              CASE
                                                WHEN CAST("t93"."_ex_start" AS TEXT) IS NULL
                                                OR CAST("t93"."_ex_end" AS TEXT) IS NULL
                                                OR "t93"."_ex_reason" IS NULL
                                                THEN NULL
                                                ELSE CONCAT(
                                                  'fritaget ',
                                                  CAST("t93"."_ex_start" AS TEXT),
                                                  '–',
                                                  CAST("t93"."_ex_end" AS TEXT),
                                                  ' (',
                                                  "t93"."_ex_reason",
                                                  ')'
                                                )
                                              END
                                            ) FILTER(WHERE
                                              CASE
                                                WHEN CAST("t93"."_ex_start" AS TEXT) IS NULL
                                                OR CAST("t93"."_ex_end" AS TEXT) IS NULL
                                                OR "t93"."_ex_reason" IS NULL
                                                THEN NULL
                                                ELSE CONCAT(
                                                  'fritaget ',
                                                  CAST("t93"."_ex_start" AS TEXT),
                                                  '–',
                                                  CAST("t93"."_ex_end" AS TEXT),
                                                  ' (',
                                                  "t93"."_ex_reason",
                                                  ')'
                                                )
                                              END IS NOT NULL)
                                          ),
                                          ', '
                                        ) AS "exemption_note"
                                      FROM (
                                        SELECT
                                          "t92"."person_id",
                                          "t92"."benefit",
                                          "t92"."start_date",
                                          "t92"."_from",
                                          "t92"."_to",
                                          "t11"."_pid",
                                          "t11"."_ex_start",
                                          "t11"."_ex_end",
                                          "t11"."_ex_reason"
                                        FROM (
                                          SELECT
                                            "t89"."person_id",
                                            "t89"."benefit",
                                            "t89"."start_date",
                                            "t89"."window_start" AS "_from",
                                            "t89"."due0" AS "_to"
                                          FROM (
                                            SELECT
                                              "t88".*
                                              EXCLUDE ("_point")
                                            FROM (
                                              SELECT
                                                "t87"."person_id",
                                                "t87"."benefit",
                                                "t87"."start_date",
                                                "t87"."end_date",
                                                "t87"."first_contact_date",
                                                "t87"."target_group",
                                                "t87"."first_absence_date",
                                                "t87"."sickness_category",
                                                "t87"."employed",
                                                "t87"."handover_date",
                                                "t87"."expected_absence_weeks",
                                                "t87"."work_obligation",
                                                "t87"."municipality",
                                                "t87"."early_followup_request_date",
                                                "t87"."education_order",
                                                "t87"."periods",
                                                "t87"."window_start",
                                                "t87"."required",
                                                "t87"."required_joint",
                                                "t87"."in_force",
                                                "t87"."_end_unconfirmed",
                                                "t87"."_point",
                                                CAST(CAST("t87"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                              FROM (
                                                SELECT
                                                  "t86".*
                                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                                    "t85"."_plain",
                                                    "t85"."_needed",
                                                    "t85"."_ipid",
                                                    "t85"."_ibenefit",
                                                    "t85"."_istart",
                                                    "t85"."_i_start",
                                                    "t85"."_i_end",
                                                    "t85"."_cum",
                                                    CASE
                                                      WHEN "t85"."_i_start" IS NOT NULL
                                                      THEN CAST(CAST("t85"."_i_start" + TO_DAYS(CAST("t85"."_needed" - "t85"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                      ELSE "t85"."_plain"
                                                    END AS "_point"
                                                  FROM (
                                                    SELECT
                                                      "t84"."person_id",
                                                      "t84"."benefit",
                                                      "t84"."start_date",
                                                      "t84"."end_date",
                                                      "t84"."first_contact_date",
                                                      "t84"."target_group",
                                                      "t84"."first_absence_date",
                                                      "t84"."sickness_category",
                                                      "t84"."employed",
                                                      "t84"."handover_date",
                                                      "t84"."expected_absence_weeks",
                                                      "t84"."work_obligation",
                                                      "t84"."municipality",
                                                      "t84"."early_followup_request_date",
                                                      "t84"."education_order",
                                                      "t84"."periods",
                                                      "t84"."window_start",
                                                      "t84"."required",
                                                      "t84"."required_joint",
                                                      "t84"."in_force",
                                                      "t84"."_end_unconfirmed",
                                                      "t84"."_plain",
                                                      "t84"."_needed",
                                                      "t82"."_ipid",
                                                      "t82"."_ibenefit",
                                                      "t82"."_istart",
                                                      "t82"."_i_start",
                                                      "t82"."_i_end",
                                                      "t82"."_cum"
                                                    FROM (
                                                      SELECT
                                                        "t79"."person_id",
                                                        "t79"."benefit",
                                                        "t79"."start_date",
                                                        "t79"."end_date",
                                                        "t79"."first_contact_date",
                                                        "t79"."target_group",
                                                        "t79"."first_absence_date",
                                                        "t79"."sickness_category",
                                                        "t79"."employed",
                                                        "t79"."handover_date",
                                                        "t79"."expected_absence_weeks",
                                                        "t79"."work_obligation",
                                                        "t79"."municipality",
                                                        "t79"."early_followup_request_date",
                                                        "t79"."education_order",
                                                        "t79"."periods",
                                                        "t79"."start_date" AS "window_start",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) + COALESCE(
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required_joint",
                                                        (
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        )
                                                        AND (
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        ) AS "in_force",
                                                        COALESCE(
                                                          (
                                                            CASE
                                                              WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NULL
                                                          )
                                                          AND COALESCE(
                                                            ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                              "t79"."benefit"
                                                            )
                                                            OR ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                              CASE WHEN "t79"."benefit" IS NULL THEN NULL ELSE CONCAT("t79"."benefit", ':') END || COALESCE("t79"."target_group", '')
                                                            ),
                                                            FALSE
                                                          ),
                                                          FALSE
                                                        ) AS "_end_unconfirmed",
                                                        CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                        DATE_DIFF(
                                                          'DAY',
                                                          "t79"."start_date",
                                                          CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 6
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE)
                                                        ) AS "_needed"
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
                                                          "t72"."periods"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t68"."person_id",
                                                              "t68"."benefit",
                                                              "t68"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t68"."_end"
                                                              END AS "end_date",
                                                              "t7"."first_contact_date",
                                                              "t7"."target_group",
                                                              "t7"."first_absence_date",
                                                              "t7"."sickness_category",
                                                              "t7"."employed",
                                                              "t7"."handover_date",
                                                              "t7"."expected_absence_weeks",
                                                              "t7"."work_obligation",
                                                              "t7"."municipality",
                                                              "t68"."early_followup_request_date",
                                                              "t68"."education_order",
                                                              "t68"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key",
                                                                MAX("t65"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                                MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t64" AS "t65"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t68"
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
                                                            ) AS "t7"
                                                              ON "t68"."_first" = "t7"."_frid"
                                                          ) AS "t69"
                                                          WHERE
                                                            "t69"."benefit" IN ('dagpenge')
                                                        ) AS "t72"
                                                        ANTI JOIN (
                                                          SELECT
                                                            "t75"."person_id" AS "_k_person_id",
                                                            "t75"."benefit" AS "_k_benefit",
                                                            "t75"."start_date" AS "_k_start_date"
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
                                                              "t72"."periods"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM (
                                                                SELECT
                                                                  "t68"."person_id",
                                                                  "t68"."benefit",
                                                                  "t68"."_key" AS "start_date",
                                                                  CASE
                                                                    WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                                    THEN CAST(NULL AS DATE)
                                                                    ELSE "t68"."_end"
                                                                  END AS "end_date",
                                                                  "t7"."first_contact_date",
                                                                  "t7"."target_group",
                                                                  "t7"."first_absence_date",
                                                                  "t7"."sickness_category",
                                                                  "t7"."employed",
                                                                  "t7"."handover_date",
                                                                  "t7"."expected_absence_weeks",
                                                                  "t7"."work_obligation",
                                                                  "t7"."municipality",
                                                                  "t68"."early_followup_request_date",
                                                                  "t68"."education_order",
                                                                  "t68"."periods"
                                                                FROM (
                                                                  SELECT
                                                                    "t65"."person_id",
                                                                    "t65"."benefit",
                                                                    "t65"."_key",
                                                                    MAX("t65"."_end") AS "_end",
                                                                    COUNT(*) AS "periods",
                                                                    FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                                    MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                                    BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                  FROM "t64" AS "t65"
                                                                  GROUP BY
                                                                    1,
                                                                    2,
                                                                    3
                                                                ) AS "t68"
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
                                                                ) AS "t7"
                                                                  ON "t68"."_first" = "t7"."_frid"
                                                              ) AS "t69"
                                                              WHERE
                                                                "t69"."benefit" IN ('dagpenge')
                                                            ) AS "t72"
                                                            SEMI JOIN (
                                                              SELECT
                                                                "t2"."person_id" AS "_mpid",
                                                                "t2"."start_date" AS "_mstart"
                                                              FROM "benefit_periods" AS "t2"
                                                              WHERE
                                                                "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                            ) AS "t12"
                                                              ON "t72"."person_id" = "t12"."_mpid"
                                                              AND "t12"."_mstart" >= "t72"."start_date"
                                                              AND (
                                                                (
                                                                  "t72"."end_date" IS NULL
                                                                ) OR (
                                                                  "t12"."_mstart" <= "t72"."end_date"
                                                                )
                                                              )
                                                          ) AS "t75"
                                                          WHERE
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 6
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                        ) AS "t78"
                                                          ON "t72"."person_id" = "t78"."_k_person_id"
                                                          AND "t72"."benefit" = "t78"."_k_benefit"
                                                          AND "t72"."start_date" = "t78"."_k_start_date"
                                                      ) AS "t79"
                                                    ) AS "t84"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        "t80"."person_id" AS "_ipid",
                                                        "t80"."benefit" AS "_ibenefit",
                                                        "t80"."start_date" AS "_istart",
                                                        "t80"."i_start" AS "_i_start",
                                                        "t80"."i_end" AS "_i_end",
                                                        "t80"."cum_before" AS "_cum"
                                                      FROM (
                                                        SELECT
                                                          "t76"."person_id",
                                                          "t76"."benefit",
                                                          "t76"."_key" AS "start_date",
                                                          "t76"."i_start",
                                                          "t76"."i_end",
                                                          CAST(COALESCE(
                                                            SUM("t76"."_len") OVER (
                                                              PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                                              ORDER BY "t76"."i_start" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ),
                                                            0
                                                          ) AS INT) AS "cum_before"
                                                        FROM (
                                                          SELECT
                                                            "t74"."person_id",
                                                            "t74"."benefit",
                                                            "t74"."_key",
                                                            "t74"."_island",
                                                            "t74"."i_start",
                                                            "t74"."i_end",
                                                            CASE
                                                              WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN 0
                                                              ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                                            END AS "_len"
                                                          FROM (
                                                            SELECT
                                                              "t73"."person_id",
                                                              "t73"."benefit",
                                                              "t73"."_key",
                                                              "t73"."_island",
                                                              MIN("t73"."start_date") AS "i_start",
                                                              MAX("t73"."_end") AS "i_end"
                                                            FROM (
                                                              SELECT
                                                                "t70"."person_id",
                                                                "t70"."benefit",
                                                                "t70"."start_date",
                                                                "t70"."_end",
                                                                "t70"."_key",
                                                                "t70"."_acc",
                                                                "t70"."_rid",
                                                                "t70"."early_followup_request_date",
                                                                "t70"."education_order",
                                                                "t70"."_new",
                                                                SUM("t70"."_new") OVER (
                                                                  PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                                  ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                ) AS "_island"
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
                                                                  CASE
                                                                    WHEN MAX("t66"."_end") OVER (
                                                                      PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                      ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) IS NULL
                                                                    THEN 1
                                                                    WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                                      PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                      ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                    THEN 1
                                                                    ELSE 0
                                                                  END AS "_new"
                                                                FROM (
                                                                  SELECT
                                                                    *
                                                                  FROM "t64" AS "t65"
                                                                  WHERE
                                                                    "t65"."_acc"
                                                                ) AS "t66"
                                                              ) AS "t70"
                                                            ) AS "t73"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3,
                                                              4
                                                          ) AS "t74"
                                                        ) AS "t76"
                                                      ) AS "t80"
                                                    ) AS "t82"
                                                      ON "t84"."person_id" = "t82"."_ipid"
                                                      AND "t84"."benefit" = "t82"."_ibenefit"
                                                      AND "t84"."start_date" = "t82"."_istart"
                                                      AND "t82"."_cum" < "t84"."_needed"
                                                      AND (
                                                        (
                                                          "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                        )
                                                        OR (
                                                          (
                                                            "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                                          ) >= "t84"."_needed"
                                                        )
                                                      )
                                                  ) AS "t85"
                                                ) AS "t86"
                                              ) AS "t87"
                                            ) AS "t88"
                                          ) AS "t89"
                                        ) AS "t92"
                                        INNER JOIN (
                                          SELECT
                                            "t1"."person_id" AS "_pid",
                                            "t1"."start_date" AS "_ex_start",
                                            "t1"."end_date" AS "_ex_end",
                                            "t1"."reason" AS "_ex_reason"
                                          FROM "exemptions" AS "t1"
                                          WHERE
                                            "t1"."start_date" <= CAST($as_of AS DATE)
                                        ) AS "t11"
                                          ON "t92"."person_id" = "t11"."_pid"
                                          AND "t11"."_ex_start" <= "t92"."_to"
                                          AND "t11"."_ex_end" >= "t92"."_from"
                                      ) AS "t93"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t95"
                                      ON "t90"."person_id" = "t95"."person_id"
                                      AND "t90"."benefit" = "t95"."benefit"
                                      AND "t90"."start_date" = "t95"."start_date"
                                  ) AS "t96"
                                ) AS "t97"
                              ) AS "t99"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t80"."person_id" AS "_ipid",
                                  "t80"."benefit" AS "_ibenefit",
                                  "t80"."start_date" AS "_istart",
                                  "t80"."i_start" AS "_i_start",
                                  "t80"."i_end" AS "_i_end",
                                  "t80"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t76"."person_id",
                                    "t76"."benefit",
                                    "t76"."_key" AS "start_date",
                                    "t76"."i_start",
                                    "t76"."i_end",
                                    CAST(COALESCE(
                                      SUM("t76"."_len") OVER (
                                        PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                        ORDER BY "t76"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t74"."person_id",
                                      "t74"."benefit",
                                      "t74"."_key",
                                      "t74"."_island",
                                      "t74"."i_start",
                                      "t74"."i_end",
                                      CASE
                                        WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t73"."person_id",
                                        "t73"."benefit",
                                        "t73"."_key",
                                        "t73"."_island",
                                        MIN("t73"."start_date") AS "i_start",
                                        MAX("t73"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t70"."person_id",
                                          "t70"."benefit",
                                          "t70"."start_date",
                                          "t70"."_end",
                                          "t70"."_key",
                                          "t70"."_acc",
                                          "t70"."_rid",
                                          "t70"."early_followup_request_date",
                                          "t70"."education_order",
                                          "t70"."_new",
                                          SUM("t70"."_new") OVER (
                                            PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                            ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
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
                                            CASE
                                              WHEN MAX("t66"."_end") OVER (
                                                PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t64" AS "t65"
                                            WHERE
                                              "t65"."_acc"
                                          ) AS "t66"
                                        ) AS "t70"
                                      ) AS "t73"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t74"
                                  ) AS "t76"
                                ) AS "t80"
                              ) AS "t82"
                                ON "t99"."person_id" = "t82"."_ipid"
                                AND "t99"."benefit" = "t82"."_ibenefit"
                                AND "t99"."start_date" = "t82"."_istart"
                                AND "t82"."_cum" < "t99"."_needed"
                                AND (
                                  (
                                    "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                    ) >= "t99"."_needed"
                                  )
                                )
                            ) AS "t100"
                          ) AS "t101"
                        ) AS "t102"
                      ) AS "t111"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "conversations" AS "t0"
                        WHERE
                          "t0"."status" = 'afholdt'
                          AND COALESCE("t0"."individual", TRUE)
                          AND "t0"."date" <= CAST($as_of AS DATE)
                          AND "t0"."kind" IN ('jobsamtale', 'faellessamtale')
                      ) AS "t10"
                        ON "t111"."person_id" = "t10"."person_id"
                        AND "t10"."date" >= "t111"."_first"
                        AND "t10"."date" <= "t111"."_last"
                    ) AS "t113"
                    WHERE
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t113"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['jobcenter', 'anden_aktoer']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t113"."held_by"
                        ),
                        FALSE
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t113"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['personligt', 'telefon', 'video']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t113"."form"
                        ),
                        FALSE
                      )
                  ) AS "t117"
                  INNER JOIN (
                    SELECT
                      "t102"."person_id",
                      "t102"."benefit",
                      "t102"."start_date",
                      "t102"."required" AS "_n",
                      "t102"."due_date" AS "_due"
                    FROM (
                      SELECT
                        "t101".*
                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                      FROM (
                        SELECT
                          "t100"."person_id",
                          "t100"."benefit",
                          "t100"."start_date",
                          "t100"."end_date",
                          "t100"."first_contact_date",
                          "t100"."target_group",
                          "t100"."first_absence_date",
                          "t100"."sickness_category",
                          "t100"."employed",
                          "t100"."handover_date",
                          "t100"."expected_absence_weeks",
                          "t100"."work_obligation",
                          "t100"."municipality",
                          "t100"."early_followup_request_date",
                          "t100"."education_order",
                          "t100"."periods",
                          "t100"."window_start",
                          "t100"."required",
                          "t100"."required_joint",
                          "t100"."in_force",
                          "t100"."_end_unconfirmed",
                          "t100"."due0",
                          "t100"."exempt_days",
                          "t100"."exempt_now",
                          "t100"."exemption_note",
                          "t100"."due_date",
                          "t100"."_plain",
                          "t100"."_needed",
                          "t100"."_ipid",
                          "t100"."_ibenefit",
                          "t100"."_istart",
                          "t100"."_i_start",
                          "t100"."_i_end",
                          "t100"."_cum",
                          CASE
                            WHEN "t100"."_i_start" IS NOT NULL
                            THEN CAST(CAST("t100"."_i_start" + TO_DAYS(CAST("t100"."_needed" - "t100"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                            ELSE "t100"."_plain"
                          END AS "_count_from"
                        FROM (
                          SELECT
                            "t99"."person_id",
                            "t99"."benefit",
                            "t99"."start_date",
                            "t99"."end_date",
                            "t99"."first_contact_date",
                            "t99"."target_group",
                            "t99"."first_absence_date",
                            "t99"."sickness_category",
                            "t99"."employed",
                            "t99"."handover_date",
                            "t99"."expected_absence_weeks",
                            "t99"."work_obligation",
                            "t99"."municipality",
                            "t99"."early_followup_request_date",
                            "t99"."education_order",
                            "t99"."periods",
                            "t99"."window_start",
                            "t99"."required",
                            "t99"."required_joint",
                            "t99"."in_force",
                            "t99"."_end_unconfirmed",
                            "t99"."due0",
                            "t99"."exempt_days",
                            "t99"."exempt_now",
                            "t99"."exemption_note",
                            "t99"."due_date",
                            "t99"."_plain",
                            "t99"."_needed",
                            "t82"."_ipid",
                            "t82"."_ibenefit",
                            "t82"."_istart",
                            "t82"."_i_start",
                            "t82"."_i_end",
                            "t82"."_cum"
                          FROM (
                            SELECT
                              "t97"."person_id",
                              "t97"."benefit",
                              "t97"."start_date",
                              "t97"."end_date",
                              "t97"."first_contact_date",
                              "t97"."target_group",
                              "t97"."first_absence_date",
                              "t97"."sickness_category",
                              "t97"."employed",
                              "t97"."handover_date",
                              "t97"."expected_absence_weeks",
                              "t97"."work_obligation",
                              "t97"."municipality",
                              "t97"."early_followup_request_date",
                              "t97"."education_order",
                              "t97"."periods",
                              "t97"."window_start",
                              "t97"."required",
                              "t97"."required_joint",
                              "t97"."in_force",
                              "t97"."_end_unconfirmed",
                              "t97"."due0",
                              COALESCE("t97"."exempt_days", 0) AS "exempt_days",
                              COALESCE("t97"."exempt_now", FALSE) AS "exempt_now",
                              COALESCE("t97"."exemption_note", '') AS "exemption_note",
                              CAST(CAST("t97"."due0" + TO_DAYS(
                                CASE
                                  WHEN COALESCE(
                                    CASE
                                      WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN TRUE
                                      ELSE CAST(NULL AS BOOLEAN)
                                    END,
                                    FALSE
                                  )
                                  THEN COALESCE("t97"."exempt_days", 0)
                                  ELSE 0
                                END
                              ) AS TIMESTAMP) AS DATE) AS "due_date",
                              CAST(CAST("t97"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 0
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                              DATE_DIFF(
                                'DAY',
                                "t97"."window_start",
                                CAST(CAST("t97"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 0
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                              ) AS "_needed"
                            FROM (
                              SELECT
                                "t96".*
                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                              FROM (
                                SELECT
                                  "t90"."person_id",
                                  "t90"."benefit",
                                  "t90"."start_date",
                                  "t90"."end_date",
                                  "t90"."first_contact_date",
                                  "t90"."target_group",
                                  "t90"."first_absence_date",
                                  "t90"."sickness_category",
                                  "t90"."employed",
                                  "t90"."handover_date",
                                  "t90"."expected_absence_weeks",
                                  "t90"."work_obligation",
                                  "t90"."municipality",
                                  "t90"."early_followup_request_date",
                                  "t90"."education_order",
                                  "t90"."periods",
                                  "t90"."window_start",
                                  "t90"."required",
                                  "t90"."required_joint",
                                  "t90"."in_force",
                                  "t90"."_end_unconfirmed",
                                  "t90"."due0",
                                  "t95"."person_id" AS "person_id_right",
                                  "t95"."benefit" AS "benefit_right",
                                  "t95"."start_date" AS "start_date_right",
                                  "t95"."exempt_days",
                                  "t95"."exempt_now",
                                  "t95"."exemption_note"
                                FROM (
                                  SELECT
                                    "t88".*
                                    EXCLUDE ("_point")
                                  FROM (
                                    SELECT
                                      "t87"."person_id",
                                      "t87"."benefit",
                                      "t87"."start_date",
                                      "t87"."end_date",
                                      "t87"."first_contact_date",
                                      "t87"."target_group",
                                      "t87"."first_absence_date",
                                      "t87"."sickness_category",
                                      "t87"."employed",
                                      "t87"."handover_date",
                                      "t87"."expected_absence_weeks",
                                      "t87"."work_obligation",
                                      "t87"."municipality",
                                      "t87"."early_followup_request_date",
                                      "t87"."education_order",
                                      "t87"."periods",
                                      "t87"."window_start",
                                      "t87"."required",
                                      "t87"."required_joint",
                                      "t87"."in_force",
                                      "t87"."_end_unconfirmed",
                                      "t87"."_point",
                                      CAST(CAST("t87"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                    FROM (
                                      SELECT
                                        "t86".*
                                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                          "t85"."_plain",
                                          "t85"."_needed",
                                          "t85"."_ipid",
                                          "t85"."_ibenefit",
                                          "t85"."_istart",
                                          "t85"."_i_start",
                                          "t85"."_i_end",
                                          "t85"."_cum",
                                          CASE
                                            WHEN "t85"."_i_start" IS NOT NULL
                                            THEN CAST(CAST("t85"."_i_start" + TO_DAYS(CAST("t85"."_needed" - "t85"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                            ELSE "t85"."_plain"
                                          END AS "_point"
                                        FROM (
                                          SELECT
                                            "t84"."person_id",
                                            "t84"."benefit",
                                            "t84"."start_date",
                                            "t84"."end_date",
                                            "t84"."first_contact_date",
                                            "t84"."target_group",
                                            "t84"."first_absence_date",
                                            "t84"."sickness_category",
                                            "t84"."employed",
                                            "t84"."handover_date",
                                            "t84"."expected_absence_weeks",
                                            "t84"."work_obligation",
                                            "t84"."municipality",
                                            "t84"."early_followup_request_date",
                                            "t84"."education_order",
                                            "t84"."periods",
                                            "t84"."window_start",
                                            "t84"."required",
                                            "t84"."required_joint",
                                            "t84"."in_force",
                                            "t84"."_end_unconfirmed",
                                            "t84"."_plain",
                                            "t84"."_needed",
                                            "t82"."_ipid",
                                            "t82"."_ibenefit",
                                            "t82"."_istart",
                                            "t82"."_i_start",
                                            "t82"."_i_end",
                                            "t82"."_cum"
                                          FROM (
                                            SELECT
                                              "t79"."person_id",
                                              "t79"."benefit",
                                              "t79"."start_date",
                                              "t79"."end_date",
                                              "t79"."first_contact_date",
                                              "t79"."target_group",
                                              "t79"."first_absence_date",
                                              "t79"."sickness_category",
                                              "t79"."employed",
                                              "t79"."handover_date",
                                              "t79"."expected_absence_weeks",
                                              "t79"."work_obligation",
                                              "t79"."municipality",
                                              "t79"."early_followup_request_date",
                                              "t79"."education_order",
                                              "t79"."periods",
                                              "t79"."start_date" AS "window_start",
                                              COALESCE(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) + COALESCE(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required",
                                              COALESCE(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required_joint",
                                              (
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              )
                                              AND (
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              ) AS "in_force",
                                              COALESCE(
                                                (
                                                  CASE
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NULL
                                                )
                                                AND COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    "t79"."benefit"
                                                  )
                                                  OR ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    CASE WHEN "t79"."benefit" IS NULL THEN NULL ELSE CONCAT("t79"."benefit", ':') END || COALESCE("t79"."target_group", '')
                                                  ),
                                                  FALSE
                                                ),
                                                FALSE
                                              ) AS "_end_unconfirmed",
                                              CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                                              DATE_DIFF(
                                                'DAY',
                                                "t79"."start_date",
                                                CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE)
                                              ) AS "_needed"
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
                                                "t72"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t68"."person_id",
                                                    "t68"."benefit",
                                                    "t68"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t68"."_end"
                                                    END AS "end_date",
                                                    "t7"."first_contact_date",
                                                    "t7"."target_group",
                                                    "t7"."first_absence_date",
                                                    "t7"."sickness_category",
                                                    "t7"."employed",
                                                    "t7"."handover_date",
                                                    "t7"."expected_absence_weeks",
                                                    "t7"."work_obligation",
                                                    "t7"."municipality",
                                                    "t68"."early_followup_request_date",
                                                    "t68"."education_order",
                                                    "t68"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t65"."person_id",
                                                      "t65"."benefit",
                                                      "t65"."_key",
                                                      MAX("t65"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                      MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t64" AS "t65"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t68"
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
                                                  ) AS "t7"
                                                    ON "t68"."_first" = "t7"."_frid"
                                                ) AS "t69"
                                                WHERE
                                                  "t69"."benefit" IN ('dagpenge')
                                              ) AS "t72"
                                              ANTI JOIN (
                                                SELECT
                                                  "t75"."person_id" AS "_k_person_id",
                                                  "t75"."benefit" AS "_k_benefit",
                                                  "t75"."start_date" AS "_k_start_date"
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
                                                    "t72"."periods"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t68"."person_id",
                                                        "t68"."benefit",
                                                        "t68"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t68"."_end"
                                                        END AS "end_date",
                                                        "t7"."first_contact_date",
                                                        "t7"."target_group",
                                                        "t7"."first_absence_date",
                                                        "t7"."sickness_category",
                                                        "t7"."employed",
                                                        "t7"."handover_date",
                                                        "t7"."expected_absence_weeks",
                                                        "t7"."work_obligation",
                                                        "t7"."municipality",
                                                        "t68"."early_followup_request_date",
                                                        "t68"."education_order",
                                                        "t68"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key",
                                                          MAX("t65"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                          MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t64" AS "t65"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t68"
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
                                                      ) AS "t7"
                                                        ON "t68"."_first" = "t7"."_frid"
                                                    ) AS "t69"
                                                    WHERE
                                                      "t69"."benefit" IN ('dagpenge')
                                                  ) AS "t72"
                                                  SEMI JOIN (
                                                    SELECT
                                                      "t2"."person_id" AS "_mpid",
                                                      "t2"."start_date" AS "_mstart"
                                                    FROM "benefit_periods" AS "t2"
                                                    WHERE
                                                      "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                  ) AS "t12"
                                                    ON "t72"."person_id" = "t12"."_mpid"
                                                    AND "t12"."_mstart" >= "t72"."start_date"
                                                    AND (
                                                      (
                                                        "t72"."end_date" IS NULL
                                                      ) OR (
                                                        "t12"."_mstart" <= "t72"."end_date"
                                                      )
                                                    )
                                                ) AS "t75"
                                                WHERE
                                                  CASE
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 6
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                              ) AS "t78"
                                                ON "t72"."person_id" = "t78"."_k_person_id"
                                                AND "t72"."benefit" = "t78"."_k_benefit"
                                                AND "t72"."start_date" = "t78"."_k_start_date"
                                            ) AS "t79"
                                          ) AS "t84"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t80"."person_id" AS "_ipid",
                                              "t80"."benefit" AS "_ibenefit",
                                              "t80"."start_date" AS "_istart",
                                              "t80"."i_start" AS "_i_start",
                                              "t80"."i_end" AS "_i_end",
                                              "t80"."cum_before" AS "_cum"
                                            FROM (
                                              SELECT
                                                "t76"."person_id",
                                                "t76"."benefit",
                                                "t76"."_key" AS "start_date",
                                                "t76"."i_start",
                                                "t76"."i_end",
                                                CAST(COALESCE(
                                                  SUM("t76"."_len") OVER (
                                                    PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                                    ORDER BY "t76"."i_start" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ),
                                                  0
                                                ) AS INT) AS "cum_before"
                                              FROM (
                                                SELECT
                                                  "t74"."person_id",
                                                  "t74"."benefit",
                                                  "t74"."_key",
                                                  "t74"."_island",
                                                  "t74"."i_start",
                                                  "t74"."i_end",
                                                  CASE
                                                    WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN 0
                                                    ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                                  END AS "_len"
                                                FROM (
                                                  SELECT
                                                    "t73"."person_id",
                                                    "t73"."benefit",
                                                    "t73"."_key",
                                                    "t73"."_island",
                                                    MIN("t73"."start_date") AS "i_start",
                                                    MAX("t73"."_end") AS "i_end"
                                                  FROM (
                                                    SELECT
                                                      "t70"."person_id",
                                                      "t70"."benefit",
                                                      "t70"."start_date",
                                                      "t70"."_end",
                                                      "t70"."_key",
                                                      "t70"."_acc",
                                                      "t70"."_rid",
                                                      "t70"."early_followup_request_date",
                                                      "t70"."education_order",
                                                      "t70"."_new",
                                                      SUM("t70"."_new") OVER (
                                                        PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                        ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                      ) AS "_island"
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
                                                        CASE
                                                          WHEN MAX("t66"."_end") OVER (
                                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) IS NULL
                                                          THEN 1
                                                          WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                          THEN 1
                                                          ELSE 0
                                                        END AS "_new"
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM "t64" AS "t65"
                                                        WHERE
                                                          "t65"."_acc"
                                                      ) AS "t66"
                                                    ) AS "t70"
                                                  ) AS "t73"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3,
                                                    4
                                                ) AS "t74"
                                              ) AS "t76"
                                            ) AS "t80"
                                          ) AS "t82"
                                            ON "t84"."person_id" = "t82"."_ipid"
                                            AND "t84"."benefit" = "t82"."_ibenefit"
                                            AND "t84"."start_date" = "t82"."_istart"
                                            AND "t82"."_cum" < "t84"."_needed"
                                            AND (
                                              (
                                                "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                              )
                                              OR (
                                                (
                                                  "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                                ) >= "t84"."_needed"
                                              )
                                            )
                                        ) AS "t85"
                                      ) AS "t86"
                                    ) AS "t87"
                                  ) AS "t88"
                                ) AS "t90"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t93"."person_id",
                                    "t93"."benefit",
                                    "t93"."start_date",
                                    CAST(SUM(
                                      DATE_DIFF(
                                        'DAY',
                                        GREATEST("t93"."_ex_start", "t93"."_from"),
                                        LEAST("t93"."_ex_end", "t93"."_to")
                                      ) + 1
                                    ) AS INT) AS "exempt_days",
                                    BOOL_OR(
                                      CAST((
                                        "t93"."_ex_start" <= CAST($as_of AS DATE)
                                      )
                                      AND (
                                        "t93"."_ex_end" >= CAST($as_of AS DATE)
                                      ) AS BOOLEAN)
                                    ) AS "exempt_now",
                                    ARRAY_TO_STRING(
                                      LIST_SORT(
                                        ARRAY_AGG(
                                          CASE
                                            WHEN CAST("t93"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t93"."_ex_end" AS TEXT) IS NULL
                                            OR "t93"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t93"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t93"."_ex_end" AS TEXT),
                                              ' (',
                                              "t93"."_ex_reason",
                                              ')'
                                            )
                                          END
                                        ) FILTER(WHERE
                                          CASE
                                            WHEN CAST("t93"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t93"."_ex_end" AS TEXT) IS NULL
                                            OR "t93"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t93"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t93"."_ex_end" AS TEXT),
                                              ' (',
                                              "t93"."_ex_reason",
                                              ')'
                                            )
                                          END IS NOT NULL)
                                      ),
                                      ', '
                                    ) AS "exemption_note"
                                  FROM (
                                    SELECT
                                      "t92"."person_id",
                                      "t92"."benefit",
                                      "t92"."start_date",
                                      "t92"."_from",
                                      "t92"."_to",
                                      "t11"."_pid",
                                      "t11"."_ex_start",
                                      "t11"."_ex_end",
                                      "t11"."_ex_reason"
                                    FROM (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."start_date",
                                        "t89"."window_start" AS "_from",
                                        "t89"."due0" AS "_to"
                                      FROM (
                                        SELECT
                                          "t88".*
                                          EXCLUDE ("_point")
                                        FROM (
                                          SELECT
                                            "t87"."person_id",
                                            "t87"."benefit",
                                            "t87"."start_date",
                                            "t87"."end_date",
                                            "t87"."first_contact_date",
                                            "t87"."target_group",
                                            "t87"."first_absence_date",
                                            "t87"."sickness_category",
                                            "t87"."employed",
                                            "t87"."handover_date",
                                            "t87"."expected_absence_weeks",
                                            "t87"."work_obligation",
                                            "t87"."municipality",
                                            "t87"."early_followup_request_date",
                                            "t87"."education_order",
                                            "t87"."periods",
                                            "t87"."window_start",
                                            "t87"."required",
                                            "t87"."required_joint",
                                            "t87"."in_force",
                                            "t87"."_end_unconfirmed",
                                            "t87"."_point",
                                            CAST(CAST("t87"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                          FROM (
                                            SELECT
                                              "t86".*
                                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                                "t85"."_plain",
                                                "t85"."_needed",
                                                "t85"."_ipid",
                                                "t85"."_ibenefit",
                                                "t85"."_istart",
                                                "t85"."_i_start",
                                                "t85"."_i_end",
                                                "t85"."_cum",
                                                CASE
                                                  WHEN "t85"."_i_start" IS NOT NULL
                                                  THEN CAST(CAST("t85"."_i_start" + TO_DAYS(CAST("t85"."_needed" - "t85"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                  ELSE "t85"."_plain"
                                                END AS "_point"
                                              FROM (
                                                SELECT
                                                  "t84"."person_id",
                                                  "t84"."benefit",
                                                  "t84"."start_date",
                                                  "t84"."end_date",
                                                  "t84"."first_contact_date",
                                                  "t84"."target_group",
                                                  "t84"."first_absence_date",
                                                  "t84"."sickness_category",
                                                  "t84"."employed",
                                                  "t84"."handover_date",
                                                  "t84"."expected_absence_weeks",
                                                  "t84"."work_obligation",
                                                  "t84"."municipality",
                                                  "t84"."early_followup_request_date",
                                                  "t84"."education_order",
                                                  "t84"."periods",
                                                  "t84"."window_start",
                                                  "t84"."required",
                                                  "t84"."required_joint",
                                                  "t84"."in_force",
                                                  "t84"."_end_unconfirmed",
                                                  "t84"."_plain",
                                                  "t84"."_needed",
                                                  "t82"."_ipid",
                                                  "t82"."_ibenefit",
                                                  "t82"."_istart",
                                                  "t82"."_i_start",
                                                  "t82"."_i_end",
                                                  "t82"."_cum"
                                                FROM (
                                                  SELECT
                                                    "t79"."person_id",
                                                    "t79"."benefit",
                                                    "t79"."start_date",
                                                    "t79"."end_date",
                                                    "t79"."first_contact_date",
                                                    "t79"."target_group",
                                                    "t79"."first_absence_date",
                                                    "t79"."sickness_category",
                                                    "t79"."employed",
                                                    "t79"."handover_date",
                                                    "t79"."expected_absence_weeks",
                                                    "t79"."work_obligation",
                                                    "t79"."municipality",
                                                    "t79"."early_followup_request_date",
                                                    "t79"."education_order",
                                                    "t79"."periods",
                                                    "t79"."start_date" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t79"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          CASE WHEN "t79"."benefit" IS NULL THEN NULL ELSE CONCAT("t79"."benefit", ':') END || COALESCE("t79"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t79"."start_date",
                                                      CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
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
                                                      "t72"."periods"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          "t68"."person_id",
                                                          "t68"."benefit",
                                                          "t68"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t68"."_end"
                                                          END AS "end_date",
                                                          "t7"."first_contact_date",
                                                          "t7"."target_group",
                                                          "t7"."first_absence_date",
                                                          "t7"."sickness_category",
                                                          "t7"."employed",
                                                          "t7"."handover_date",
                                                          "t7"."expected_absence_weeks",
                                                          "t7"."work_obligation",
                                                          "t7"."municipality",
                                                          "t68"."early_followup_request_date",
                                                          "t68"."education_order",
                                                          "t68"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t65"."person_id",
                                                            "t65"."benefit",
                                                            "t65"."_key",
                                                            MAX("t65"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                            MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t64" AS "t65"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t68"
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
                                                        ) AS "t7"
                                                          ON "t68"."_first" = "t7"."_frid"
                                                      ) AS "t69"
                                                      WHERE
                                                        "t69"."benefit" IN ('dagpenge')
                                                    ) AS "t72"
                                                    ANTI JOIN (
                                                      SELECT
                                                        "t75"."person_id" AS "_k_person_id",
                                                        "t75"."benefit" AS "_k_benefit",
                                                        "t75"."start_date" AS "_k_start_date"
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
                                                          "t72"."periods"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t68"."person_id",
                                                              "t68"."benefit",
                                                              "t68"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t68"."_end"
                                                              END AS "end_date",
                                                              "t7"."first_contact_date",
                                                              "t7"."target_group",
                                                              "t7"."first_absence_date",
                                                              "t7"."sickness_category",
                                                              "t7"."employed",
                                                              "t7"."handover_date",
                                                              "t7"."expected_absence_weeks",
                                                              "t7"."work_obligation",
                                                              "t7"."municipality",
                                                              "t68"."early_followup_request_date",
                                                              "t68"."education_order",
                                                              "t68"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key",
                                                                MAX("t65"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                                MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t64" AS "t65"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t68"
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
                                                            ) AS "t7"
                                                              ON "t68"."_first" = "t7"."_frid"
                                                          ) AS "t69"
                                                          WHERE
                                                            "t69"."benefit" IN ('dagpenge')
                                                        ) AS "t72"
                                                        SEMI JOIN (
                                                          SELECT
                                                            "t2"."person_id" AS "_mpid",
                                                            "t2"."start_date" AS "_mstart"
                                                          FROM "benefit_periods" AS "t2"
                                                          WHERE
                                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                        ) AS "t12"
                                                          ON "t72"."person_id" = "t12"."_mpid"
                                                          AND "t12"."_mstart" >= "t72"."start_date"
                                                          AND (
                                                            (
                                                              "t72"."end_date" IS NULL
                                                            ) OR (
                                                              "t12"."_mstart" <= "t72"."end_date"
                                                            )
                                                          )
                                                      ) AS "t75"
                                                      WHERE
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 6
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                    ) AS "t78"
                                                      ON "t72"."person_id" = "t78"."_k_person_id"
                                                      AND "t72"."benefit" = "t78"."_k_benefit"
                                                      AND "t72"."start_date" = "t78"."_k_start_date"
                                                  ) AS "t79"
                                                ) AS "t84"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t80"."person_id" AS "_ipid",
                                                    "t80"."benefit" AS "_ibenefit",
                                                    "t80"."start_date" AS "_istart",
                                                    "t80"."i_start" AS "_i_start",
                                                    "t80"."i_end" AS "_i_end",
                                                    "t80"."cum_before" AS "_cum"
                                                  FROM (
                                                    SELECT
                                                      "t76"."person_id",
                                                      "t76"."benefit",
                                                      "t76"."_key" AS "start_date",
                                                      "t76"."i_start",
                                                      "t76"."i_end",
                                                      CAST(COALESCE(
                                                        SUM("t76"."_len") OVER (
                                                          PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                                          ORDER BY "t76"."i_start" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ),
                                                        0
                                                      ) AS INT) AS "cum_before"
                                                    FROM (
                                                      SELECT
                                                        "t74"."person_id",
                                                        "t74"."benefit",
                                                        "t74"."_key",
                                                        "t74"."_island",
                                                        "t74"."i_start",
                                                        "t74"."i_end",
                                                        CASE
                                                          WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN 0
                                                          ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                                        END AS "_len"
                                                      FROM (
                                                        SELECT
                                                          "t73"."person_id",
                                                          "t73"."benefit",
                                                          "t73"."_key",
                                                          "t73"."_island",
                                                          MIN("t73"."start_date") AS "i_start",
                                                          MAX("t73"."_end") AS "i_end"
                                                        FROM (
                                                          SELECT
                                                            "t70"."person_id",
                                                            "t70"."benefit",
                                                            "t70"."start_date",
                                                            "t70"."_end",
                                                            "t70"."_key",
                                                            "t70"."_acc",
                                                            "t70"."_rid",
                                                            "t70"."early_followup_request_date",
                                                            "t70"."education_order",
                                                            "t70"."_new",
                                                            SUM("t70"."_new") OVER (
                                                              PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                              ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS "_island"
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
                                                              CASE
                                                                WHEN MAX("t66"."_end") OVER (
                                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) IS NULL
                                                                THEN 1
                                                                WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                THEN 1
                                                                ELSE 0
                                                              END AS "_new"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM "t64" AS "t65"
                                                              WHERE
                                                                "t65"."_acc"
                                                            ) AS "t66"
                                                          ) AS "t70"
                                                        ) AS "t73"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3,
                                                          4
                                                      ) AS "t74"
                                                    ) AS "t76"
                                                  ) AS "t80"
                                                ) AS "t82"
                                                  ON "t84"."person_id" = "t82"."_ipid"
                                                  AND "t84"."benefit" = "t82"."_ibenefit"
                                                  AND "t84"."start_date" = "t82"."_istart"
                                                  AND "t82"."_cum" < "t84"."_needed"
                                                  AND (
                                                    (
                                                      "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                    )
                                                    OR (
                                                      (
                                                        "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                                      ) >= "t84"."_needed"
                                                    )
                                                  )
                                              ) AS "t85"
                                            ) AS "t86"
                                          ) AS "t87"
                                        ) AS "t88"
                                      ) AS "t89"
                                    ) AS "t92"
                                    INNER JOIN (
                                      SELECT
                                        "t1"."person_id" AS "_pid",
                                        "t1"."start_date" AS "_ex_start",
                                        "t1"."end_date" AS "_ex_end",
                                        "t1"."reason" AS "_ex_reason"
                                      FROM "exemptions" AS "t1"
                                      WHERE
                                        "t1"."start_date" <= CAST($as_of AS DATE)
                                    ) AS "t11"
                                      ON "t92"."person_id" = "t11"."_pid"
                                      AND "t11"."_ex_start" <= "t92"."_to"
                                      AND "t11"."_ex_end" >= "t92"."_from"
                                  ) AS "t93"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t95"
                                  ON "t90"."person_id" = "t95"."person_id"
                                  AND "t90"."benefit" = "t95"."benefit"
                                  AND "t90"."start_date" = "t95"."start_date"
                              ) AS "t96"
                            ) AS "t97"
                          ) AS "t99"
                          LEFT OUTER JOIN (
                            SELECT
                              "t80"."person_id" AS "_ipid",
                              "t80"."benefit" AS "_ibenefit",
                              "t80"."start_date" AS "_istart",
                              "t80"."i_start" AS "_i_start",
                              "t80"."i_end" AS "_i_end",
                              "t80"."cum_before" AS "_cum"
                            FROM (
                              SELECT
                                "t76"."person_id",
                                "t76"."benefit",
                                "t76"."_key" AS "start_date",
                                "t76"."i_start",
                                "t76"."i_end",
                                CAST(COALESCE(
                                  SUM("t76"."_len") OVER (
                                    PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                    ORDER BY "t76"."i_start" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ),
                                  0
                                ) AS INT) AS "cum_before"
                              FROM (
                                SELECT
                                  "t74"."person_id",
                                  "t74"."benefit",
                                  "t74"."_key",
                                  "t74"."_island",
                                  "t74"."i_start",
                                  "t74"."i_end",
                                  CASE
                                    WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                    THEN 0
                                    ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                  END AS "_len"
                                FROM (
                                  SELECT
                                    "t73"."person_id",
                                    "t73"."benefit",
                                    "t73"."_key",
                                    "t73"."_island",
                                    MIN("t73"."start_date") AS "i_start",
                                    MAX("t73"."_end") AS "i_end"
                                  FROM (
                                    SELECT
                                      "t70"."person_id",
                                      "t70"."benefit",
                                      "t70"."start_date",
                                      "t70"."_end",
                                      "t70"."_key",
                                      "t70"."_acc",
                                      "t70"."_rid",
                                      "t70"."early_followup_request_date",
                                      "t70"."education_order",
                                      "t70"."_new",
                                      SUM("t70"."_new") OVER (
                                        PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                        ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) AS "_island"
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
                                        CASE
                                          WHEN MAX("t66"."_end") OVER (
                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) IS NULL
                                          THEN 1
                                          WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                          THEN 1
                                          ELSE 0
                                        END AS "_new"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "t64" AS "t65"
                                        WHERE
                                          "t65"."_acc"
                                      ) AS "t66"
                                    ) AS "t70"
                                  ) AS "t73"
                                  GROUP BY
                                    1,
                                    2,
                                    3,
                                    4
                                ) AS "t74"
                              ) AS "t76"
                            ) AS "t80"
                          ) AS "t82"
                            ON "t99"."person_id" = "t82"."_ipid"
                            AND "t99"."benefit" = "t82"."_ibenefit"
                            AND "t99"."start_date" = "t82"."_istart"
                            AND "t82"."_cum" < "t99"."_needed"
                            AND (
                              (
                                "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                              )
                              OR (
                                (
                                  "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                ) >= "t99"."_needed"
                              )
                            )
                        ) AS "t100"
                      ) AS "t101"
                    ) AS "t102"
                  ) AS "t107"
                    ON "t117"."person_id" = "t107"."person_id"
                    AND "t117"."benefit" = "t107"."benefit"
                    AND "t117"."start_date" = "t107"."start_date"
                ) AS "t119"
                WHERE
                  "t119"."_n" > 0
              ) AS "t121"
              GROUP BY
                1,
                2,
                3
            ) AS "t123"
          ) AS "t127"
            ON "t103"."person_id" = "t127"."person_id"
            AND "t103"."benefit" = "t127"."benefit"
            AND "t103"."start_date" = "t127"."start_date"
        ) AS "t128"
      ) AS "t130"
      LEFT OUTER JOIN (
        SELECT
          "t122"."person_id",
          "t122"."benefit",
          "t122"."start_date",
          CASE
            WHEN "t122"."_held" >= "t122"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT(
                "t122"."_events",
                (
                  "t122"."_n" - 1
                ) + CAST((
                  "t122"."_n" - 1
                ) >= 0 AS BIGINT)
              ),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT(
                    "t122"."_events",
                    (
                      "t122"."_n" - 1
                    ) + CAST((
                      "t122"."_n" - 1
                    ) >= 0 AS BIGINT)
                  )
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "joint_date",
          LEAST("t122"."_by_due", "t122"."_n") AS "joint_in_window"
        FROM (
          SELECT
            "t120"."person_id",
            "t120"."benefit",
            "t120"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t120"."date" AS TEXT) IS NULL OR "t120"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t120"."date" AS TEXT), '|', "t120"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t120"."date" AS TEXT) IS NULL OR "t120"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t120"."date" AS TEXT), '|', "t120"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t120"."date" <= "t120"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t120"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t116"."person_id",
                "t116"."benefit",
                "t116"."start_date",
                "t116"."date",
                "t116"."description",
                "t106"."_n",
                "t106"."_due"
              FROM (
                SELECT
                  "t112"."person_id",
                  "t112"."benefit",
                  "t112"."start_date",
                  "t112"."date",
                  CASE
                    WHEN "t112"."kind" IS NULL
                    OR CAST("t112"."date" AS TEXT) IS NULL
                    OR "t112"."form" IS NULL
                    OR "t112"."held_by" IS NULL
                    THEN NULL
                    ELSE CONCAT(
                      "t112"."kind",
                      ' ',
                      CAST("t112"."date" AS TEXT),
                      ' (',
                      "t112"."form",
                      ', ',
                      "t112"."held_by",
                      ')'
                    )
                  END AS "description"
                FROM (
                  SELECT
                    "t110"."person_id",
                    "t110"."benefit",
                    "t110"."start_date",
                    "t110"."window_start",
                    "t110"."_first",
                    "t110"."_last",
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
                      "t102"."person_id",
                      "t102"."benefit",
                      "t102"."start_date",
                      "t102"."window_start",
                      "t102"."window_start" AS "_first",
                      COALESCE("t102"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM (
                      SELECT
                        "t101".*
                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                      FROM (
                        SELECT
                          "t100"."person_id",
                          "t100"."benefit",
                          "t100"."start_date",
                          "t100"."end_date",
                          "t100"."first_contact_date",
                          "t100"."target_group",
                          "t100"."first_absence_date",
                          "t100"."sickness_category",
                          "t100"."employed",
                          "t100"."handover_date",
                          "t100"."expected_absence_weeks",
                          "t100"."work_obligation",
                          "t100"."municipality",
                          "t100"."early_followup_request_date",
                          "t100"."education_order",
                          "t100"."periods",
                          "t100"."window_start",
                          "t100"."required",
                          "t100"."required_joint",
                          "t100"."in_force",
                          "t100"."_end_unconfirmed",
                          "t100"."due0",
                          "t100"."exempt_days",
                          "t100"."exempt_now",
                          "t100"."exemption_note",
                          "t100"."due_date",
                          "t100"."_plain",
                          "t100"."_needed",
                          "t100"."_ipid",
                          "t100"."_ibenefit",
                          "t100"."_istart",
                          "t100"."_i_start",
                          "t100"."_i_end",
                          "t100"."_cum",
                          CASE
                            WHEN "t100"."_i_start" IS NOT NULL
                            THEN CAST(CAST("t100"."_i_start" + TO_DAYS(CAST("t100"."_needed" - "t100"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                            ELSE "t100"."_plain"
                          END AS "_count_from"
                        FROM (
                          SELECT
                            "t99"."person_id",
                            "t99"."benefit",
                            "t99"."start_date",
                            "t99"."end_date",
                            "t99"."first_contact_date",
                            "t99"."target_group",
                            "t99"."first_absence_date",
                            "t99"."sickness_category",
                            "t99"."employed",
                            "t99"."handover_date",
                            "t99"."expected_absence_weeks",
                            "t99"."work_obligation",
                            "t99"."municipality",
                            "t99"."early_followup_request_date",
                            "t99"."education_order",
                            "t99"."periods",
                            "t99"."window_start",
                            "t99"."required",
                            "t99"."required_joint",
                            "t99"."in_force",
                            "t99"."_end_unconfirmed",
                            "t99"."due0",
                            "t99"."exempt_days",
                            "t99"."exempt_now",
                            "t99"."exemption_note",
                            "t99"."due_date",
                            "t99"."_plain",
                            "t99"."_needed",
                            "t82"."_ipid",
                            "t82"."_ibenefit",
                            "t82"."_istart",
                            "t82"."_i_start",
                            "t82"."_i_end",
                            "t82"."_cum"
                          FROM (
                            SELECT
                              "t97"."person_id",
                              "t97"."benefit",
                              "t97"."start_date",
                              "t97"."end_date",
                              "t97"."first_contact_date",
                              "t97"."target_group",
                              "t97"."first_absence_date",
                              "t97"."sickness_category",
                              "t97"."employed",
                              "t97"."handover_date",
                              "t97"."expected_absence_weeks",
                              "t97"."work_obligation",
                              "t97"."municipality",
                              "t97"."early_followup_request_date",
                              "t97"."education_order",
                              "t97"."periods",
                              "t97"."window_start",
                              "t97"."required",
                              "t97"."required_joint",
                              "t97"."in_force",
                              "t97"."_end_unconfirmed",
                              "t97"."due0",
                              COALESCE("t97"."exempt_days", 0) AS "exempt_days",
                              COALESCE("t97"."exempt_now", FALSE) AS "exempt_now",
                              COALESCE("t97"."exemption_note", '') AS "exemption_note",
                              CAST(CAST("t97"."due0" + TO_DAYS(
                                CASE
                                  WHEN COALESCE(
                                    CASE
                                      WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN TRUE
                                      ELSE CAST(NULL AS BOOLEAN)
                                    END,
                                    FALSE
                                  )
                                  THEN COALESCE("t97"."exempt_days", 0)
                                  ELSE 0
                                END
                              ) AS TIMESTAMP) AS DATE) AS "due_date",
                              CAST(CAST("t97"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 0
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                              DATE_DIFF(
                                'DAY',
                                "t97"."window_start",
                                CAST(CAST("t97"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 0
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                              ) AS "_needed"
                            FROM (
                              SELECT
                                "t96".*
                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                              FROM (
                                SELECT
                                  "t90"."person_id",
                                  "t90"."benefit",
                                  "t90"."start_date",
                                  "t90"."end_date",
                                  "t90"."first_contact_date",
                                  "t90"."target_group",
                                  "t90"."first_absence_date",
                                  "t90"."sickness_category",
                                  "t90"."employed",
                                  "t90"."handover_date",
                                  "t90"."expected_absence_weeks",
                                  "t90"."work_obligation",
                                  "t90"."municipality",
                                  "t90"."early_followup_request_date",
                                  "t90"."education_order",
                                  "t90"."periods",
                                  "t90"."window_start",
                                  "t90"."required",
                                  "t90"."required_joint",
                                  "t90"."in_force",
                                  "t90"."_end_unconfirmed",
                                  "t90"."due0",
                                  "t95"."person_id" AS "person_id_right",
                                  "t95"."benefit" AS "benefit_right",
                                  "t95"."start_date" AS "start_date_right",
                                  "t95"."exempt_days",
                                  "t95"."exempt_now",
                                  "t95"."exemption_note"
                                FROM (
                                  SELECT
                                    "t88".*
                                    EXCLUDE ("_point")
                                  FROM (
                                    SELECT
                                      "t87"."person_id",
                                      "t87"."benefit",
                                      "t87"."start_date",
                                      "t87"."end_date",
                                      "t87"."first_contact_date",
                                      "t87"."target_group",
                                      "t87"."first_absence_date",
                                      "t87"."sickness_category",
                                      "t87"."employed",
                                      "t87"."handover_date",
                                      "t87"."expected_absence_weeks",
                                      "t87"."work_obligation",
                                      "t87"."municipality",
                                      "t87"."early_followup_request_date",
                                      "t87"."education_order",
                                      "t87"."periods",
                                      "t87"."window_start",
                                      "t87"."required",
                                      "t87"."required_joint",
                                      "t87"."in_force",
                                      "t87"."_end_unconfirmed",
                                      "t87"."_point",
                                      CAST(CAST("t87"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                    FROM (
                                      SELECT
                                        "t86".*
                                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                          "t85"."_plain",
                                          "t85"."_needed",
                                          "t85"."_ipid",
                                          "t85"."_ibenefit",
                                          "t85"."_istart",
                                          "t85"."_i_start",
                                          "t85"."_i_end",
                                          "t85"."_cum",
                                          CASE
                                            WHEN "t85"."_i_start" IS NOT NULL
                                            THEN CAST(CAST("t85"."_i_start" + TO_DAYS(CAST("t85"."_needed" - "t85"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                            ELSE "t85"."_plain"
                                          END AS "_point"
                                        FROM (
                                          SELECT
                                            "t84"."person_id",
                                            "t84"."benefit",
                                            "t84"."start_date",
                                            "t84"."end_date",
                                            "t84"."first_contact_date",
                                            "t84"."target_group",
                                            "t84"."first_absence_date",
                                            "t84"."sickness_category",
                                            "t84"."employed",
                                            "t84"."handover_date",
                                            "t84"."expected_absence_weeks",
                                            "t84"."work_obligation",
                                            "t84"."municipality",
                                            "t84"."early_followup_request_date",
                                            "t84"."education_order",
                                            "t84"."periods",
                                            "t84"."window_start",
                                            "t84"."required",
                                            "t84"."required_joint",
                                            "t84"."in_force",
                                            "t84"."_end_unconfirmed",
                                            "t84"."_plain",
                                            "t84"."_needed",
                                            "t82"."_ipid",
                                            "t82"."_ibenefit",
                                            "t82"."_istart",
                                            "t82"."_i_start",
                                            "t82"."_i_end",
                                            "t82"."_cum"
                                          FROM (
                                            SELECT
                                              "t79"."person_id",
                                              "t79"."benefit",
                                              "t79"."start_date",
                                              "t79"."end_date",
                                              "t79"."first_contact_date",
                                              "t79"."target_group",
                                              "t79"."first_absence_date",
                                              "t79"."sickness_category",
                                              "t79"."employed",
                                              "t79"."handover_date",
                                              "t79"."expected_absence_weeks",
                                              "t79"."work_obligation",
                                              "t79"."municipality",
                                              "t79"."early_followup_request_date",
                                              "t79"."education_order",
                                              "t79"."periods",
                                              "t79"."start_date" AS "window_start",
                                              COALESCE(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) + COALESCE(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required",
                                              COALESCE(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required_joint",
                                              (
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              )
                                              AND (
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              ) AS "in_force",
                                              COALESCE(
                                                (
                                                  CASE
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NULL
                                                )
                                                AND COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    "t79"."benefit"
                                                  )
                                                  OR ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    CASE WHEN "t79"."benefit" IS NULL THEN NULL ELSE CONCAT("t79"."benefit", ':') END || COALESCE("t79"."target_group", '')
                                                  ),
                                                  FALSE
                                                ),
                                                FALSE
                                              ) AS "_end_unconfirmed",
                                              CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                                              DATE_DIFF(
                                                'DAY',
                                                "t79"."start_date",
                                                CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE)
                                              ) AS "_needed"
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
                                                "t72"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t68"."person_id",
                                                    "t68"."benefit",
                                                    "t68"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t68"."_end"
                                                    END AS "end_date",
                                                    "t7"."first_contact_date",
                                                    "t7"."target_group",
                                                    "t7"."first_absence_date",
                                                    "t7"."sickness_category",
                                                    "t7"."employed",
                                                    "t7"."handover_date",
                                                    "t7"."expected_absence_weeks",
                                                    "t7"."work_obligation",
                                                    "t7"."municipality",
                                                    "t68"."early_followup_request_date",
                                                    "t68"."education_order",
                                                    "t68"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t65"."person_id",
                                                      "t65"."benefit",
                                                      "t65"."_key",
                                                      MAX("t65"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                      MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t64" AS "t65"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t68"
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
                                                  ) AS "t7"
                                                    ON "t68"."_first" = "t7"."_frid"
                                                ) AS "t69"
                                                WHERE
                                                  "t69"."benefit" IN ('dagpenge')
                                              ) AS "t72"
                                              ANTI JOIN (
                                                SELECT
                                                  "t75"."person_id" AS "_k_person_id",
                                                  "t75"."benefit" AS "_k_benefit",
                                                  "t75"."start_date" AS "_k_start_date"
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
                                                    "t72"."periods"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t68"."person_id",
                                                        "t68"."benefit",
                                                        "t68"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t68"."_end"
                                                        END AS "end_date",
                                                        "t7"."first_contact_date",
                                                        "t7"."target_group",
                                                        "t7"."first_absence_date",
                                                        "t7"."sickness_category",
                                                        "t7"."employed",
                                                        "t7"."handover_date",
                                                        "t7"."expected_absence_weeks",
                                                        "t7"."work_obligation",
                                                        "t7"."municipality",
                                                        "t68"."early_followup_request_date",
                                                        "t68"."education_order",
                                                        "t68"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key",
                                                          MAX("t65"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                          MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t64" AS "t65"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t68"
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
                                                      ) AS "t7"
                                                        ON "t68"."_first" = "t7"."_frid"
                                                    ) AS "t69"
                                                    WHERE
                                                      "t69"."benefit" IN ('dagpenge')
                                                  ) AS "t72"
                                                  SEMI JOIN (
                                                    SELECT
                                                      "t2"."person_id" AS "_mpid",
                                                      "t2"."start_date" AS "_mstart"
                                                    FROM "benefit_periods" AS "t2"
                                                    WHERE
                                                      "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                  ) AS "t12"
                                                    ON "t72"."person_id" = "t12"."_mpid"
                                                    AND "t12"."_mstart" >= "t72"."start_date"
                                                    AND (
                                                      (
                                                        "t72"."end_date" IS NULL
                                                      ) OR (
                                                        "t12"."_mstart" <= "t72"."end_date"
                                                      )
                                                    )
                                                ) AS "t75"
                                                WHERE
                                                  CASE
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 6
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                              ) AS "t78"
                                                ON "t72"."person_id" = "t78"."_k_person_id"
                                                AND "t72"."benefit" = "t78"."_k_benefit"
                                                AND "t72"."start_date" = "t78"."_k_start_date"
                                            ) AS "t79"
                                          ) AS "t84"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t80"."person_id" AS "_ipid",
                                              "t80"."benefit" AS "_ibenefit",
                                              "t80"."start_date" AS "_istart",
                                              "t80"."i_start" AS "_i_start",
                                              "t80"."i_end" AS "_i_end",
                                              "t80"."cum_before" AS "_cum"
                                            FROM (
                                              SELECT
                                                "t76"."person_id",
                                                "t76"."benefit",
                                                "t76"."_key" AS "start_date",
                                                "t76"."i_start",
                                                "t76"."i_end",
                                                CAST(COALESCE(
                                                  SUM("t76"."_len") OVER (
                                                    PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                                    ORDER BY "t76"."i_start" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ),
                                                  0
                                                ) AS INT) AS "cum_before"
                                              FROM (
                                                SELECT
                                                  "t74"."person_id",
                                                  "t74"."benefit",
                                                  "t74"."_key",
                                                  "t74"."_island",
                                                  "t74"."i_start",
                                                  "t74"."i_end",
                                                  CASE
                                                    WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN 0
                                                    ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                                  END AS "_len"
                                                FROM (
                                                  SELECT
                                                    "t73"."person_id",
                                                    "t73"."benefit",
                                                    "t73"."_key",
                                                    "t73"."_island",
                                                    MIN("t73"."start_date") AS "i_start",
                                                    MAX("t73"."_end") AS "i_end"
                                                  FROM (
                                                    SELECT
                                                      "t70"."person_id",
                                                      "t70"."benefit",
                                                      "t70"."start_date",
                                                      "t70"."_end",
                                                      "t70"."_key",
                                                      "t70"."_acc",
                                                      "t70"."_rid",
                                                      "t70"."early_followup_request_date",
                                                      "t70"."education_order",
                                                      "t70"."_new",
                                                      SUM("t70"."_new") OVER (
                                                        PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                        ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                      ) AS "_island"
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
                                                        CASE
                                                          WHEN MAX("t66"."_end") OVER (
                                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) IS NULL
                                                          THEN 1
                                                          WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                          THEN 1
                                                          ELSE 0
                                                        END AS "_new"
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM "t64" AS "t65"
                                                        WHERE
                                                          "t65"."_acc"
                                                      ) AS "t66"
                                                    ) AS "t70"
                                                  ) AS "t73"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3,
                                                    4
                                                ) AS "t74"
                                              ) AS "t76"
                                            ) AS "t80"
                                          ) AS "t82"
                                            ON "t84"."person_id" = "t82"."_ipid"
                                            AND "t84"."benefit" = "t82"."_ibenefit"
                                            AND "t84"."start_date" = "t82"."_istart"
                                            AND "t82"."_cum" < "t84"."_needed"
                                            AND (
                                              (
                                                "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                              )
                                              OR (
                                                (
                                                  "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                                ) >= "t84"."_needed"
                                              )
                                            )
                                        ) AS "t85"
                                      ) AS "t86"
                                    ) AS "t87"
                                  ) AS "t88"
                                ) AS "t90"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t93"."person_id",
                                    "t93"."benefit",
                                    "t93"."start_date",
                                    CAST(SUM(
                                      DATE_DIFF(
                                        'DAY',
                                        GREATEST("t93"."_ex_start", "t93"."_from"),
                                        LEAST("t93"."_ex_end", "t93"."_to")
                                      ) + 1
                                    ) AS INT) AS "exempt_days",
                                    BOOL_OR(
                                      CAST((
                                        "t93"."_ex_start" <= CAST($as_of AS DATE)
                                      )
                                      AND (
                                        "t93"."_ex_end" >= CAST($as_of AS DATE)
                                      ) AS BOOLEAN)
                                    ) AS "exempt_now",
                                    ARRAY_TO_STRING(
                                      LIST_SORT(
                                        ARRAY_AGG(
                                          CASE
                                            WHEN CAST("t93"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t93"."_ex_end" AS TEXT) IS NULL
                                            OR "t93"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t93"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t93"."_ex_end" AS TEXT),
                                              ' (',
                                              "t93"."_ex_reason",
                                              ')'
                                            )
                                          END
                                        ) FILTER(WHERE
                                          CASE
                                            WHEN CAST("t93"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t93"."_ex_end" AS TEXT) IS NULL
                                            OR "t93"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t93"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t93"."_ex_end" AS TEXT),
                                              ' (',
                                              "t93"."_ex_reason",
                                              ')'
                                            )
                                          END IS NOT NULL)
                                      ),
                                      ', '
                                    ) AS "exemption_note"
                                  FROM (
                                    SELECT
                                      "t92"."person_id",
                                      "t92"."benefit",
                                      "t92"."start_date",
                                      "t92"."_from",
                                      "t92"."_to",
                                      "t11"."_pid",
                                      "t11"."_ex_start",
                                      "t11"."_ex_end",
                                      "t11"."_ex_reason"
                                    FROM (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."start_date",
                                        "t89"."window_start" AS "_from",
                                        "t89"."due0" AS "_to"
                                      FROM (
                                        SELECT
                                          "t88".*
                                          EXCLUDE ("_point")
                                        FROM (
                                          SELECT
                                            "t87"."person_id",
                                            "t87"."benefit",
                                            "t87"."start_date",
                                            "t87"."end_date",
                                            "t87"."first_contact_date",
                                            "t87"."target_group",
                                            "t87"."first_absence_date",
                                            "t87"."sickness_category",
                                            "t87"."employed",
                                            "t87"."handover_date",
                                            "t87"."expected_absence_weeks",
                                            "t87"."work_obligation",
                                            "t87"."municipality",
                                            "t87"."early_followup_request_date",
                                            "t87"."education_order",
                                            "t87"."periods",
                                            "t87"."window_start",
                                            "t87"."required",
                                            "t87"."required_joint",
                                            "t87"."in_force",
                                            "t87"."_end_unconfirmed",
                                            "t87"."_point",
                                            CAST(CAST("t87"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                          FROM (
                                            SELECT
                                              "t86".*
                                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                                "t85"."_plain",
                                                "t85"."_needed",
                                                "t85"."_ipid",
                                                "t85"."_ibenefit",
                                                "t85"."_istart",
                                                "t85"."_i_start",
                                                "t85"."_i_end",
                                                "t85"."_cum",
                                                CASE
                                                  WHEN "t85"."_i_start" IS NOT NULL
                                                  THEN CAST(CAST("t85"."_i_start" + TO_DAYS(CAST("t85"."_needed" - "t85"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                  ELSE "t85"."_plain"
                                                END AS "_point"
                                              FROM (
                                                SELECT
                                                  "t84"."person_id",
                                                  "t84"."benefit",
                                                  "t84"."start_date",
                                                  "t84"."end_date",
                                                  "t84"."first_contact_date",
                                                  "t84"."target_group",
                                                  "t84"."first_absence_date",
                                                  "t84"."sickness_category",
                                                  "t84"."employed",
                                                  "t84"."handover_date",
                                                  "t84"."expected_absence_weeks",
                                                  "t84"."work_obligation",
                                                  "t84"."municipality",
                                                  "t84"."early_followup_request_date",
                                                  "t84"."education_order",
                                                  "t84"."periods",
                                                  "t84"."window_start",
                                                  "t84"."required",
                                                  "t84"."required_joint",
                                                  "t84"."in_force",
                                                  "t84"."_end_unconfirmed",
                                                  "t84"."_plain",
                                                  "t84"."_needed",
                                                  "t82"."_ipid",
                                                  "t82"."_ibenefit",
                                                  "t82"."_istart",
                                                  "t82"."_i_start",
                                                  "t82"."_i_end",
                                                  "t82"."_cum"
                                                FROM (
                                                  SELECT
                                                    "t79"."person_id",
                                                    "t79"."benefit",
                                                    "t79"."start_date",
                                                    "t79"."end_date",
                                                    "t79"."first_contact_date",
                                                    "t79"."target_group",
                                                    "t79"."first_absence_date",
                                                    "t79"."sickness_category",
                                                    "t79"."employed",
                                                    "t79"."handover_date",
                                                    "t79"."expected_absence_weeks",
                                                    "t79"."work_obligation",
                                                    "t79"."municipality",
                                                    "t79"."early_followup_request_date",
                                                    "t79"."education_order",
                                                    "t79"."periods",
                                                    "t79"."start_date" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t79"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          CASE WHEN "t79"."benefit" IS NULL THEN NULL ELSE CONCAT("t79"."benefit", ':') END || COALESCE("t79"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t79"."start_date",
                                                      CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
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
                                                      "t72"."periods"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          "t68"."person_id",
                                                          "t68"."benefit",
                                                          "t68"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t68"."_end"
                                                          END AS "end_date",
                                                          "t7"."first_contact_date",
                                                          "t7"."target_group",
                                                          "t7"."first_absence_date",
                                                          "t7"."sickness_category",
                                                          "t7"."employed",
                                                          "t7"."handover_date",
                                                          "t7"."expected_absence_weeks",
                                                          "t7"."work_obligation",
                                                          "t7"."municipality",
                                                          "t68"."early_followup_request_date",
                                                          "t68"."education_order",
                                                          "t68"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t65"."person_id",
                                                            "t65"."benefit",
                                                            "t65"."_key",
                                                            MAX("t65"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                            MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t64" AS "t65"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t68"
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
                                                        ) AS "t7"
                                                          ON "t68"."_first" = "t7"."_frid"
                                                      ) AS "t69"
                                                      WHERE
                                                        "t69"."benefit" IN ('dagpenge')
                                                    ) AS "t72"
                                                    ANTI JOIN (
                                                      SELECT
                                                        "t75"."person_id" AS "_k_person_id",
                                                        "t75"."benefit" AS "_k_benefit",
                                                        "t75"."start_date" AS "_k_start_date"
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
                                                          "t72"."periods"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t68"."person_id",
                                                              "t68"."benefit",
                                                              "t68"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t68"."_end"
                                                              END AS "end_date",
                                                              "t7"."first_contact_date",
                                                              "t7"."target_group",
                                                              "t7"."first_absence_date",
                                                              "t7"."sickness_category",
                                                              "t7"."employed",
                                                              "t7"."handover_date",
                                                              "t7"."expected_absence_weeks",
                                                              "t7"."work_obligation",
                                                              "t7"."municipality",
                                                              "t68"."early_followup_request_date",
                                                              "t68"."education_order",
                                                              "t68"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key",
                                                                MAX("t65"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                                MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t64" AS "t65"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t68"
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
                                                            ) AS "t7"
                                                              ON "t68"."_first" = "t7"."_frid"
                                                          ) AS "t69"
                                                          WHERE
                                                            "t69"."benefit" IN ('dagpenge')
                                                        ) AS "t72"
                                                        SEMI JOIN (
                                                          SELECT
                                                            "t2"."person_id" AS "_mpid",
                                                            "t2"."start_date" AS "_mstart"
                                                          FROM "benefit_periods" AS "t2"
                                                          WHERE
                                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                        ) AS "t12"
                                                          ON "t72"."person_id" = "t12"."_mpid"
                                                          AND "t12"."_mstart" >= "t72"."start_date"
                                                          AND (
                                                            (
                                                              "t72"."end_date" IS NULL
                                                            ) OR (
                                                              "t12"."_mstart" <= "t72"."end_date"
                                                            )
                                                          )
                                                      ) AS "t75"
                                                      WHERE
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 6
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                    ) AS "t78"
                                                      ON "t72"."person_id" = "t78"."_k_person_id"
                                                      AND "t72"."benefit" = "t78"."_k_benefit"
                                                      AND "t72"."start_date" = "t78"."_k_start_date"
                                                  ) AS "t79"
                                                ) AS "t84"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t80"."person_id" AS "_ipid",
                                                    "t80"."benefit" AS "_ibenefit",
                                                    "t80"."start_date" AS "_istart",
                                                    "t80"."i_start" AS "_i_start",
                                                    "t80"."i_end" AS "_i_end",
                                                    "t80"."cum_before" AS "_cum"
                                                  FROM (
                                                    SELECT
                                                      "t76"."person_id",
                                                      "t76"."benefit",
                                                      "t76"."_key" AS "start_date",
                                                      "t76"."i_start",
                                                      "t76"."i_end",
                                                      CAST(COALESCE(
                                                        SUM("t76"."_len") OVER (
                                                          PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                                          ORDER BY "t76"."i_start" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ),
                                                        0
                                                      ) AS INT) AS "cum_before"
                                                    FROM (
                                                      SELECT
                                                        "t74"."person_id",
                                                        "t74"."benefit",
                                                        "t74"."_key",
                                                        "t74"."_island",
                                                        "t74"."i_start",
                                                        "t74"."i_end",
                                                        CASE
                                                          WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN 0
                                                          ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                                        END AS "_len"
                                                      FROM (
                                                        SELECT
                                                          "t73"."person_id",
                                                          "t73"."benefit",
                                                          "t73"."_key",
                                                          "t73"."_island",
                                                          MIN("t73"."start_date") AS "i_start",
                                                          MAX("t73"."_end") AS "i_end"
                                                        FROM (
                                                          SELECT
                                                            "t70"."person_id",
                                                            "t70"."benefit",
                                                            "t70"."start_date",
                                                            "t70"."_end",
                                                            "t70"."_key",
                                                            "t70"."_acc",
                                                            "t70"."_rid",
                                                            "t70"."early_followup_request_date",
                                                            "t70"."education_order",
                                                            "t70"."_new",
                                                            SUM("t70"."_new") OVER (
                                                              PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                              ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS "_island"
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
                                                              CASE
                                                                WHEN MAX("t66"."_end") OVER (
                                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) IS NULL
                                                                THEN 1
                                                                WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                THEN 1
                                                                ELSE 0
                                                              END AS "_new"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM "t64" AS "t65"
                                                              WHERE
                                                                "t65"."_acc"
                                                            ) AS "t66"
                                                          ) AS "t70"
                                                        ) AS "t73"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3,
                                                          4
                                                      ) AS "t74"
                                                    ) AS "t76"
                                                  ) AS "t80"
                                                ) AS "t82"
                                                  ON "t84"."person_id" = "t82"."_ipid"
                                                  AND "t84"."benefit" = "t82"."_ibenefit"
                                                  AND "t84"."start_date" = "t82"."_istart"
                                                  AND "t82"."_cum" < "t84"."_needed"
                                                  AND (
                                                    (
                                                      "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                    )
                                                    OR (
                                                      (
                                                        "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                                      ) >= "t84"."_needed"
                                                    )
                                                  )
                                              ) AS "t85"
                                            ) AS "t86"
                                          ) AS "t87"
                                        ) AS "t88"
                                      ) AS "t89"
                                    ) AS "t92"
                                    INNER JOIN (
                                      SELECT
                                        "t1"."person_id" AS "_pid",
                                        "t1"."start_date" AS "_ex_start",
                                        "t1"."end_date" AS "_ex_end",
                                        "t1"."reason" AS "_ex_reason"
                                      FROM "exemptions" AS "t1"
                                      WHERE
                                        "t1"."start_date" <= CAST($as_of AS DATE)
                                    ) AS "t11"
                                      ON "t92"."person_id" = "t11"."_pid"
                                      AND "t11"."_ex_start" <= "t92"."_to"
                                      AND "t11"."_ex_end" >= "t92"."_from"
                                  ) AS "t93"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t95"
                                  ON "t90"."person_id" = "t95"."person_id"
                                  AND "t90"."benefit" = "t95"."benefit"
                                  AND "t90"."start_date" = "t95"."start_date"
                              ) AS "t96"
                            ) AS "t97"
                          ) AS "t99"
                          LEFT OUTER JOIN (
                            SELECT
                              "t80"."person_id" AS "_ipid",
                              "t80"."benefit" AS "_ibenefit",
                              "t80"."start_date" AS "_istart",
                              "t80"."i_start" AS "_i_start",
                              "t80"."i_end" AS "_i_end",
                              "t80"."cum_before" AS "_cum"
                            FROM (
                              SELECT
                                "t76"."person_id",
                                "t76"."benefit",
                                "t76"."_key" AS "start_date",
                                "t76"."i_start",
                                "t76"."i_end",
                                CAST(COALESCE(
                                  SUM("t76"."_len") OVER (
                                    PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                    ORDER BY "t76"."i_start" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ),
                                  0
                                ) AS INT) AS "cum_before"
                              FROM (
                                SELECT
                                  "t74"."person_id",
                                  "t74"."benefit",
                                  "t74"."_key",
                                  "t74"."_island",
                                  "t74"."i_start",
                                  "t74"."i_end",
                                  CASE
                                    WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                    THEN 0
                                    ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                  END AS "_len"
                                FROM (
                                  SELECT
                                    "t73"."person_id",
                                    "t73"."benefit",
                                    "t73"."_key",
                                    "t73"."_island",
                                    MIN("t73"."start_date") AS "i_start",
                                    MAX("t73"."_end") AS "i_end"
                                  FROM (
                                    SELECT
                                      "t70"."person_id",
                                      "t70"."benefit",
                                      "t70"."start_date",
                                      "t70"."_end",
                                      "t70"."_key",
                                      "t70"."_acc",
                                      "t70"."_rid",
                                      "t70"."early_followup_request_date",
                                      "t70"."education_order",
                                      "t70"."_new",
                                      SUM("t70"."_new") OVER (
                                        PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                        ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) AS "_island"
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
                                        CASE
                                          WHEN MAX("t66"."_end") OVER (
                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) IS NULL
                                          THEN 1
                                          WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                          THEN 1
                                          ELSE 0
                                        END AS "_new"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "t64" AS "t65"
                                        WHERE
                                          "t65"."_acc"
                                      ) AS "t66"
                                    ) AS "t70"
                                  ) AS "t73"
                                  GROUP BY
                                    1,
                                    2,
                                    3,
                                    4
                                ) AS "t74"
                              ) AS "t76"
                            ) AS "t80"
                          ) AS "t82"
                            ON "t99"."person_id" = "t82"."_ipid"
                            AND "t99"."benefit" = "t82"."_ibenefit"
                            AND "t99"."start_date" = "t82"."_istart"
                            AND "t82"."_cum" < "t99"."_needed"
                            AND (
                              (
                                "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                              )
                              OR (
                                (
                                  "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                ) >= "t99"."_needed"
                              )
                            )
                        ) AS "t100"
                      ) AS "t101"
                    ) AS "t102"
                  ) AS "t110"
                  INNER JOIN (
                    SELECT
                      *
                    FROM "conversations" AS "t0"
                    WHERE
                      "t0"."status" = 'afholdt'
                      AND COALESCE("t0"."individual", TRUE)
                      AND "t0"."date" <= CAST($as_of AS DATE)
                      AND "t0"."kind" IN ('faellessamtale')
                  ) AS "t9"
                    ON "t110"."person_id" = "t9"."person_id"
                    AND "t9"."date" >= "t110"."_first"
                    AND "t9"."date" <= "t110"."_last"
                ) AS "t112"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t112"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['jobcenter', 'anden_aktoer']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t112"."held_by"
                    ),
                    FALSE
                  )
                  AND COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t112"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t112"."form"
                    ),
                    FALSE
                  )
              ) AS "t116"
              INNER JOIN (
                SELECT
                  "t102"."person_id",
                  "t102"."benefit",
                  "t102"."start_date",
                  "t102"."required_joint" AS "_n",
                  "t102"."due_date" AS "_due"
                FROM (
                  SELECT
                    "t101".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                  FROM (
                    SELECT
                      "t100"."person_id",
                      "t100"."benefit",
                      "t100"."start_date",
                      "t100"."end_date",
                      "t100"."first_contact_date",
                      "t100"."target_group",
                      "t100"."first_absence_date",
                      "t100"."sickness_category",
                      "t100"."employed",
                      "t100"."handover_date",
                      "t100"."expected_absence_weeks",
                      "t100"."work_obligation",
                      "t100"."municipality",
                      "t100"."early_followup_request_date",
                      "t100"."education_order",
                      "t100"."periods",
                      "t100"."window_start",
                      "t100"."required",
                      "t100"."required_joint",
                      "t100"."in_force",
                      "t100"."_end_unconfirmed",
                      "t100"."due0",
                      "t100"."exempt_days",
                      "t100"."exempt_now",
                      "t100"."exemption_note",
                      "t100"."due_date",
                      "t100"."_plain",
                      "t100"."_needed",
                      "t100"."_ipid",
                      "t100"."_ibenefit",
                      "t100"."_istart",
                      "t100"."_i_start",
                      "t100"."_i_end",
                      "t100"."_cum",
                      CASE
                        WHEN "t100"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t100"."_i_start" + TO_DAYS(CAST("t100"."_needed" - "t100"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t100"."_plain"
                      END AS "_count_from"
                    FROM (
                      SELECT
                        "t99"."person_id",
                        "t99"."benefit",
                        "t99"."start_date",
                        "t99"."end_date",
                        "t99"."first_contact_date",
                        "t99"."target_group",
                        "t99"."first_absence_date",
                        "t99"."sickness_category",
                        "t99"."employed",
                        "t99"."handover_date",
                        "t99"."expected_absence_weeks",
                        "t99"."work_obligation",
                        "t99"."municipality",
                        "t99"."early_followup_request_date",
                        "t99"."education_order",
                        "t99"."periods",
                        "t99"."window_start",
                        "t99"."required",
                        "t99"."required_joint",
                        "t99"."in_force",
                        "t99"."_end_unconfirmed",
                        "t99"."due0",
                        "t99"."exempt_days",
                        "t99"."exempt_now",
                        "t99"."exemption_note",
                        "t99"."due_date",
                        "t99"."_plain",
                        "t99"."_needed",
                        "t82"."_ipid",
                        "t82"."_ibenefit",
                        "t82"."_istart",
                        "t82"."_i_start",
                        "t82"."_i_end",
                        "t82"."_cum"
                      FROM (
                        SELECT
                          "t97"."person_id",
                          "t97"."benefit",
                          "t97"."start_date",
                          "t97"."end_date",
                          "t97"."first_contact_date",
                          "t97"."target_group",
                          "t97"."first_absence_date",
                          "t97"."sickness_category",
                          "t97"."employed",
                          "t97"."handover_date",
                          "t97"."expected_absence_weeks",
                          "t97"."work_obligation",
                          "t97"."municipality",
                          "t97"."early_followup_request_date",
                          "t97"."education_order",
                          "t97"."periods",
                          "t97"."window_start",
                          "t97"."required",
                          "t97"."required_joint",
                          "t97"."in_force",
                          "t97"."_end_unconfirmed",
                          "t97"."due0",
                          COALESCE("t97"."exempt_days", 0) AS "exempt_days",
                          COALESCE("t97"."exempt_now", FALSE) AS "exempt_now",
                          COALESCE("t97"."exemption_note", '') AS "exemption_note",
                          CAST(CAST("t97"."due0" + TO_DAYS(
                            CASE
                              WHEN COALESCE(
                                CASE
                                  WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN TRUE
                                  ELSE CAST(NULL AS BOOLEAN)
                                END,
                                FALSE
                              )
                              THEN COALESCE("t97"."exempt_days", 0)
                              ELSE 0
                            END
                          ) AS TIMESTAMP) AS DATE) AS "due_date",
                          CAST(CAST("t97"."window_start" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                                THEN 3
                                WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 0
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t97"."window_start",
                            CAST(CAST("t97"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t97"."window_start" >= MAKE_DATE(2024, 1, 1)
                                  THEN 3
                                  WHEN "t97"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 0
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
                        FROM (
                          SELECT
                            "t96".*
                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                          FROM (
                            SELECT
                              "t90"."person_id",
                              "t90"."benefit",
                              "t90"."start_date",
                              "t90"."end_date",
                              "t90"."first_contact_date",
                              "t90"."target_group",
                              "t90"."first_absence_date",
                              "t90"."sickness_category",
                              "t90"."employed",
                              "t90"."handover_date",
                              "t90"."expected_absence_weeks",
                              "t90"."work_obligation",
                              "t90"."municipality",
                              "t90"."early_followup_request_date",
                              "t90"."education_order",
                              "t90"."periods",
                              "t90"."window_start",
                              "t90"."required",
                              "t90"."required_joint",
                              "t90"."in_force",
                              "t90"."_end_unconfirmed",
                              "t90"."due0",
                              "t95"."person_id" AS "person_id_right",
                              "t95"."benefit" AS "benefit_right",
                              "t95"."start_date" AS "start_date_right",
                              "t95"."exempt_days",
                              "t95"."exempt_now",
                              "t95"."exemption_note"
                            FROM (
                              SELECT
                                "t88".*
                                EXCLUDE ("_point")
                              FROM (
                                SELECT
                                  "t87"."person_id",
                                  "t87"."benefit",
                                  "t87"."start_date",
                                  "t87"."end_date",
                                  "t87"."first_contact_date",
                                  "t87"."target_group",
                                  "t87"."first_absence_date",
                                  "t87"."sickness_category",
                                  "t87"."employed",
                                  "t87"."handover_date",
                                  "t87"."expected_absence_weeks",
                                  "t87"."work_obligation",
                                  "t87"."municipality",
                                  "t87"."early_followup_request_date",
                                  "t87"."education_order",
                                  "t87"."periods",
                                  "t87"."window_start",
                                  "t87"."required",
                                  "t87"."required_joint",
                                  "t87"."in_force",
                                  "t87"."_end_unconfirmed",
                                  "t87"."_point",
                                  CAST(CAST("t87"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t86".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                      "t85"."_plain",
                                      "t85"."_needed",
                                      "t85"."_ipid",
                                      "t85"."_ibenefit",
                                      "t85"."_istart",
                                      "t85"."_i_start",
                                      "t85"."_i_end",
                                      "t85"."_cum",
                                      CASE
                                        WHEN "t85"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t85"."_i_start" + TO_DAYS(CAST("t85"."_needed" - "t85"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t85"."_plain"
                                      END AS "_point"
                                    FROM (
                                      SELECT
                                        "t84"."person_id",
                                        "t84"."benefit",
                                        "t84"."start_date",
                                        "t84"."end_date",
                                        "t84"."first_contact_date",
                                        "t84"."target_group",
                                        "t84"."first_absence_date",
                                        "t84"."sickness_category",
                                        "t84"."employed",
                                        "t84"."handover_date",
                                        "t84"."expected_absence_weeks",
                                        "t84"."work_obligation",
                                        "t84"."municipality",
                                        "t84"."early_followup_request_date",
                                        "t84"."education_order",
                                        "t84"."periods",
                                        "t84"."window_start",
                                        "t84"."required",
                                        "t84"."required_joint",
                                        "t84"."in_force",
                                        "t84"."_end_unconfirmed",
                                        "t84"."_plain",
                                        "t84"."_needed",
                                        "t82"."_ipid",
                                        "t82"."_ibenefit",
                                        "t82"."_istart",
                                        "t82"."_i_start",
                                        "t82"."_i_end",
                                        "t82"."_cum"
                                      FROM (
                                        SELECT
                                          "t79"."person_id",
                                          "t79"."benefit",
                                          "t79"."start_date",
                                          "t79"."end_date",
                                          "t79"."first_contact_date",
                                          "t79"."target_group",
                                          "t79"."first_absence_date",
                                          "t79"."sickness_category",
                                          "t79"."employed",
                                          "t79"."handover_date",
                                          "t79"."expected_absence_weeks",
                                          "t79"."work_obligation",
                                          "t79"."municipality",
                                          "t79"."early_followup_request_date",
                                          "t79"."education_order",
                                          "t79"."periods",
                                          "t79"."start_date" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(
                                            CASE
                                              WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required",
                                          COALESCE(
                                            CASE
                                              WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t79"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                CASE WHEN "t79"."benefit" IS NULL THEN NULL ELSE CONCAT("t79"."benefit", ':') END || COALESCE("t79"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t79"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t79"."start_date",
                                            CAST(CAST("t79"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
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
                                            "t72"."periods"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t68"."person_id",
                                                "t68"."benefit",
                                                "t68"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t68"."_end"
                                                END AS "end_date",
                                                "t7"."first_contact_date",
                                                "t7"."target_group",
                                                "t7"."first_absence_date",
                                                "t7"."sickness_category",
                                                "t7"."employed",
                                                "t7"."handover_date",
                                                "t7"."expected_absence_weeks",
                                                "t7"."work_obligation",
                                                "t7"."municipality",
                                                "t68"."early_followup_request_date",
                                                "t68"."education_order",
                                                "t68"."periods"
                                              FROM (
                                                SELECT
                                                  "t65"."person_id",
                                                  "t65"."benefit",
                                                  "t65"."_key",
                                                  MAX("t65"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                  MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t64" AS "t65"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t68"
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
                                              ) AS "t7"
                                                ON "t68"."_first" = "t7"."_frid"
                                            ) AS "t69"
                                            WHERE
                                              "t69"."benefit" IN ('dagpenge')
                                          ) AS "t72"
                                          ANTI JOIN (
                                            SELECT
                                              "t75"."person_id" AS "_k_person_id",
                                              "t75"."benefit" AS "_k_benefit",
                                              "t75"."start_date" AS "_k_start_date"
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
                                                "t72"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t68"."person_id",
                                                    "t68"."benefit",
                                                    "t68"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t68"."_end"
                                                    END AS "end_date",
                                                    "t7"."first_contact_date",
                                                    "t7"."target_group",
                                                    "t7"."first_absence_date",
                                                    "t7"."sickness_category",
                                                    "t7"."employed",
                                                    "t7"."handover_date",
                                                    "t7"."expected_absence_weeks",
                                                    "t7"."work_obligation",
                                                    "t7"."municipality",
                                                    "t68"."early_followup_request_date",
                                                    "t68"."education_order",
                                                    "t68"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t65"."person_id",
                                                      "t65"."benefit",
                                                      "t65"."_key",
                                                      MAX("t65"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                      MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t64" AS "t65"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t68"
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
                                                  ) AS "t7"
                                                    ON "t68"."_first" = "t7"."_frid"
                                                ) AS "t69"
                                                WHERE
                                                  "t69"."benefit" IN ('dagpenge')
                                              ) AS "t72"
                                              SEMI JOIN (
                                                SELECT
                                                  "t2"."person_id" AS "_mpid",
                                                  "t2"."start_date" AS "_mstart"
                                                FROM "benefit_periods" AS "t2"
                                                WHERE
                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                              ) AS "t12"
                                                ON "t72"."person_id" = "t12"."_mpid"
                                                AND "t12"."_mstart" >= "t72"."start_date"
                                                AND (
                                                  (
                                                    "t72"."end_date" IS NULL
                                                  ) OR (
                                                    "t12"."_mstart" <= "t72"."end_date"
                                                  )
                                                )
                                            ) AS "t75"
                                            WHERE
                                              CASE
                                                WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                          ) AS "t78"
                                            ON "t72"."person_id" = "t78"."_k_person_id"
                                            AND "t72"."benefit" = "t78"."_k_benefit"
                                            AND "t72"."start_date" = "t78"."_k_start_date"
                                        ) AS "t79"
                                      ) AS "t84"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t80"."person_id" AS "_ipid",
                                          "t80"."benefit" AS "_ibenefit",
                                          "t80"."start_date" AS "_istart",
                                          "t80"."i_start" AS "_i_start",
                                          "t80"."i_end" AS "_i_end",
                                          "t80"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t76"."person_id",
                                            "t76"."benefit",
                                            "t76"."_key" AS "start_date",
                                            "t76"."i_start",
                                            "t76"."i_end",
                                            CAST(COALESCE(
                                              SUM("t76"."_len") OVER (
                                                PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                                ORDER BY "t76"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t74"."person_id",
                                              "t74"."benefit",
                                              "t74"."_key",
                                              "t74"."_island",
                                              "t74"."i_start",
                                              "t74"."i_end",
                                              CASE
                                                WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t73"."person_id",
                                                "t73"."benefit",
                                                "t73"."_key",
                                                "t73"."_island",
                                                MIN("t73"."start_date") AS "i_start",
                                                MAX("t73"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t70"."person_id",
                                                  "t70"."benefit",
                                                  "t70"."start_date",
                                                  "t70"."_end",
                                                  "t70"."_key",
                                                  "t70"."_acc",
                                                  "t70"."_rid",
                                                  "t70"."early_followup_request_date",
                                                  "t70"."education_order",
                                                  "t70"."_new",
                                                  SUM("t70"."_new") OVER (
                                                    PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                    ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
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
                                                    CASE
                                                      WHEN MAX("t66"."_end") OVER (
                                                        PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                        ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                        PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                        ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t64" AS "t65"
                                                    WHERE
                                                      "t65"."_acc"
                                                  ) AS "t66"
                                                ) AS "t70"
                                              ) AS "t73"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t74"
                                          ) AS "t76"
                                        ) AS "t80"
                                      ) AS "t82"
                                        ON "t84"."person_id" = "t82"."_ipid"
                                        AND "t84"."benefit" = "t82"."_ibenefit"
                                        AND "t84"."start_date" = "t82"."_istart"
                                        AND "t82"."_cum" < "t84"."_needed"
                                        AND (
                                          (
                                            "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                            ) >= "t84"."_needed"
                                          )
                                        )
                                    ) AS "t85"
                                  ) AS "t86"
                                ) AS "t87"
                              ) AS "t88"
                            ) AS "t90"
                            LEFT OUTER JOIN (
                              SELECT
                                "t93"."person_id",
                                "t93"."benefit",
                                "t93"."start_date",
                                CAST(SUM(
                                  DATE_DIFF(
                                    'DAY',
                                    GREATEST("t93"."_ex_start", "t93"."_from"),
                                    LEAST("t93"."_ex_end", "t93"."_to")
                                  ) + 1
                                ) AS INT) AS "exempt_days",
                                BOOL_OR(
                                  CAST((
                                    "t93"."_ex_start" <= CAST($as_of AS DATE)
                                  )
                                  AND (
                                    "t93"."_ex_end" >= CAST($as_of AS DATE)
                                  ) AS BOOLEAN)
                                ) AS "exempt_now",
                                ARRAY_TO_STRING(
                                  LIST_SORT(
                                    ARRAY_AGG(
                                      CASE
                                        WHEN CAST("t93"."_ex_start" AS TEXT) IS NULL
                                        OR CAST("t93"."_ex_end" AS TEXT) IS NULL
                                        OR "t93"."_ex_reason" IS NULL
                                        THEN NULL
                                        ELSE CONCAT(
                                          'fritaget ',
                                          CAST("t93"."_ex_start" AS TEXT),
                                          '–',
                                          CAST("t93"."_ex_end" AS TEXT),
                                          ' (',
                                          "t93"."_ex_reason",
                                          ')'
                                        )
                                      END
                                    ) FILTER(WHERE
                                      CASE
                                        WHEN CAST("t93"."_ex_start" AS TEXT) IS NULL
                                        OR CAST("t93"."_ex_end" AS TEXT) IS NULL
                                        OR "t93"."_ex_reason" IS NULL
                                        THEN NULL
                                        ELSE CONCAT(
                                          'fritaget ',
                                          CAST("t93"."_ex_start" AS TEXT),
                                          '–',
                                          CAST("t93"."_ex_end" AS TEXT),
                                          ' (',
                                          "t93"."_ex_reason",
                                          ')'
                                        )
                                      END IS NOT NULL)
                                  ),
                                  ', '
                                ) AS "exemption_note"
                              FROM (
                                SELECT
                                  "t92"."person_id",
                                  "t92"."benefit",
                                  "t92"."start_date",
                                  "t92"."_from",
                                  "t92"."_to",
                                  "t11"."_pid",
                                  "t11"."_ex_start",
                                  "t11"."_ex_end",
                                  "t11"."_ex_reason"
                                FROM (
                                  SELECT
                                    "t89"."person_id",
                                    "t89"."benefit",
                                    "t89"."start_date",
                                    "t89"."window_start" AS "_from",
                                    "t89"."due0" AS "_to"
                                  FROM (
                                    SELECT
                                      "t88".*
                                      EXCLUDE ("_point")
                                    FROM (
                                      SELECT
                                        "t87"."person_id",
                                        "t87"."benefit",
                                        "t87"."start_date",
                                        "t87"."end_date",
                                        "t87"."first_contact_date",
                                        "t87"."target_group",
                                        "t87"."first_absence_date",
                                        "t87"."sickness_category",
                                        "t87"."employed",
                                        "t87"."handover_date",
                                        "t87"."expected_absence_weeks",
                                        "t87"."work_obligation",
                                        "t87"."municipality",
                                        "t87"."early_followup_request_date",
                                        "t87"."education_order",
                                        "t87"."periods",
                                        "t87"."window_start",
                                        "t87"."required",
                                        "t87"."required_joint",
                                        "t87"."in_force",
                                        "t87"."_end_unconfirmed",
                                        "t87"."_point",
                                        CAST(CAST("t87"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                      FROM (
                                        SELECT
                                          "t86".*
                                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                            "t85"."_plain",
                                            "t85"."_needed",
                                            "t85"."_ipid",
                                            "t85"."_ibenefit",
                                            "t85"."_istart",
                                            "t85"."_i_start",
                                            "t85"."_i_end",
                                            "t85"."_cum",
                                            CASE
                                              WHEN "t85"."_i_start" IS NOT NULL
                                              THEN CAST(CAST("t85"."_i_start" + TO_DAYS(CAST("t85"."_needed" - "t85"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                              ELSE "t85"."_plain"
                                            END AS "_point"
                                          FROM (
                                            SELECT
                                              "t84"."person_id",
                                              "t84"."benefit",
                                              "t84"."start_date",
                                              "t84"."end_date",
                                              "t84"."first_contact_date",
                                              "t84"."target_group",
                                              "t84"."first_absence_date",
                                              "t84"."sickness_category",
                                              "t84"."employed",
                                              "t84"."handover_date",
                                              "t84"."expected_absence_weeks",
                                              "t84"."work_obligation",
                                              "t84"."municipality",
                                              "t84"."early_followup_request_date",
                                              "t84"."education_order",
                                              "t84"."periods",
                                              "t84"."window_start",
                                              "t84"."required",
                                              "t84"."required_joint",
                                              "t84"."in_force",
                                              "t84"."_end_unconfirmed",
                                              "t84"."_plain",
                                              "t84"."_needed",
                                              "t82"."_ipid",
                                              "t82"."_ibenefit",
                                              "t82"."_istart",
                                              "t82"."_i_start",
                                              "t82"."_i_end",
                                              "t82"."_cum"
                                            FROM (
                                              SELECT
                                                "t79"."person_id",
                                                "t79"."benefit",
                                                "t79"."start_date",
                                                "t79"."end_date",
                                                "t79"."first_contact_date",
                                                "t79"."target_group",
                                                "t79"."first_absence_date",
                                                "t79"."sickness_category",
                                                "t79"."employed",
                                                "t79"."handover_date",
                                                "t79"."expected_absence_weeks",
                                                "t79"."work_obligation",
                                                "t79"."municipality",
                                                "t79"."early_followup_request_date",
                                                "t79"."education_order",
                                                "t79"."periods",
                                                "t79"."start_date" AS "window_start",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) + COALESCE(
                                                  CASE
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required_joint",
                                                (
                                                  CASE
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND (
                                                  CASE
                                                    WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                ) AS "in_force",
                                                COALESCE(
                                                  (
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NULL
                                                  )
                                                  AND COALESCE(
                                                    ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t79"."benefit"
                                                    )
                                                    OR ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      CASE WHEN "t79"."benefit" IS NULL THEN NULL ELSE CONCAT("t79"."benefit", ':') END || COALESCE("t79"."target_group", '')
                                                    ),
                                                    FALSE
                                                  ),
                                                  FALSE
                                                ) AS "_end_unconfirmed",
                                                CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                DATE_DIFF(
                                                  'DAY',
                                                  "t79"."start_date",
                                                  CAST(CAST("t79"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t79"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE)
                                                ) AS "_needed"
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
                                                  "t72"."periods"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      "t68"."person_id",
                                                      "t68"."benefit",
                                                      "t68"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t68"."_end"
                                                      END AS "end_date",
                                                      "t7"."first_contact_date",
                                                      "t7"."target_group",
                                                      "t7"."first_absence_date",
                                                      "t7"."sickness_category",
                                                      "t7"."employed",
                                                      "t7"."handover_date",
                                                      "t7"."expected_absence_weeks",
                                                      "t7"."work_obligation",
                                                      "t7"."municipality",
                                                      "t68"."early_followup_request_date",
                                                      "t68"."education_order",
                                                      "t68"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t65"."person_id",
                                                        "t65"."benefit",
                                                        "t65"."_key",
                                                        MAX("t65"."_end") AS "_end",
                                                        COUNT(*) AS "periods",
                                                        FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                        MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                        BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                      FROM "t64" AS "t65"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t68"
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
                                                    ) AS "t7"
                                                      ON "t68"."_first" = "t7"."_frid"
                                                  ) AS "t69"
                                                  WHERE
                                                    "t69"."benefit" IN ('dagpenge')
                                                ) AS "t72"
                                                ANTI JOIN (
                                                  SELECT
                                                    "t75"."person_id" AS "_k_person_id",
                                                    "t75"."benefit" AS "_k_benefit",
                                                    "t75"."start_date" AS "_k_start_date"
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
                                                      "t72"."periods"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          "t68"."person_id",
                                                          "t68"."benefit",
                                                          "t68"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t68"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t68"."_end"
                                                          END AS "end_date",
                                                          "t7"."first_contact_date",
                                                          "t7"."target_group",
                                                          "t7"."first_absence_date",
                                                          "t7"."sickness_category",
                                                          "t7"."employed",
                                                          "t7"."handover_date",
                                                          "t7"."expected_absence_weeks",
                                                          "t7"."work_obligation",
                                                          "t7"."municipality",
                                                          "t68"."early_followup_request_date",
                                                          "t68"."education_order",
                                                          "t68"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t65"."person_id",
                                                            "t65"."benefit",
                                                            "t65"."_key",
                                                            MAX("t65"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t65"."_rid" ORDER BY "t65"."start_date") AS "_first",
                                                            MIN("t65"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t65"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t64" AS "t65"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t68"
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
                                                        ) AS "t7"
                                                          ON "t68"."_first" = "t7"."_frid"
                                                      ) AS "t69"
                                                      WHERE
                                                        "t69"."benefit" IN ('dagpenge')
                                                    ) AS "t72"
                                                    SEMI JOIN (
                                                      SELECT
                                                        "t2"."person_id" AS "_mpid",
                                                        "t2"."start_date" AS "_mstart"
                                                      FROM "benefit_periods" AS "t2"
                                                      WHERE
                                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                    ) AS "t12"
                                                      ON "t72"."person_id" = "t12"."_mpid"
                                                      AND "t12"."_mstart" >= "t72"."start_date"
                                                      AND (
                                                        (
                                                          "t72"."end_date" IS NULL
                                                        ) OR (
                                                          "t12"."_mstart" <= "t72"."end_date"
                                                        )
                                                      )
                                                  ) AS "t75"
                                                  WHERE
                                                    CASE
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 6
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                ) AS "t78"
                                                  ON "t72"."person_id" = "t78"."_k_person_id"
                                                  AND "t72"."benefit" = "t78"."_k_benefit"
                                                  AND "t72"."start_date" = "t78"."_k_start_date"
                                              ) AS "t79"
                                            ) AS "t84"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t80"."person_id" AS "_ipid",
                                                "t80"."benefit" AS "_ibenefit",
                                                "t80"."start_date" AS "_istart",
                                                "t80"."i_start" AS "_i_start",
                                                "t80"."i_end" AS "_i_end",
                                                "t80"."cum_before" AS "_cum"
                                              FROM (
                                                SELECT
                                                  "t76"."person_id",
                                                  "t76"."benefit",
                                                  "t76"."_key" AS "start_date",
                                                  "t76"."i_start",
                                                  "t76"."i_end",
                                                  CAST(COALESCE(
                                                    SUM("t76"."_len") OVER (
                                                      PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                                      ORDER BY "t76"."i_start" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ),
                                                    0
                                                  ) AS INT) AS "cum_before"
                                                FROM (
                                                  SELECT
                                                    "t74"."person_id",
                                                    "t74"."benefit",
                                                    "t74"."_key",
                                                    "t74"."_island",
                                                    "t74"."i_start",
                                                    "t74"."i_end",
                                                    CASE
                                                      WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN 0
                                                      ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                                                    END AS "_len"
                                                  FROM (
                                                    SELECT
                                                      "t73"."person_id",
                                                      "t73"."benefit",
                                                      "t73"."_key",
                                                      "t73"."_island",
                                                      MIN("t73"."start_date") AS "i_start",
                                                      MAX("t73"."_end") AS "i_end"
                                                    FROM (
                                                      SELECT
                                                        "t70"."person_id",
                                                        "t70"."benefit",
                                                        "t70"."start_date",
                                                        "t70"."_end",
                                                        "t70"."_key",
                                                        "t70"."_acc",
                                                        "t70"."_rid",
                                                        "t70"."early_followup_request_date",
                                                        "t70"."education_order",
                                                        "t70"."_new",
                                                        SUM("t70"."_new") OVER (
                                                          PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                          ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                        ) AS "_island"
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
                                                          CASE
                                                            WHEN MAX("t66"."_end") OVER (
                                                              PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                              ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) IS NULL
                                                            THEN 1
                                                            WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                                              PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                              ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                            THEN 1
                                                            ELSE 0
                                                          END AS "_new"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM "t64" AS "t65"
                                                          WHERE
                                                            "t65"."_acc"
                                                        ) AS "t66"
                                                      ) AS "t70"
                                                    ) AS "t73"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t74"
                                                ) AS "t76"
                                              ) AS "t80"
                                            ) AS "t82"
                                              ON "t84"."person_id" = "t82"."_ipid"
                                              AND "t84"."benefit" = "t82"."_ibenefit"
                                              AND "t84"."start_date" = "t82"."_istart"
                                              AND "t82"."_cum" < "t84"."_needed"
                                              AND (
                                                (
                                                  "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                                                  ) >= "t84"."_needed"
                                                )
                                              )
                                          ) AS "t85"
                                        ) AS "t86"
                                      ) AS "t87"
                                    ) AS "t88"
                                  ) AS "t89"
                                ) AS "t92"
                                INNER JOIN (
                                  SELECT
                                    "t1"."person_id" AS "_pid",
                                    "t1"."start_date" AS "_ex_start",
                                    "t1"."end_date" AS "_ex_end",
                                    "t1"."reason" AS "_ex_reason"
                                  FROM "exemptions" AS "t1"
                                  WHERE
                                    "t1"."start_date" <= CAST($as_of AS DATE)
                                ) AS "t11"
                                  ON "t92"."person_id" = "t11"."_pid"
                                  AND "t11"."_ex_start" <= "t92"."_to"
                                  AND "t11"."_ex_end" >= "t92"."_from"
                              ) AS "t93"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t95"
                              ON "t90"."person_id" = "t95"."person_id"
                              AND "t90"."benefit" = "t95"."benefit"
                              AND "t90"."start_date" = "t95"."start_date"
                          ) AS "t96"
                        ) AS "t97"
                      ) AS "t99"
                      LEFT OUTER JOIN (
                        SELECT
                          "t80"."person_id" AS "_ipid",
                          "t80"."benefit" AS "_ibenefit",
                          "t80"."start_date" AS "_istart",
                          "t80"."i_start" AS "_i_start",
                          "t80"."i_end" AS "_i_end",
                          "t80"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t76"."person_id",
                            "t76"."benefit",
                            "t76"."_key" AS "start_date",
                            "t76"."i_start",
                            "t76"."i_end",
                            CAST(COALESCE(
                              SUM("t76"."_len") OVER (
                                PARTITION BY "t76"."person_id", "t76"."benefit", "t76"."_key"
                                ORDER BY "t76"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t74"."person_id",
                              "t74"."benefit",
                              "t74"."_key",
                              "t74"."_island",
                              "t74"."i_start",
                              "t74"."i_end",
                              CASE
                                WHEN "t74"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t74"."i_start", "t74"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t73"."person_id",
                                "t73"."benefit",
                                "t73"."_key",
                                "t73"."_island",
                                MIN("t73"."start_date") AS "i_start",
                                MAX("t73"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t70"."person_id",
                                  "t70"."benefit",
                                  "t70"."start_date",
                                  "t70"."_end",
                                  "t70"."_key",
                                  "t70"."_acc",
                                  "t70"."_rid",
                                  "t70"."early_followup_request_date",
                                  "t70"."education_order",
                                  "t70"."_new",
                                  SUM("t70"."_new") OVER (
                                    PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                    ORDER BY "t70"."start_date" ASC, "t70"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
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
                                    CASE
                                      WHEN MAX("t66"."_end") OVER (
                                        PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                        ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t66"."start_date" > CAST(CAST(MAX("t66"."_end") OVER (
                                        PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                        ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t64" AS "t65"
                                    WHERE
                                      "t65"."_acc"
                                  ) AS "t66"
                                ) AS "t70"
                              ) AS "t73"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t74"
                          ) AS "t76"
                        ) AS "t80"
                      ) AS "t82"
                        ON "t99"."person_id" = "t82"."_ipid"
                        AND "t99"."benefit" = "t82"."_ibenefit"
                        AND "t99"."start_date" = "t82"."_istart"
                        AND "t82"."_cum" < "t99"."_needed"
                        AND (
                          (
                            "t82"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t82"."_cum" + DATE_DIFF('DAY', "t82"."_i_start", "t82"."_i_end") + 1
                            ) >= "t99"."_needed"
                          )
                        )
                    ) AS "t100"
                  ) AS "t101"
                ) AS "t102"
              ) AS "t106"
                ON "t116"."person_id" = "t106"."person_id"
                AND "t116"."benefit" = "t106"."benefit"
                AND "t116"."start_date" = "t106"."start_date"
            ) AS "t118"
            WHERE
              "t118"."_n" > 0
          ) AS "t120"
          GROUP BY
            1,
            2,
            3
        ) AS "t122"
      ) AS "t126"
        ON "t130"."person_id" = "t126"."person_id"
        AND "t130"."benefit" = "t126"."benefit"
        AND "t130"."start_date" = "t126"."start_date"
    ) AS "t131"
  ) AS "t132"
) AS "t133"
