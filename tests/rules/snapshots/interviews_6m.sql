WITH "t9" AS (
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
), "t12" AS (
  SELECT
    "t10"."person_id",
    COUNT(*) AS "_rows"
  FROM "t9" AS "t10"
  GROUP BY
    1
), "t26" AS (
  SELECT
    *
  FROM (
    SELECT
      "t24"."person_id",
      "t24"."benefit",
      "t24"."start_date",
      "t24"."target_group",
      "t24"."early_followup_request_date",
      "t24"."education_order",
      "t24"."_rid",
      "t24"."_end",
      "t24"."_acc",
      "t24"."_new",
      "t24"."_spell_start"
    FROM (
      SELECT
        "t23"."person_id",
        "t23"."benefit",
        "t23"."start_date",
        "t23"."target_group",
        "t23"."early_followup_request_date",
        "t23"."education_order",
        "t23"."_rid",
        "t23"."_end",
        "t23"."_acc",
        "t23"."_switch",
        "t23"."_run",
        "t23"."_new",
        MAX(CASE WHEN "t23"."_new" = 1 THEN "t23"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
          PARTITION BY "t23"."person_id"
          ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell_start"
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
          CASE
            WHEN (
              "t22"."_switch" = 1
            )
            OR (
              (
                MAX("t22"."_end") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NOT NULL
              )
              AND (
                MAX("t22"."_end") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) < MAKE_DATE(9999, 12, 31)
              )
              AND (
                "t22"."start_date" > CAST(CAST(MAX("t22"."_end") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
              )
              AND (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN ['sygedagpenge']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t22"."benefit"
                  ),
                  FALSE
                )
                OR (
                  (
                    CASE
                      WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    "t22"."start_date" >= CAST(CAST(CASE
                      WHEN EXTRACT(day FROM CAST(CAST(MAX("t22"."_end") OVER (
                        PARTITION BY "t22"."person_id", "t22"."_run"
                        ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                      THEN CAST(CAST(MAX("t22"."_end") OVER (
                        PARTITION BY "t22"."person_id", "t22"."_run"
                        ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ELSE CAST(CAST(DATE_TRUNC(
                        'MONTH',
                        CAST(CAST(MAX("t22"."_end") OVER (
                          PARTITION BY "t22"."person_id", "t22"."_run"
                          ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                    END + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                  WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                  ELSE CAST(NULL AS TEXT[])
                END,
                LAG("t22"."target_group") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) || CASE
                  WHEN "t22"."target_group" IS NULL
                  THEN NULL
                  ELSE CONCAT('>', "t22"."target_group")
                END
              ),
              FALSE
            )
            THEN 1
            ELSE 0
          END AS "_new"
        FROM (
          SELECT
            "t21"."person_id",
            "t21"."benefit",
            "t21"."start_date",
            "t21"."target_group",
            "t21"."early_followup_request_date",
            "t21"."education_order",
            "t21"."_rid",
            "t21"."_end",
            "t21"."_acc",
            "t21"."_switch",
            SUM("t21"."_switch") OVER (
              PARTITION BY "t21"."person_id"
              ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "_run"
          FROM (
            SELECT
              "t19"."person_id",
              "t19"."benefit",
              "t19"."start_date",
              "t19"."target_group",
              "t19"."early_followup_request_date",
              "t19"."education_order",
              "t19"."_rid",
              "t19"."_end",
              "t19"."_acc",
              CASE
                WHEN LAG("t19"."benefit") OVER (
                  PARTITION BY "t19"."person_id"
                  ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) IS NULL
                THEN 1
                WHEN LAG("t19"."benefit") OVER (
                  PARTITION BY "t19"."person_id"
                  ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) <> "t19"."benefit"
                THEN 1
                ELSE 0
              END AS "_switch"
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
                "t11"."_acc"
              FROM "t9" AS "t11"
              SEMI JOIN (
                SELECT
                  *
                FROM "t12" AS "t13"
                WHERE
                  "t13"."_rows" > 1
              ) AS "t17"
                ON "t11"."person_id" = "t17"."person_id"
            ) AS "t19"
          ) AS "t21"
        ) AS "t22"
      ) AS "t23"
    ) AS "t24"
  ) AS "t25"
  UNION ALL
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
      1 AS "_new",
      "t18"."start_date" AS "_spell_start"
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
        "t11"."_acc"
      FROM "t9" AS "t11"
      SEMI JOIN (
        SELECT
          *
        FROM "t12" AS "t13"
        WHERE
          "t13"."_rows" = 1
      ) AS "t16"
        ON "t11"."person_id" = "t16"."person_id"
    ) AS "t18"
  ) AS "t20"
), "t28" AS (
  SELECT
    *
  FROM "t26" AS "t27"
  WHERE
    "t27"."_acc"
), "t32" AS (
  SELECT
    "t30"."person_id",
    "t30"."benefit",
    MIN("t30"."start_date") AS "c1"
  FROM "t28" AS "t30"
  GROUP BY
    1,
    2
), "t41" AS (
  SELECT
    "t40"."person_id",
    "t40"."benefit",
    "t40"."c1",
    "t40"."c2"
  FROM (
    SELECT
      "t34"."person_id",
      "t34"."benefit",
      "t34"."c1",
      "t39"."person_id" AS "person_id_right",
      "t39"."benefit" AS "benefit_right",
      "t39"."c2"
    FROM "t32" AS "t34"
    LEFT OUTER JOIN (
      SELECT
        "t37"."person_id",
        "t37"."benefit",
        MIN("t37"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t31"."person_id",
            "t31"."benefit",
            "t31"."start_date",
            "t31"."target_group",
            "t31"."early_followup_request_date",
            "t31"."education_order",
            "t31"."_rid",
            "t31"."_end",
            "t31"."_acc",
            "t31"."_new",
            "t31"."_spell_start",
            "t35"."c1"
          FROM "t28" AS "t31"
          INNER JOIN "t32" AS "t35"
            ON "t31"."person_id" = "t35"."person_id" AND "t31"."benefit" = "t35"."benefit"
        ) AS "t36"
        WHERE
          "t36"."start_date" >= CAST(CAST("t36"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t36"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
), "t50" AS (
  SELECT
    "t49"."person_id",
    "t49"."benefit",
    "t49"."c1",
    "t49"."c2",
    "t49"."c3"
  FROM (
    SELECT
      "t43"."person_id",
      "t43"."benefit",
      "t43"."c1",
      "t43"."c2",
      "t48"."person_id" AS "person_id_right",
      "t48"."benefit" AS "benefit_right",
      "t48"."c3"
    FROM "t41" AS "t43"
    LEFT OUTER JOIN (
      SELECT
        "t46"."person_id",
        "t46"."benefit",
        MIN("t46"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t31"."person_id",
            "t31"."benefit",
            "t31"."start_date",
            "t31"."target_group",
            "t31"."early_followup_request_date",
            "t31"."education_order",
            "t31"."_rid",
            "t31"."_end",
            "t31"."_acc",
            "t31"."_new",
            "t31"."_spell_start",
            "t44"."c1",
            "t44"."c2"
          FROM "t28" AS "t31"
          INNER JOIN "t41" AS "t44"
            ON "t31"."person_id" = "t44"."person_id" AND "t31"."benefit" = "t44"."benefit"
        ) AS "t45"
        WHERE
          "t45"."start_date" >= CAST(CAST("t45"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t45"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
), "t73" AS (
  SELECT
    *
  FROM (
    SELECT
      "t27"."person_id",
      "t27"."benefit",
      "t27"."start_date",
      "t27"."_end",
      "t27"."_spell_start" AS "_key",
      "t27"."_acc",
      "t27"."_rid",
      "t27"."early_followup_request_date",
      "t27"."education_order"
    FROM "t26" AS "t27"
    WHERE
      NOT (
        "t27"."_acc"
      )
  ) AS "t29"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t71"."person_id",
      "t71"."benefit",
      "t71"."start_date",
      "t71"."_end",
      "t71"."_key",
      "t71"."_acc",
      "t71"."_rid",
      "t71"."early_followup_request_date",
      "t71"."education_order"
    FROM (
      SELECT
        "t70".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t69"."person_id",
          "t69"."benefit",
          "t69"."start_date",
          "t69"."target_group",
          "t69"."early_followup_request_date",
          "t69"."education_order",
          "t69"."_rid",
          "t69"."_end",
          "t69"."_acc",
          "t69"."_new",
          "t69"."_spell_start",
          "t69"."c1",
          "t69"."c2",
          "t69"."c3",
          "t69"."c4",
          "t69"."c5",
          GREATEST(
            CASE
              WHEN "t69"."c1" <= "t69"."start_date"
              THEN "t69"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t69"."c2" <= "t69"."start_date"
              THEN "t69"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t69"."c3" <= "t69"."start_date"
              THEN "t69"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t69"."c4" <= "t69"."start_date"
              THEN "t69"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t69"."c5" <= "t69"."start_date"
              THEN "t69"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t31"."person_id",
            "t31"."benefit",
            "t31"."start_date",
            "t31"."target_group",
            "t31"."early_followup_request_date",
            "t31"."education_order",
            "t31"."_rid",
            "t31"."_end",
            "t31"."_acc",
            "t31"."_new",
            "t31"."_spell_start",
            "t68"."c1",
            "t68"."c2",
            "t68"."c3",
            "t68"."c4",
            "t68"."c5"
          FROM "t28" AS "t31"
          INNER JOIN (
            SELECT
              "t66".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t60"."person_id",
                "t60"."benefit",
                "t60"."c1",
                "t60"."c2",
                "t60"."c3",
                "t60"."c4",
                "t65"."person_id" AS "person_id_right",
                "t65"."benefit" AS "benefit_right",
                "t65"."c5"
              FROM (
                SELECT
                  "t58".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t52"."person_id",
                    "t52"."benefit",
                    "t52"."c1",
                    "t52"."c2",
                    "t52"."c3",
                    "t57"."person_id" AS "person_id_right",
                    "t57"."benefit" AS "benefit_right",
                    "t57"."c4"
                  FROM "t50" AS "t52"
                  LEFT OUTER JOIN (
                    SELECT
                      "t55"."person_id",
                      "t55"."benefit",
                      MIN("t55"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t31"."person_id",
                          "t31"."benefit",
                          "t31"."start_date",
                          "t31"."target_group",
                          "t31"."early_followup_request_date",
                          "t31"."education_order",
                          "t31"."_rid",
                          "t31"."_end",
                          "t31"."_acc",
                          "t31"."_new",
                          "t31"."_spell_start",
                          "t53"."c1",
                          "t53"."c2",
                          "t53"."c3"
                        FROM "t28" AS "t31"
                        INNER JOIN "t50" AS "t53"
                          ON "t31"."person_id" = "t53"."person_id" AND "t31"."benefit" = "t53"."benefit"
                      ) AS "t54"
                      WHERE
                        "t54"."start_date" >= CAST(CAST("t54"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t54"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t55"
                    GROUP BY
                      1,
                      2
                  ) AS "t57"
                    ON "t52"."person_id" = "t57"."person_id" AND "t52"."benefit" = "t57"."benefit"
                ) AS "t58"
              ) AS "t60"
              LEFT OUTER JOIN (
                SELECT
                  "t63"."person_id",
                  "t63"."benefit",
                  MIN("t63"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t31"."person_id",
                      "t31"."benefit",
                      "t31"."start_date",
                      "t31"."target_group",
                      "t31"."early_followup_request_date",
                      "t31"."education_order",
                      "t31"."_rid",
                      "t31"."_end",
                      "t31"."_acc",
                      "t31"."_new",
                      "t31"."_spell_start",
                      "t61"."c1",
                      "t61"."c2",
                      "t61"."c3",
                      "t61"."c4"
                    FROM "t28" AS "t31"
                    INNER JOIN (
                      SELECT
                        "t58".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t52"."person_id",
                          "t52"."benefit",
                          "t52"."c1",
                          "t52"."c2",
                          "t52"."c3",
                          "t57"."person_id" AS "person_id_right",
                          "t57"."benefit" AS "benefit_right",
                          "t57"."c4"
                        FROM "t50" AS "t52"
                        LEFT OUTER JOIN (
                          SELECT
                            "t55"."person_id",
                            "t55"."benefit",
                            MIN("t55"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t31"."person_id",
                                "t31"."benefit",
                                "t31"."start_date",
                                "t31"."target_group",
                                "t31"."early_followup_request_date",
                                "t31"."education_order",
                                "t31"."_rid",
                                "t31"."_end",
                                "t31"."_acc",
                                "t31"."_new",
                                "t31"."_spell_start",
                                "t53"."c1",
                                "t53"."c2",
                                "t53"."c3"
                              FROM "t28" AS "t31"
                              INNER JOIN "t50" AS "t53"
                                ON "t31"."person_id" = "t53"."person_id" AND "t31"."benefit" = "t53"."benefit"
                            ) AS "t54"
                            WHERE
                              "t54"."start_date" >= CAST(CAST("t54"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t54"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t55"
                          GROUP BY
                            1,
                            2
                        ) AS "t57"
                          ON "t52"."person_id" = "t57"."person_id" AND "t52"."benefit" = "t57"."benefit"
                      ) AS "t58"
                    ) AS "t61"
                      ON "t31"."person_id" = "t61"."person_id" AND "t31"."benefit" = "t61"."benefit"
                  ) AS "t62"
                  WHERE
                    "t62"."start_date" >= CAST(CAST("t62"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t62"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t63"
                GROUP BY
                  1,
                  2
              ) AS "t65"
                ON "t60"."person_id" = "t65"."person_id" AND "t60"."benefit" = "t65"."benefit"
            ) AS "t66"
          ) AS "t68"
            ON "t31"."person_id" = "t68"."person_id" AND "t31"."benefit" = "t68"."benefit"
        ) AS "t69"
      ) AS "t70"
    ) AS "t71"
  ) AS "t72"
)
SELECT
  "t118"."person_id",
  "t118"."benefit",
  'interviews_6m' AS "kind",
  'interviews_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t118"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (mere fleksible kontaktforløb); STAR, svar på spørgsmål fra webinar 21.1.2026'
    WHEN "t118"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 280 af 2024)'
    WHEN "t118"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t118"."window_start",
  CASE
    WHEN COALESCE("t118"."is_applicable", FALSE)
    THEN "t118"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t118"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t118"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t118"."fulfilled_date" <= "t118"."due_date"
    )
    THEN 'met'
    WHEN "t118"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t118"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t118"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t118"."is_applicable", FALSE)
    THEN "t118"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t118"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t118"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t118"."fulfilled_date" > "t118"."due_date"
    )
    THEN DATE_DIFF('DAY', "t118"."due_date", "t118"."fulfilled_date")
    WHEN NOT (
      "t118"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t118"."is_exempt", FALSE)
    )
    AND (
      "t118"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t118"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t118"."is_applicable", FALSE)
              THEN "t118"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t118"."window_start"
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
              WHEN COALESCE("t118"."is_applicable", FALSE)
              THEN "t118"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t118"."window_start"
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
  END || COALESCE("t118"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t117"."person_id",
    "t117"."benefit",
    "t117"."start_date",
    "t117"."end_date",
    "t117"."first_contact_date",
    "t117"."target_group",
    "t117"."first_absence_date",
    "t117"."sickness_category",
    "t117"."employed",
    "t117"."handover_date",
    "t117"."expected_absence_weeks",
    "t117"."work_obligation",
    "t117"."municipality",
    "t117"."early_followup_request_date",
    "t117"."education_order",
    "t117"."periods",
    "t117"."window_start",
    "t117"."required",
    "t117"."required_joint",
    "t117"."in_force",
    "t117"."_end_unconfirmed",
    "t117"."due0",
    "t117"."exempt_days",
    "t117"."exempt_now",
    "t117"."exemption_note",
    "t117"."due_date",
    "t117"."nth_date",
    "t117"."counted",
    "t117"."in_window",
    "t117"."listed",
    "t117"."nth_date" AS "fulfilled_date",
    "t117"."in_force"
    AND NOT (
      (
        "t117"."end_date" IS NOT NULL
      )
      AND (
        "t117"."end_date" < "t117"."due_date"
      )
      AND (
        "t117"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t117"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t117"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t117"."end_date" IS NOT NULL
        )
        AND (
          "t117"."end_date" < "t117"."due_date"
        )
        AND (
          "t117"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t117"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t117"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t117"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t117"."listed" IS NOT NULL
          THEN CASE WHEN "t117"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t117"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t117"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t117"."end_date" AS TEXT))
        END
        WHEN "t117"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t117"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t117"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t117"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t117"."listed" IS NOT NULL
          THEN CASE WHEN "t117"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t117"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t117"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t117"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t117"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t117"."listed" IS NOT NULL
          THEN CASE WHEN "t117"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t117"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t117"."end_date" IS NOT NULL
        )
        AND (
          "t117"."end_date" < "t117"."due_date"
        )
        AND (
          "t117"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t117"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t117"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t117"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t117"."listed" IS NOT NULL
          THEN CASE WHEN "t117"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t117"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t117"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t117"."end_date" AS TEXT))
        END
        WHEN "t117"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t117"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t117"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t117"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t117"."listed" IS NOT NULL
          THEN CASE WHEN "t117"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t117"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t117"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t117"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t117"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t117"."listed" IS NOT NULL
          THEN CASE WHEN "t117"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t117"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t117"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t117"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t116".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t107"."person_id",
        "t107"."benefit",
        "t107"."start_date",
        "t107"."end_date",
        "t107"."first_contact_date",
        "t107"."target_group",
        "t107"."first_absence_date",
        "t107"."sickness_category",
        "t107"."employed",
        "t107"."handover_date",
        "t107"."expected_absence_weeks",
        "t107"."work_obligation",
        "t107"."municipality",
        "t107"."early_followup_request_date",
        "t107"."education_order",
        "t107"."periods",
        "t107"."window_start",
        "t107"."required",
        "t107"."required_joint",
        "t107"."in_force",
        "t107"."_end_unconfirmed",
        "t107"."due0",
        "t107"."exempt_days",
        "t107"."exempt_now",
        "t107"."exemption_note",
        "t107"."due_date",
        "t115"."person_id" AS "person_id_right",
        "t115"."benefit" AS "benefit_right",
        "t115"."start_date" AS "start_date_right",
        "t115"."nth_date",
        "t115"."counted",
        "t115"."in_window",
        "t115"."listed"
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
          COALESCE("t101"."exempt_days", 0) AS "exempt_days",
          COALESCE("t101"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t101"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t101"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t101"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t101"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t100".*
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
              "t99"."person_id" AS "person_id_right",
              "t99"."benefit" AS "benefit_right",
              "t99"."start_date" AS "start_date_right",
              "t99"."exempt_days",
              "t99"."exempt_now",
              "t99"."exemption_note"
            FROM (
              SELECT
                "t92".*
                EXCLUDE ("_point")
              FROM (
                SELECT
                  "t91"."person_id",
                  "t91"."benefit",
                  "t91"."start_date",
                  "t91"."end_date",
                  "t91"."first_contact_date",
                  "t91"."target_group",
                  "t91"."first_absence_date",
                  "t91"."sickness_category",
                  "t91"."employed",
                  "t91"."handover_date",
                  "t91"."expected_absence_weeks",
                  "t91"."work_obligation",
                  "t91"."municipality",
                  "t91"."early_followup_request_date",
                  "t91"."education_order",
                  "t91"."periods",
                  "t91"."window_start",
                  "t91"."required",
                  "t91"."required_joint",
                  "t91"."in_force",
                  "t91"."_end_unconfirmed",
                  "t91"."_point",
                  CAST(CAST("t91"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t90".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                  FROM (
                    SELECT
                      "t89"."person_id",
                      "t89"."benefit",
                      "t89"."start_date",
                      "t89"."end_date",
                      "t89"."first_contact_date",
                      "t89"."target_group",
                      "t89"."first_absence_date",
                      "t89"."sickness_category",
                      "t89"."employed",
                      "t89"."handover_date",
                      "t89"."expected_absence_weeks",
                      "t89"."work_obligation",
                      "t89"."municipality",
                      "t89"."early_followup_request_date",
                      "t89"."education_order",
                      "t89"."periods",
                      "t89"."window_start",
                      "t89"."required",
                      "t89"."required_joint",
                      "t89"."in_force",
                      "t89"."_end_unconfirmed",
                      "t89"."_plain",
                      "t89"."_needed",
                      "t89"."_ipid",
                      "t89"."_ibenefit",
                      "t89"."_istart",
                      "t89"."_i_start",
                      "t89"."_i_end",
                      "t89"."_cum",
                      CASE
                        WHEN "t89"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t89"."_plain"
                      END AS "_point"
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
                        "t88"."_ipid",
                        "t88"."_ibenefit",
                        "t88"."_istart",
                        "t88"."_i_start",
                        "t88"."_i_end",
                        "t88"."_cum"
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
                          COALESCE(
                            CASE
                              WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                              THEN 4
                              WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) + COALESCE(0, 0) AS "required",
                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                          (
                            CASE
                              WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                              THEN 4
                              WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND (
                            CASE
                              WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
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
                              "t81"."benefit"
                            ),
                            FALSE
                          ) AS "in_force",
                          COALESCE(
                            (
                              CASE
                                WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                THEN 4
                                WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 4
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                "t81"."benefit"
                              )
                              OR ARRAY_CONTAINS(
                                CASE
                                  WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                CASE WHEN "t81"."benefit" IS NULL THEN NULL ELSE CONCAT("t81"."benefit", ':') END || COALESCE("t81"."target_group", '')
                              ),
                              FALSE
                            ),
                            FALSE
                          ) AS "_end_unconfirmed",
                          CAST(CAST("t81"."window_start" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t81"."window_start",
                            CAST(CAST("t81"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
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
                            CASE
                              WHEN COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t78"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t78"."benefit"
                                ),
                                FALSE
                              )
                              THEN COALESCE("t78"."first_contact_date", "t78"."start_date")
                              ELSE "t78"."start_date"
                            END AS "window_start"
                          FROM (
                            SELECT
                              "t77"."person_id",
                              "t77"."benefit",
                              "t77"."_key" AS "start_date",
                              CASE
                                WHEN "t77"."_end" = MAKE_DATE(9999, 12, 31)
                                THEN CAST(NULL AS DATE)
                                ELSE "t77"."_end"
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
                              "t77"."early_followup_request_date",
                              "t77"."education_order",
                              "t77"."periods"
                            FROM (
                              SELECT
                                "t74"."person_id",
                                "t74"."benefit",
                                "t74"."_key",
                                MAX("t74"."_end") AS "_end",
                                COUNT(*) AS "periods",
                                FIRST("t74"."_rid" ORDER BY "t74"."start_date") AS "_first",
                                MIN("t74"."early_followup_request_date") AS "early_followup_request_date",
                                BOOL_OR(CAST(COALESCE("t74"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                              FROM "t73" AS "t74"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t77"
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
                              ON "t77"."_first" = "t6"."_frid"
                          ) AS "t78"
                          WHERE
                            "t78"."benefit" IN (
                              'jobafklaring',
                              'kontanthjaelp',
                              'ledighedsydelse',
                              'ressourceforloeb',
                              'revalidering',
                              'uddannelseshjaelp'
                            )
                        ) AS "t81"
                      ) AS "t85"
                      LEFT OUTER JOIN (
                        SELECT
                          "t86"."person_id" AS "_ipid",
                          "t86"."benefit" AS "_ibenefit",
                          "t86"."start_date" AS "_istart",
                          "t86"."i_start" AS "_i_start",
                          "t86"."i_end" AS "_i_end",
                          "t86"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t83"."person_id",
                            "t83"."benefit",
                            "t83"."_key" AS "start_date",
                            "t83"."i_start",
                            "t83"."i_end",
                            CAST(COALESCE(
                              SUM("t83"."_len") OVER (
                                PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                ORDER BY "t83"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t82"."person_id",
                              "t82"."benefit",
                              "t82"."_key",
                              "t82"."_island",
                              "t82"."i_start",
                              "t82"."i_end",
                              CASE
                                WHEN "t82"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t82"."i_start", "t82"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t80"."person_id",
                                "t80"."benefit",
                                "t80"."_key",
                                "t80"."_island",
                                MIN("t80"."start_date") AS "i_start",
                                MAX("t80"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t79"."person_id",
                                  "t79"."benefit",
                                  "t79"."start_date",
                                  "t79"."_end",
                                  "t79"."_key",
                                  "t79"."_acc",
                                  "t79"."_rid",
                                  "t79"."early_followup_request_date",
                                  "t79"."education_order",
                                  "t79"."_new",
                                  SUM("t79"."_new") OVER (
                                    PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                    ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
                                FROM (
                                  SELECT
                                    "t75"."person_id",
                                    "t75"."benefit",
                                    "t75"."start_date",
                                    "t75"."_end",
                                    "t75"."_key",
                                    "t75"."_acc",
                                    "t75"."_rid",
                                    "t75"."early_followup_request_date",
                                    "t75"."education_order",
                                    CASE
                                      WHEN MAX("t75"."_end") OVER (
                                        PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                        ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t75"."start_date" > CAST(CAST(MAX("t75"."_end") OVER (
                                        PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                        ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t73" AS "t74"
                                    WHERE
                                      "t74"."_acc"
                                  ) AS "t75"
                                ) AS "t79"
                              ) AS "t80"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t82"
                          ) AS "t83"
                        ) AS "t86"
                      ) AS "t88"
                        ON "t85"."person_id" = "t88"."_ipid"
                        AND "t85"."benefit" = "t88"."_ibenefit"
                        AND "t85"."start_date" = "t88"."_istart"
                        AND "t88"."_cum" < "t85"."_needed"
                        AND (
                          (
                            "t88"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t88"."_cum" + DATE_DIFF('DAY', "t88"."_i_start", "t88"."_i_end") + 1
                            ) >= "t85"."_needed"
                          )
                        )
                    ) AS "t89"
                  ) AS "t90"
                ) AS "t91"
              ) AS "t92"
            ) AS "t94"
            LEFT OUTER JOIN (
              SELECT
                "t97"."person_id",
                "t97"."benefit",
                "t97"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t97"."_ex_start", "t97"."_from"),
                    LEAST("t97"."_ex_end", "t97"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t97"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t97"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                ARRAY_TO_STRING(
                  LIST_SORT(
                    ARRAY_AGG(
                      CASE
                        WHEN CAST("t97"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t97"."_ex_end" AS TEXT) IS NULL
                        OR "t97"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t97"."_ex_start" AS TEXT),
                          '–',
                          CAST("t97"."_ex_end" AS TEXT),
                          ' (',
                          "t97"."_ex_reason",
                          ')'
                        )
                      END
                    ) FILTER(WHERE
                      CASE
                        WHEN CAST("t97"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t97"."_ex_end" AS TEXT) IS NULL
                        OR "t97"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t97"."_ex_start" AS TEXT),
                          '–',
                          CAST("t97"."_ex_end" AS TEXT),
                          ' (',
                          "t97"."_ex_reason",
                          ')'
                        )
                      END IS NOT NULL)
                  ),
                  ', '
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t96"."person_id",
                  "t96"."benefit",
                  "t96"."start_date",
                  "t96"."_from",
                  "t96"."_to",
                  "t7"."_pid",
                  "t7"."_ex_start",
                  "t7"."_ex_end",
                  "t7"."_ex_reason"
                FROM (
                  SELECT
                    "t93"."person_id",
                    "t93"."benefit",
                    "t93"."start_date",
                    "t93"."window_start" AS "_from",
                    "t93"."due0" AS "_to"
                  FROM (
                    SELECT
                      "t92".*
                      EXCLUDE ("_point")
                    FROM (
                      SELECT
                        "t91"."person_id",
                        "t91"."benefit",
                        "t91"."start_date",
                        "t91"."end_date",
                        "t91"."first_contact_date",
                        "t91"."target_group",
                        "t91"."first_absence_date",
                        "t91"."sickness_category",
                        "t91"."employed",
                        "t91"."handover_date",
                        "t91"."expected_absence_weeks",
                        "t91"."work_obligation",
                        "t91"."municipality",
                        "t91"."early_followup_request_date",
                        "t91"."education_order",
                        "t91"."periods",
                        "t91"."window_start",
                        "t91"."required",
                        "t91"."required_joint",
                        "t91"."in_force",
                        "t91"."_end_unconfirmed",
                        "t91"."_point",
                        CAST(CAST("t91"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t90".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t89"."person_id",
                            "t89"."benefit",
                            "t89"."start_date",
                            "t89"."end_date",
                            "t89"."first_contact_date",
                            "t89"."target_group",
                            "t89"."first_absence_date",
                            "t89"."sickness_category",
                            "t89"."employed",
                            "t89"."handover_date",
                            "t89"."expected_absence_weeks",
                            "t89"."work_obligation",
                            "t89"."municipality",
                            "t89"."early_followup_request_date",
                            "t89"."education_order",
                            "t89"."periods",
                            "t89"."window_start",
                            "t89"."required",
                            "t89"."required_joint",
                            "t89"."in_force",
                            "t89"."_end_unconfirmed",
                            "t89"."_plain",
                            "t89"."_needed",
                            "t89"."_ipid",
                            "t89"."_ibenefit",
                            "t89"."_istart",
                            "t89"."_i_start",
                            "t89"."_i_end",
                            "t89"."_cum",
                            CASE
                              WHEN "t89"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t89"."_plain"
                            END AS "_point"
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
                              "t88"."_ipid",
                              "t88"."_ibenefit",
                              "t88"."_istart",
                              "t88"."_i_start",
                              "t88"."_i_end",
                              "t88"."_cum"
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
                                COALESCE(
                                  CASE
                                    WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 4
                                    WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 4
                                    WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
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
                                    "t81"."benefit"
                                  ),
                                  FALSE
                                ) AS "in_force",
                                COALESCE(
                                  (
                                    CASE
                                      WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 4
                                      WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                      "t81"."benefit"
                                    )
                                    OR ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                      CASE WHEN "t81"."benefit" IS NULL THEN NULL ELSE CONCAT("t81"."benefit", ':') END || COALESCE("t81"."target_group", '')
                                    ),
                                    FALSE
                                  ),
                                  FALSE
                                ) AS "_end_unconfirmed",
                                CAST(CAST("t81"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t81"."window_start",
                                  CAST(CAST("t81"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
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
                                  CASE
                                    WHEN COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t78"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t78"."benefit"
                                      ),
                                      FALSE
                                    )
                                    THEN COALESCE("t78"."first_contact_date", "t78"."start_date")
                                    ELSE "t78"."start_date"
                                  END AS "window_start"
                                FROM (
                                  SELECT
                                    "t77"."person_id",
                                    "t77"."benefit",
                                    "t77"."_key" AS "start_date",
                                    CASE
                                      WHEN "t77"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t77"."_end"
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
                                    "t77"."early_followup_request_date",
                                    "t77"."education_order",
                                    "t77"."periods"
                                  FROM (
                                    SELECT
                                      "t74"."person_id",
                                      "t74"."benefit",
                                      "t74"."_key",
                                      MAX("t74"."_end") AS "_end",
                                      COUNT(*) AS "periods",
                                      FIRST("t74"."_rid" ORDER BY "t74"."start_date") AS "_first",
                                      MIN("t74"."early_followup_request_date") AS "early_followup_request_date",
                                      BOOL_OR(CAST(COALESCE("t74"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                    FROM "t73" AS "t74"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t77"
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
                                    ON "t77"."_first" = "t6"."_frid"
                                ) AS "t78"
                                WHERE
                                  "t78"."benefit" IN (
                                    'jobafklaring',
                                    'kontanthjaelp',
                                    'ledighedsydelse',
                                    'ressourceforloeb',
                                    'revalidering',
                                    'uddannelseshjaelp'
                                  )
                              ) AS "t81"
                            ) AS "t85"
                            LEFT OUTER JOIN (
                              SELECT
                                "t86"."person_id" AS "_ipid",
                                "t86"."benefit" AS "_ibenefit",
                                "t86"."start_date" AS "_istart",
                                "t86"."i_start" AS "_i_start",
                                "t86"."i_end" AS "_i_end",
                                "t86"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t83"."person_id",
                                  "t83"."benefit",
                                  "t83"."_key" AS "start_date",
                                  "t83"."i_start",
                                  "t83"."i_end",
                                  CAST(COALESCE(
                                    SUM("t83"."_len") OVER (
                                      PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                      ORDER BY "t83"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t82"."person_id",
                                    "t82"."benefit",
                                    "t82"."_key",
                                    "t82"."_island",
                                    "t82"."i_start",
                                    "t82"."i_end",
                                    CASE
                                      WHEN "t82"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t82"."i_start", "t82"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t80"."person_id",
                                      "t80"."benefit",
                                      "t80"."_key",
                                      "t80"."_island",
                                      MIN("t80"."start_date") AS "i_start",
                                      MAX("t80"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t79"."person_id",
                                        "t79"."benefit",
                                        "t79"."start_date",
                                        "t79"."_end",
                                        "t79"."_key",
                                        "t79"."_acc",
                                        "t79"."_rid",
                                        "t79"."early_followup_request_date",
                                        "t79"."education_order",
                                        "t79"."_new",
                                        SUM("t79"."_new") OVER (
                                          PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                          ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
                                      FROM (
                                        SELECT
                                          "t75"."person_id",
                                          "t75"."benefit",
                                          "t75"."start_date",
                                          "t75"."_end",
                                          "t75"."_key",
                                          "t75"."_acc",
                                          "t75"."_rid",
                                          "t75"."early_followup_request_date",
                                          "t75"."education_order",
                                          CASE
                                            WHEN MAX("t75"."_end") OVER (
                                              PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                              ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t75"."start_date" > CAST(CAST(MAX("t75"."_end") OVER (
                                              PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                              ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t73" AS "t74"
                                          WHERE
                                            "t74"."_acc"
                                        ) AS "t75"
                                      ) AS "t79"
                                    ) AS "t80"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t82"
                                ) AS "t83"
                              ) AS "t86"
                            ) AS "t88"
                              ON "t85"."person_id" = "t88"."_ipid"
                              AND "t85"."benefit" = "t88"."_ibenefit"
                              AND "t85"."start_date" = "t88"."_istart"
                              AND "t88"."_cum" < "t85"."_needed"
                              AND (
                                (
                                  "t88"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t88"."_cum" + DATE_DIFF('DAY', "t88"."_i_start", "t88"."_i_end") + 1
                                  ) >= "t85"."_needed"
                                )
                              )
                          ) AS "t89"
                        ) AS "t90"
                      ) AS "t91"
                    ) AS "t92"
                  ) AS "t93"
                ) AS "t96"
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
                  ON "t96"."person_id" = "t7"."_pid"
                  AND "t7"."_ex_start" <= "t96"."_to"
                  AND "t7"."_ex_end" >= "t96"."_from"
              ) AS "t97"
              GROUP BY
                1,
                2,
                3
            ) AS "t99"
              ON "t94"."person_id" = "t99"."person_id"
              AND "t94"."benefit" = "t99"."benefit"
              AND "t94"."start_date" = "t99"."start_date"
          ) AS "t100"
        ) AS "t101"
      ) AS "t107"
      LEFT OUTER JOIN (
        SELECT
          "t113"."person_id",
          "t113"."benefit",
          "t113"."start_date",
          CASE
            WHEN "t113"."_held" >= "t113"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT(
                "t113"."_events",
                (
                  "t113"."_n" - 1
                ) + CAST((
                  "t113"."_n" - 1
                ) >= 0 AS BIGINT)
              ),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT(
                    "t113"."_events",
                    (
                      "t113"."_n" - 1
                    ) + CAST((
                      "t113"."_n" - 1
                    ) >= 0 AS BIGINT)
                  )
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "nth_date",
          LEAST("t113"."_held", "t113"."_n") AS "counted",
          LEAST("t113"."_by_due", "t113"."_n") AS "in_window",
          REGEXP_REPLACE(
            ARRAY_TO_STRING(
              LIST_SLICE(
                "t113"."_events",
                1,
                CASE WHEN "t113"."_n" < 0 THEN "t113"."_n" - 1 ELSE "t113"."_n" END
              ),
              ', '
            ),
            '\d{4}-\d{2}-\d{2}\|',
            '',
            'g'
          ) AS "listed"
        FROM (
          SELECT
            "t112"."person_id",
            "t112"."benefit",
            "t112"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t112"."date" AS TEXT) IS NULL OR "t112"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t112"."date" AS TEXT), '|', "t112"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t112"."date" AS TEXT) IS NULL OR "t112"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t112"."date" AS TEXT), '|', "t112"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t112"."date" <= "t112"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t112"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t110"."person_id",
                "t110"."benefit",
                "t110"."start_date",
                "t110"."date",
                "t110"."description",
                "t108"."_n",
                "t108"."_due"
              FROM (
                SELECT
                  "t104"."person_id",
                  "t104"."benefit",
                  "t104"."start_date",
                  "t104"."date",
                  CASE
                    WHEN "t104"."kind" IS NULL
                    OR CAST("t104"."date" AS TEXT) IS NULL
                    OR "t104"."form" IS NULL
                    OR "t104"."held_by" IS NULL
                    THEN NULL
                    ELSE CONCAT(
                      "t104"."kind",
                      ' ',
                      CAST("t104"."date" AS TEXT),
                      ' (',
                      "t104"."form",
                      ', ',
                      "t104"."held_by",
                      ')'
                    )
                  END AS "description"
                FROM (
                  SELECT
                    "t103"."person_id",
                    "t103"."benefit",
                    "t103"."start_date",
                    "t103"."window_start",
                    "t103"."_first",
                    "t103"."_last",
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
                      "t101"."person_id",
                      "t101"."benefit",
                      "t101"."start_date",
                      "t101"."window_start",
                      "t101"."window_start" AS "_first",
                      COALESCE("t101"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM (
                      SELECT
                        "t100".*
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
                          "t99"."person_id" AS "person_id_right",
                          "t99"."benefit" AS "benefit_right",
                          "t99"."start_date" AS "start_date_right",
                          "t99"."exempt_days",
                          "t99"."exempt_now",
                          "t99"."exemption_note"
                        FROM (
                          SELECT
                            "t92".*
                            EXCLUDE ("_point")
                          FROM (
                            SELECT
                              "t91"."person_id",
                              "t91"."benefit",
                              "t91"."start_date",
                              "t91"."end_date",
                              "t91"."first_contact_date",
                              "t91"."target_group",
                              "t91"."first_absence_date",
                              "t91"."sickness_category",
                              "t91"."employed",
                              "t91"."handover_date",
                              "t91"."expected_absence_weeks",
                              "t91"."work_obligation",
                              "t91"."municipality",
                              "t91"."early_followup_request_date",
                              "t91"."education_order",
                              "t91"."periods",
                              "t91"."window_start",
                              "t91"."required",
                              "t91"."required_joint",
                              "t91"."in_force",
                              "t91"."_end_unconfirmed",
                              "t91"."_point",
                              CAST(CAST("t91"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM (
                              SELECT
                                "t90".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t89"."person_id",
                                  "t89"."benefit",
                                  "t89"."start_date",
                                  "t89"."end_date",
                                  "t89"."first_contact_date",
                                  "t89"."target_group",
                                  "t89"."first_absence_date",
                                  "t89"."sickness_category",
                                  "t89"."employed",
                                  "t89"."handover_date",
                                  "t89"."expected_absence_weeks",
                                  "t89"."work_obligation",
                                  "t89"."municipality",
                                  "t89"."early_followup_request_date",
                                  "t89"."education_order",
                                  "t89"."periods",
                                  "t89"."window_start",
                                  "t89"."required",
                                  "t89"."required_joint",
                                  "t89"."in_force",
                                  "t89"."_end_unconfirmed",
                                  "t89"."_plain",
                                  "t89"."_needed",
                                  "t89"."_ipid",
                                  "t89"."_ibenefit",
                                  "t89"."_istart",
                                  "t89"."_i_start",
                                  "t89"."_i_end",
                                  "t89"."_cum",
                                  CASE
                                    WHEN "t89"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t89"."_plain"
                                  END AS "_point"
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
                                    "t88"."_ipid",
                                    "t88"."_ibenefit",
                                    "t88"."_istart",
                                    "t88"."_i_start",
                                    "t88"."_i_end",
                                    "t88"."_cum"
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
                                      COALESCE(
                                        CASE
                                          WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 4
                                          WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      ) + COALESCE(0, 0) AS "required",
                                      CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                      (
                                        CASE
                                          WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 4
                                          WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND (
                                        CASE
                                          WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
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
                                          "t81"."benefit"
                                        ),
                                        FALSE
                                      ) AS "in_force",
                                      COALESCE(
                                        (
                                          CASE
                                            WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 4
                                            WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                            "t81"."benefit"
                                          )
                                          OR ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                            CASE WHEN "t81"."benefit" IS NULL THEN NULL ELSE CONCAT("t81"."benefit", ':') END || COALESCE("t81"."target_group", '')
                                          ),
                                          FALSE
                                        ),
                                        FALSE
                                      ) AS "_end_unconfirmed",
                                      CAST(CAST("t81"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t81"."window_start",
                                        CAST(CAST("t81"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
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
                                        CASE
                                          WHEN COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t78"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              "t78"."benefit"
                                            ),
                                            FALSE
                                          )
                                          THEN COALESCE("t78"."first_contact_date", "t78"."start_date")
                                          ELSE "t78"."start_date"
                                        END AS "window_start"
                                      FROM (
                                        SELECT
                                          "t77"."person_id",
                                          "t77"."benefit",
                                          "t77"."_key" AS "start_date",
                                          CASE
                                            WHEN "t77"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t77"."_end"
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
                                          "t77"."early_followup_request_date",
                                          "t77"."education_order",
                                          "t77"."periods"
                                        FROM (
                                          SELECT
                                            "t74"."person_id",
                                            "t74"."benefit",
                                            "t74"."_key",
                                            MAX("t74"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t74"."_rid" ORDER BY "t74"."start_date") AS "_first",
                                            MIN("t74"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t74"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t73" AS "t74"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t77"
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
                                          ON "t77"."_first" = "t6"."_frid"
                                      ) AS "t78"
                                      WHERE
                                        "t78"."benefit" IN (
                                          'jobafklaring',
                                          'kontanthjaelp',
                                          'ledighedsydelse',
                                          'ressourceforloeb',
                                          'revalidering',
                                          'uddannelseshjaelp'
                                        )
                                    ) AS "t81"
                                  ) AS "t85"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t86"."person_id" AS "_ipid",
                                      "t86"."benefit" AS "_ibenefit",
                                      "t86"."start_date" AS "_istart",
                                      "t86"."i_start" AS "_i_start",
                                      "t86"."i_end" AS "_i_end",
                                      "t86"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t83"."person_id",
                                        "t83"."benefit",
                                        "t83"."_key" AS "start_date",
                                        "t83"."i_start",
                                        "t83"."i_end",
                                        CAST(COALESCE(
                                          SUM("t83"."_len") OVER (
                                            PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                            ORDER BY "t83"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t82"."person_id",
                                          "t82"."benefit",
                                          "t82"."_key",
                                          "t82"."_island",
                                          "t82"."i_start",
                                          "t82"."i_end",
                                          CASE
                                            WHEN "t82"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t82"."i_start", "t82"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t80"."person_id",
                                            "t80"."benefit",
                                            "t80"."_key",
                                            "t80"."_island",
                                            MIN("t80"."start_date") AS "i_start",
                                            MAX("t80"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t79"."person_id",
                                              "t79"."benefit",
                                              "t79"."start_date",
                                              "t79"."_end",
                                              "t79"."_key",
                                              "t79"."_acc",
                                              "t79"."_rid",
                                              "t79"."early_followup_request_date",
                                              "t79"."education_order",
                                              "t79"."_new",
                                              SUM("t79"."_new") OVER (
                                                PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
                                            FROM (
                                              SELECT
                                                "t75"."person_id",
                                                "t75"."benefit",
                                                "t75"."start_date",
                                                "t75"."_end",
                                                "t75"."_key",
                                                "t75"."_acc",
                                                "t75"."_rid",
                                                "t75"."early_followup_request_date",
                                                "t75"."education_order",
                                                CASE
                                                  WHEN MAX("t75"."_end") OVER (
                                                    PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                    ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t75"."start_date" > CAST(CAST(MAX("t75"."_end") OVER (
                                                    PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                    ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t73" AS "t74"
                                                WHERE
                                                  "t74"."_acc"
                                              ) AS "t75"
                                            ) AS "t79"
                                          ) AS "t80"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t82"
                                      ) AS "t83"
                                    ) AS "t86"
                                  ) AS "t88"
                                    ON "t85"."person_id" = "t88"."_ipid"
                                    AND "t85"."benefit" = "t88"."_ibenefit"
                                    AND "t85"."start_date" = "t88"."_istart"
                                    AND "t88"."_cum" < "t85"."_needed"
                                    AND (
                                      (
                                        "t88"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t88"."_cum" + DATE_DIFF('DAY', "t88"."_i_start", "t88"."_i_end") + 1
                                        ) >= "t85"."_needed"
                                      )
                                    )
                                ) AS "t89"
                              ) AS "t90"
                            ) AS "t91"
                          ) AS "t92"
                        ) AS "t94"
                        LEFT OUTER JOIN (
                          SELECT
                            "t97"."person_id",
                            "t97"."benefit",
                            "t97"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t97"."_ex_start", "t97"."_from"),
                                LEAST("t97"."_ex_end", "t97"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t97"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t97"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            ARRAY_TO_STRING(
                              LIST_SORT(
                                ARRAY_AGG(
                                  CASE
                                    WHEN CAST("t97"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t97"."_ex_end" AS TEXT) IS NULL
                                    OR "t97"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t97"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t97"."_ex_end" AS TEXT),
                                      ' (',
                                      "t97"."_ex_reason",
                                      ')'
                                    )
                                  END
                                ) FILTER(WHERE
                                  CASE
                                    WHEN CAST("t97"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t97"."_ex_end" AS TEXT) IS NULL
                                    OR "t97"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t97"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t97"."_ex_end" AS TEXT),
                                      ' (',
                                      "t97"."_ex_reason",
                                      ')'
                                    )
                                  END IS NOT NULL)
                              ),
                              ', '
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t96"."person_id",
                              "t96"."benefit",
                              "t96"."start_date",
                              "t96"."_from",
                              "t96"."_to",
                              "t7"."_pid",
                              "t7"."_ex_start",
                              "t7"."_ex_end",
                              "t7"."_ex_reason"
                            FROM (
                              SELECT
                                "t93"."person_id",
                                "t93"."benefit",
                                "t93"."start_date",
                                "t93"."window_start" AS "_from",
                                "t93"."due0" AS "_to"
                              FROM (
                                SELECT
                                  "t92".*
                                  EXCLUDE ("_point")
                                FROM (
                                  SELECT
                                    "t91"."person_id",
                                    "t91"."benefit",
                                    "t91"."start_date",
                                    "t91"."end_date",
                                    "t91"."first_contact_date",
                                    "t91"."target_group",
                                    "t91"."first_absence_date",
                                    "t91"."sickness_category",
                                    "t91"."employed",
                                    "t91"."handover_date",
                                    "t91"."expected_absence_weeks",
                                    "t91"."work_obligation",
                                    "t91"."municipality",
                                    "t91"."early_followup_request_date",
                                    "t91"."education_order",
                                    "t91"."periods",
                                    "t91"."window_start",
                                    "t91"."required",
                                    "t91"."required_joint",
                                    "t91"."in_force",
                                    "t91"."_end_unconfirmed",
                                    "t91"."_point",
                                    CAST(CAST("t91"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t90".*
                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                    FROM (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."start_date",
                                        "t89"."end_date",
                                        "t89"."first_contact_date",
                                        "t89"."target_group",
                                        "t89"."first_absence_date",
                                        "t89"."sickness_category",
                                        "t89"."employed",
                                        "t89"."handover_date",
                                        "t89"."expected_absence_weeks",
                                        "t89"."work_obligation",
                                        "t89"."municipality",
                                        "t89"."early_followup_request_date",
                                        "t89"."education_order",
                                        "t89"."periods",
                                        "t89"."window_start",
                                        "t89"."required",
                                        "t89"."required_joint",
                                        "t89"."in_force",
                                        "t89"."_end_unconfirmed",
                                        "t89"."_plain",
                                        "t89"."_needed",
                                        "t89"."_ipid",
                                        "t89"."_ibenefit",
                                        "t89"."_istart",
                                        "t89"."_i_start",
                                        "t89"."_i_end",
                                        "t89"."_cum",
                                        CASE
                                          WHEN "t89"."_i_start" IS NOT NULL
                                          THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                          ELSE "t89"."_plain"
                                        END AS "_point"
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
                                          "t88"."_ipid",
                                          "t88"."_ibenefit",
                                          "t88"."_istart",
                                          "t88"."_i_start",
                                          "t88"."_i_end",
                                          "t88"."_cum"
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
                                            COALESCE(
                                              CASE
                                                WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 4
                                                WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) + COALESCE(0, 0) AS "required",
                                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                            (
                                              CASE
                                                WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 4
                                                WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND (
                                              CASE
                                                WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
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
                                                "t81"."benefit"
                                              ),
                                              FALSE
                                            ) AS "in_force",
                                            COALESCE(
                                              (
                                                CASE
                                                  WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 4
                                                  WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NULL
                                              )
                                              AND COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                                  "t81"."benefit"
                                                )
                                                OR ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                                  CASE WHEN "t81"."benefit" IS NULL THEN NULL ELSE CONCAT("t81"."benefit", ':') END || COALESCE("t81"."target_group", '')
                                                ),
                                                FALSE
                                              ),
                                              FALSE
                                            ) AS "_end_unconfirmed",
                                            CAST(CAST("t81"."window_start" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                            DATE_DIFF(
                                              'DAY',
                                              "t81"."window_start",
                                              CAST(CAST("t81"."window_start" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE)
                                            ) AS "_needed"
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
                                              CASE
                                                WHEN COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t78"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                      ELSE CAST(NULL AS TEXT[])
                                                    END,
                                                    "t78"."benefit"
                                                  ),
                                                  FALSE
                                                )
                                                THEN COALESCE("t78"."first_contact_date", "t78"."start_date")
                                                ELSE "t78"."start_date"
                                              END AS "window_start"
                                            FROM (
                                              SELECT
                                                "t77"."person_id",
                                                "t77"."benefit",
                                                "t77"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t77"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t77"."_end"
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
                                                "t77"."early_followup_request_date",
                                                "t77"."education_order",
                                                "t77"."periods"
                                              FROM (
                                                SELECT
                                                  "t74"."person_id",
                                                  "t74"."benefit",
                                                  "t74"."_key",
                                                  MAX("t74"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t74"."_rid" ORDER BY "t74"."start_date") AS "_first",
                                                  MIN("t74"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t74"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t73" AS "t74"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t77"
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
                                                ON "t77"."_first" = "t6"."_frid"
                                            ) AS "t78"
                                            WHERE
                                              "t78"."benefit" IN (
                                                'jobafklaring',
                                                'kontanthjaelp',
                                                'ledighedsydelse',
                                                'ressourceforloeb',
                                                'revalidering',
                                                'uddannelseshjaelp'
                                              )
                                          ) AS "t81"
                                        ) AS "t85"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t86"."person_id" AS "_ipid",
                                            "t86"."benefit" AS "_ibenefit",
                                            "t86"."start_date" AS "_istart",
                                            "t86"."i_start" AS "_i_start",
                                            "t86"."i_end" AS "_i_end",
                                            "t86"."cum_before" AS "_cum"
                                          FROM (
                                            SELECT
                                              "t83"."person_id",
                                              "t83"."benefit",
                                              "t83"."_key" AS "start_date",
                                              "t83"."i_start",
                                              "t83"."i_end",
                                              CAST(COALESCE(
                                                SUM("t83"."_len") OVER (
                                                  PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                                  ORDER BY "t83"."i_start" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ),
                                                0
                                              ) AS INT) AS "cum_before"
                                            FROM (
                                              SELECT
                                                "t82"."person_id",
                                                "t82"."benefit",
                                                "t82"."_key",
                                                "t82"."_island",
                                                "t82"."i_start",
                                                "t82"."i_end",
                                                CASE
                                                  WHEN "t82"."i_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN 0
                                                  ELSE DATE_DIFF('DAY', "t82"."i_start", "t82"."i_end") + 1
                                                END AS "_len"
                                              FROM (
                                                SELECT
                                                  "t80"."person_id",
                                                  "t80"."benefit",
                                                  "t80"."_key",
                                                  "t80"."_island",
                                                  MIN("t80"."start_date") AS "i_start",
                                                  MAX("t80"."_end") AS "i_end"
                                                FROM (
                                                  SELECT
                                                    "t79"."person_id",
                                                    "t79"."benefit",
                                                    "t79"."start_date",
                                                    "t79"."_end",
                                                    "t79"."_key",
                                                    "t79"."_acc",
                                                    "t79"."_rid",
                                                    "t79"."early_followup_request_date",
                                                    "t79"."education_order",
                                                    "t79"."_new",
                                                    SUM("t79"."_new") OVER (
                                                      PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                      ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ) AS "_island"
                                                  FROM (
                                                    SELECT
                                                      "t75"."person_id",
                                                      "t75"."benefit",
                                                      "t75"."start_date",
                                                      "t75"."_end",
                                                      "t75"."_key",
                                                      "t75"."_acc",
                                                      "t75"."_rid",
                                                      "t75"."early_followup_request_date",
                                                      "t75"."education_order",
                                                      CASE
                                                        WHEN MAX("t75"."_end") OVER (
                                                          PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                          ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) IS NULL
                                                        THEN 1
                                                        WHEN "t75"."start_date" > CAST(CAST(MAX("t75"."_end") OVER (
                                                          PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                          ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                        THEN 1
                                                        ELSE 0
                                                      END AS "_new"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "t73" AS "t74"
                                                      WHERE
                                                        "t74"."_acc"
                                                    ) AS "t75"
                                                  ) AS "t79"
                                                ) AS "t80"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t82"
                                            ) AS "t83"
                                          ) AS "t86"
                                        ) AS "t88"
                                          ON "t85"."person_id" = "t88"."_ipid"
                                          AND "t85"."benefit" = "t88"."_ibenefit"
                                          AND "t85"."start_date" = "t88"."_istart"
                                          AND "t88"."_cum" < "t85"."_needed"
                                          AND (
                                            (
                                              "t88"."_i_end" = MAKE_DATE(9999, 12, 31)
                                            )
                                            OR (
                                              (
                                                "t88"."_cum" + DATE_DIFF('DAY', "t88"."_i_start", "t88"."_i_end") + 1
                                              ) >= "t85"."_needed"
                                            )
                                          )
                                      ) AS "t89"
                                    ) AS "t90"
                                  ) AS "t91"
                                ) AS "t92"
                              ) AS "t93"
                            ) AS "t96"
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
                              ON "t96"."person_id" = "t7"."_pid"
                              AND "t7"."_ex_start" <= "t96"."_to"
                              AND "t7"."_ex_end" >= "t96"."_from"
                          ) AS "t97"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t99"
                          ON "t94"."person_id" = "t99"."person_id"
                          AND "t94"."benefit" = "t99"."benefit"
                          AND "t94"."start_date" = "t99"."start_date"
                      ) AS "t100"
                    ) AS "t101"
                  ) AS "t103"
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
                    ON "t103"."person_id" = "t8"."person_id"
                    AND "t8"."date" >= "t103"."_first"
                    AND "t8"."date" <= "t103"."_last"
                ) AS "t104"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t104"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['jobcenter', 'anden_aktoer']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t104"."held_by"
                    ),
                    FALSE
                  )
                  AND COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t104"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t104"."form"
                    ),
                    FALSE
                  )
              ) AS "t110"
              INNER JOIN (
                SELECT
                  "t101"."person_id",
                  "t101"."benefit",
                  "t101"."start_date",
                  "t101"."required" AS "_n",
                  CAST(CAST("t101"."due0" + TO_DAYS(
                    CASE
                      WHEN COALESCE(
                        CASE
                          WHEN "t101"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN TRUE
                          ELSE CAST(NULL AS BOOLEAN)
                        END,
                        FALSE
                      )
                      THEN COALESCE("t101"."exempt_days", 0)
                      ELSE 0
                    END
                  ) AS TIMESTAMP) AS DATE) AS "_due"
                FROM (
                  SELECT
                    "t100".*
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
                      "t99"."person_id" AS "person_id_right",
                      "t99"."benefit" AS "benefit_right",
                      "t99"."start_date" AS "start_date_right",
                      "t99"."exempt_days",
                      "t99"."exempt_now",
                      "t99"."exemption_note"
                    FROM (
                      SELECT
                        "t92".*
                        EXCLUDE ("_point")
                      FROM (
                        SELECT
                          "t91"."person_id",
                          "t91"."benefit",
                          "t91"."start_date",
                          "t91"."end_date",
                          "t91"."first_contact_date",
                          "t91"."target_group",
                          "t91"."first_absence_date",
                          "t91"."sickness_category",
                          "t91"."employed",
                          "t91"."handover_date",
                          "t91"."expected_absence_weeks",
                          "t91"."work_obligation",
                          "t91"."municipality",
                          "t91"."early_followup_request_date",
                          "t91"."education_order",
                          "t91"."periods",
                          "t91"."window_start",
                          "t91"."required",
                          "t91"."required_joint",
                          "t91"."in_force",
                          "t91"."_end_unconfirmed",
                          "t91"."_point",
                          CAST(CAST("t91"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                        FROM (
                          SELECT
                            "t90".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t89"."person_id",
                              "t89"."benefit",
                              "t89"."start_date",
                              "t89"."end_date",
                              "t89"."first_contact_date",
                              "t89"."target_group",
                              "t89"."first_absence_date",
                              "t89"."sickness_category",
                              "t89"."employed",
                              "t89"."handover_date",
                              "t89"."expected_absence_weeks",
                              "t89"."work_obligation",
                              "t89"."municipality",
                              "t89"."early_followup_request_date",
                              "t89"."education_order",
                              "t89"."periods",
                              "t89"."window_start",
                              "t89"."required",
                              "t89"."required_joint",
                              "t89"."in_force",
                              "t89"."_end_unconfirmed",
                              "t89"."_plain",
                              "t89"."_needed",
                              "t89"."_ipid",
                              "t89"."_ibenefit",
                              "t89"."_istart",
                              "t89"."_i_start",
                              "t89"."_i_end",
                              "t89"."_cum",
                              CASE
                                WHEN "t89"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t89"."_plain"
                              END AS "_point"
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
                                "t88"."_ipid",
                                "t88"."_ibenefit",
                                "t88"."_istart",
                                "t88"."_i_start",
                                "t88"."_i_end",
                                "t88"."_cum"
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
                                  COALESCE(
                                    CASE
                                      WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 4
                                      WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  ) + COALESCE(0, 0) AS "required",
                                  CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                  (
                                    CASE
                                      WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 4
                                      WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND (
                                    CASE
                                      WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
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
                                      "t81"."benefit"
                                    ),
                                    FALSE
                                  ) AS "in_force",
                                  COALESCE(
                                    (
                                      CASE
                                        WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 4
                                        WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NULL
                                    )
                                    AND COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                        "t81"."benefit"
                                      )
                                      OR ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                        CASE WHEN "t81"."benefit" IS NULL THEN NULL ELSE CONCAT("t81"."benefit", ':') END || COALESCE("t81"."target_group", '')
                                      ),
                                      FALSE
                                    ),
                                    FALSE
                                  ) AS "_end_unconfirmed",
                                  CAST(CAST("t81"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t81"."window_start",
                                    CAST(CAST("t81"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
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
                                    CASE
                                      WHEN COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t78"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                            ELSE CAST(NULL AS TEXT[])
                                          END,
                                          "t78"."benefit"
                                        ),
                                        FALSE
                                      )
                                      THEN COALESCE("t78"."first_contact_date", "t78"."start_date")
                                      ELSE "t78"."start_date"
                                    END AS "window_start"
                                  FROM (
                                    SELECT
                                      "t77"."person_id",
                                      "t77"."benefit",
                                      "t77"."_key" AS "start_date",
                                      CASE
                                        WHEN "t77"."_end" = MAKE_DATE(9999, 12, 31)
                                        THEN CAST(NULL AS DATE)
                                        ELSE "t77"."_end"
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
                                      "t77"."early_followup_request_date",
                                      "t77"."education_order",
                                      "t77"."periods"
                                    FROM (
                                      SELECT
                                        "t74"."person_id",
                                        "t74"."benefit",
                                        "t74"."_key",
                                        MAX("t74"."_end") AS "_end",
                                        COUNT(*) AS "periods",
                                        FIRST("t74"."_rid" ORDER BY "t74"."start_date") AS "_first",
                                        MIN("t74"."early_followup_request_date") AS "early_followup_request_date",
                                        BOOL_OR(CAST(COALESCE("t74"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                      FROM "t73" AS "t74"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t77"
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
                                      ON "t77"."_first" = "t6"."_frid"
                                  ) AS "t78"
                                  WHERE
                                    "t78"."benefit" IN (
                                      'jobafklaring',
                                      'kontanthjaelp',
                                      'ledighedsydelse',
                                      'ressourceforloeb',
                                      'revalidering',
                                      'uddannelseshjaelp'
                                    )
                                ) AS "t81"
                              ) AS "t85"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t86"."person_id" AS "_ipid",
                                  "t86"."benefit" AS "_ibenefit",
                                  "t86"."start_date" AS "_istart",
                                  "t86"."i_start" AS "_i_start",
                                  "t86"."i_end" AS "_i_end",
                                  "t86"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t83"."person_id",
                                    "t83"."benefit",
                                    "t83"."_key" AS "start_date",
                                    "t83"."i_start",
                                    "t83"."i_end",
                                    CAST(COALESCE(
                                      SUM("t83"."_len") OVER (
                                        PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                        ORDER BY "t83"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t82"."person_id",
                                      "t82"."benefit",
                                      "t82"."_key",
                                      "t82"."_island",
                                      "t82"."i_start",
                                      "t82"."i_end",
                                      CASE
                                        WHEN "t82"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t82"."i_start", "t82"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t80"."person_id",
                                        "t80"."benefit",
                                        "t80"."_key",
                                        "t80"."_island",
                                        MIN("t80"."start_date") AS "i_start",
                                        MAX("t80"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t79"."person_id",
                                          "t79"."benefit",
                                          "t79"."start_date",
                                          "t79"."_end",
                                          "t79"."_key",
                                          "t79"."_acc",
                                          "t79"."_rid",
                                          "t79"."early_followup_request_date",
                                          "t79"."education_order",
                                          "t79"."_new",
                                          SUM("t79"."_new") OVER (
                                            PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                            ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t75"."person_id",
                                            "t75"."benefit",
                                            "t75"."start_date",
                                            "t75"."_end",
                                            "t75"."_key",
                                            "t75"."_acc",
                                            "t75"."_rid",
                                            "t75"."early_followup_request_date",
                                            "t75"."education_order",
                                            CASE
                                              WHEN MAX("t75"."_end") OVER (
                                                PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t75"."start_date" > CAST(CAST(MAX("t75"."_end") OVER (
                                                PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t73" AS "t74"
                                            WHERE
                                              "t74"."_acc"
                                          ) AS "t75"
                                        ) AS "t79"
                                      ) AS "t80"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t82"
                                  ) AS "t83"
                                ) AS "t86"
                              ) AS "t88"
                                ON "t85"."person_id" = "t88"."_ipid"
                                AND "t85"."benefit" = "t88"."_ibenefit"
                                AND "t85"."start_date" = "t88"."_istart"
                                AND "t88"."_cum" < "t85"."_needed"
                                AND (
                                  (
                                    "t88"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t88"."_cum" + DATE_DIFF('DAY', "t88"."_i_start", "t88"."_i_end") + 1
                                    ) >= "t85"."_needed"
                                  )
                                )
                            ) AS "t89"
                          ) AS "t90"
                        ) AS "t91"
                      ) AS "t92"
                    ) AS "t94"
                    LEFT OUTER JOIN (
                      SELECT
                        "t97"."person_id",
                        "t97"."benefit",
                        "t97"."start_date",
                        CAST(SUM(
                          DATE_DIFF(
                            'DAY',
                            GREATEST("t97"."_ex_start", "t97"."_from"),
                            LEAST("t97"."_ex_end", "t97"."_to")
                          ) + 1
                        ) AS INT) AS "exempt_days",
                        BOOL_OR(
                          CAST((
                            "t97"."_ex_start" <= CAST($as_of AS DATE)
                          )
                          AND (
                            "t97"."_ex_end" >= CAST($as_of AS DATE)
                          ) AS BOOLEAN)
                        ) AS "exempt_now",
                        ARRAY_TO_STRING(
                          LIST_SORT(
                            ARRAY_AGG(
                              CASE
                                WHEN CAST("t97"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t97"."_ex_end" AS TEXT) IS NULL
                                OR "t97"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t97"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t97"."_ex_end" AS TEXT),
                                  ' (',
                                  "t97"."_ex_reason",
                                  ')'
                                )
                              END
                            ) FILTER(WHERE
                              CASE
                                WHEN CAST("t97"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t97"."_ex_end" AS TEXT) IS NULL
                                OR "t97"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t97"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t97"."_ex_end" AS TEXT),
                                  ' (',
                                  "t97"."_ex_reason",
                                  ')'
                                )
                              END IS NOT NULL)
                          ),
                          ', '
                        ) AS "exemption_note"
                      FROM (
                        SELECT
                          "t96"."person_id",
                          "t96"."benefit",
                          "t96"."start_date",
                          "t96"."_from",
                          "t96"."_to",
                          "t7"."_pid",
                          "t7"."_ex_start",
                          "t7"."_ex_end",
                          "t7"."_ex_reason"
                        FROM (
                          SELECT
                            "t93"."person_id",
                            "t93"."benefit",
                            "t93"."start_date",
                            "t93"."window_start" AS "_from",
                            "t93"."due0" AS "_to"
                          FROM (
                            SELECT
                              "t92".*
                              EXCLUDE ("_point")
                            FROM (
                              SELECT
                                "t91"."person_id",
                                "t91"."benefit",
                                "t91"."start_date",
                                "t91"."end_date",
                                "t91"."first_contact_date",
                                "t91"."target_group",
                                "t91"."first_absence_date",
                                "t91"."sickness_category",
                                "t91"."employed",
                                "t91"."handover_date",
                                "t91"."expected_absence_weeks",
                                "t91"."work_obligation",
                                "t91"."municipality",
                                "t91"."early_followup_request_date",
                                "t91"."education_order",
                                "t91"."periods",
                                "t91"."window_start",
                                "t91"."required",
                                "t91"."required_joint",
                                "t91"."in_force",
                                "t91"."_end_unconfirmed",
                                "t91"."_point",
                                CAST(CAST("t91"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                              FROM (
                                SELECT
                                  "t90".*
                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                FROM (
                                  SELECT
                                    "t89"."person_id",
                                    "t89"."benefit",
                                    "t89"."start_date",
                                    "t89"."end_date",
                                    "t89"."first_contact_date",
                                    "t89"."target_group",
                                    "t89"."first_absence_date",
                                    "t89"."sickness_category",
                                    "t89"."employed",
                                    "t89"."handover_date",
                                    "t89"."expected_absence_weeks",
                                    "t89"."work_obligation",
                                    "t89"."municipality",
                                    "t89"."early_followup_request_date",
                                    "t89"."education_order",
                                    "t89"."periods",
                                    "t89"."window_start",
                                    "t89"."required",
                                    "t89"."required_joint",
                                    "t89"."in_force",
                                    "t89"."_end_unconfirmed",
                                    "t89"."_plain",
                                    "t89"."_needed",
                                    "t89"."_ipid",
                                    "t89"."_ibenefit",
                                    "t89"."_istart",
                                    "t89"."_i_start",
                                    "t89"."_i_end",
                                    "t89"."_cum",
                                    CASE
                                      WHEN "t89"."_i_start" IS NOT NULL
                                      THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                      ELSE "t89"."_plain"
                                    END AS "_point"
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
                                      "t88"."_ipid",
                                      "t88"."_ibenefit",
                                      "t88"."_istart",
                                      "t88"."_i_start",
                                      "t88"."_i_end",
                                      "t88"."_cum"
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
                                        COALESCE(
                                          CASE
                                            WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 4
                                            WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) + COALESCE(0, 0) AS "required",
                                        CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                        (
                                          CASE
                                            WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 4
                                            WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        )
                                        AND (
                                          CASE
                                            WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
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
                                            "t81"."benefit"
                                          ),
                                          FALSE
                                        ) AS "in_force",
                                        COALESCE(
                                          (
                                            CASE
                                              WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t81"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 4
                                              WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NULL
                                          )
                                          AND COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                              "t81"."benefit"
                                            )
                                            OR ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t81"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                              CASE WHEN "t81"."benefit" IS NULL THEN NULL ELSE CONCAT("t81"."benefit", ':') END || COALESCE("t81"."target_group", '')
                                            ),
                                            FALSE
                                          ),
                                          FALSE
                                        ) AS "_end_unconfirmed",
                                        CAST(CAST("t81"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                        DATE_DIFF(
                                          'DAY',
                                          "t81"."window_start",
                                          CAST(CAST("t81"."window_start" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                        ) AS "_needed"
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
                                          CASE
                                            WHEN COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t78"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t78"."benefit"
                                              ),
                                              FALSE
                                            )
                                            THEN COALESCE("t78"."first_contact_date", "t78"."start_date")
                                            ELSE "t78"."start_date"
                                          END AS "window_start"
                                        FROM (
                                          SELECT
                                            "t77"."person_id",
                                            "t77"."benefit",
                                            "t77"."_key" AS "start_date",
                                            CASE
                                              WHEN "t77"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t77"."_end"
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
                                            "t77"."early_followup_request_date",
                                            "t77"."education_order",
                                            "t77"."periods"
                                          FROM (
                                            SELECT
                                              "t74"."person_id",
                                              "t74"."benefit",
                                              "t74"."_key",
                                              MAX("t74"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t74"."_rid" ORDER BY "t74"."start_date") AS "_first",
                                              MIN("t74"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t74"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t73" AS "t74"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t77"
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
                                            ON "t77"."_first" = "t6"."_frid"
                                        ) AS "t78"
                                        WHERE
                                          "t78"."benefit" IN (
                                            'jobafklaring',
                                            'kontanthjaelp',
                                            'ledighedsydelse',
                                            'ressourceforloeb',
                                            'revalidering',
                                            'uddannelseshjaelp'
                                          )
                                      ) AS "t81"
                                    ) AS "t85"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t86"."person_id" AS "_ipid",
                                        "t86"."benefit" AS "_ibenefit",
                                        "t86"."start_date" AS "_istart",
                                        "t86"."i_start" AS "_i_start",
                                        "t86"."i_end" AS "_i_end",
                                        "t86"."cum_before" AS "_cum"
                                      FROM (
                                        SELECT
                                          "t83"."person_id",
                                          "t83"."benefit",
                                          "t83"."_key" AS "start_date",
                                          "t83"."i_start",
                                          "t83"."i_end",
                                          CAST(COALESCE(
                                            SUM("t83"."_len") OVER (
                                              PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                              ORDER BY "t83"."i_start" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ),
                                            0
                                          ) AS INT) AS "cum_before"
                                        FROM (
                                          SELECT
                                            "t82"."person_id",
                                            "t82"."benefit",
                                            "t82"."_key",
                                            "t82"."_island",
                                            "t82"."i_start",
                                            "t82"."i_end",
                                            CASE
                                              WHEN "t82"."i_end" = MAKE_DATE(9999, 12, 31)
                                              THEN 0
                                              ELSE DATE_DIFF('DAY', "t82"."i_start", "t82"."i_end") + 1
                                            END AS "_len"
                                          FROM (
                                            SELECT
                                              "t80"."person_id",
                                              "t80"."benefit",
                                              "t80"."_key",
                                              "t80"."_island",
                                              MIN("t80"."start_date") AS "i_start",
                                              MAX("t80"."_end") AS "i_end"
                                            FROM (
                                              SELECT
                                                "t79"."person_id",
                                                "t79"."benefit",
                                                "t79"."start_date",
                                                "t79"."_end",
                                                "t79"."_key",
                                                "t79"."_acc",
                                                "t79"."_rid",
                                                "t79"."early_followup_request_date",
                                                "t79"."education_order",
                                                "t79"."_new",
                                                SUM("t79"."_new") OVER (
                                                  PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                  ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                ) AS "_island"
                                              FROM (
                                                SELECT
                                                  "t75"."person_id",
                                                  "t75"."benefit",
                                                  "t75"."start_date",
                                                  "t75"."_end",
                                                  "t75"."_key",
                                                  "t75"."_acc",
                                                  "t75"."_rid",
                                                  "t75"."early_followup_request_date",
                                                  "t75"."education_order",
                                                  CASE
                                                    WHEN MAX("t75"."_end") OVER (
                                                      PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                      ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) IS NULL
                                                    THEN 1
                                                    WHEN "t75"."start_date" > CAST(CAST(MAX("t75"."_end") OVER (
                                                      PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                      ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                    THEN 1
                                                    ELSE 0
                                                  END AS "_new"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM "t73" AS "t74"
                                                  WHERE
                                                    "t74"."_acc"
                                                ) AS "t75"
                                              ) AS "t79"
                                            ) AS "t80"
                                            GROUP BY
                                              1,
                                              2,
                                              3,
                                              4
                                          ) AS "t82"
                                        ) AS "t83"
                                      ) AS "t86"
                                    ) AS "t88"
                                      ON "t85"."person_id" = "t88"."_ipid"
                                      AND "t85"."benefit" = "t88"."_ibenefit"
                                      AND "t85"."start_date" = "t88"."_istart"
                                      AND "t88"."_cum" < "t85"."_needed"
                                      AND (
                                        (
                                          "t88"."_i_end" = MAKE_DATE(9999, 12, 31)
                                        )
                                        OR (
                                          (
                                            "t88"."_cum" + DATE_DIFF('DAY', "t88"."_i_start", "t88"."_i_end") + 1
                                          ) >= "t85"."_needed"
                                        )
                                      )
                                  ) AS "t89"
                                ) AS "t90"
                              ) AS "t91"
                            ) AS "t92"
                          ) AS "t93"
                        ) AS "t96"
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
                          ON "t96"."person_id" = "t7"."_pid"
                          AND "t7"."_ex_start" <= "t96"."_to"
                          AND "t7"."_ex_end" >= "t96"."_from"
                      ) AS "t97"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t99"
                      ON "t94"."person_id" = "t99"."person_id"
                      AND "t94"."benefit" = "t99"."benefit"
                      AND "t94"."start_date" = "t99"."start_date"
                  ) AS "t100"
                ) AS "t101"
              ) AS "t108"
                ON "t110"."person_id" = "t108"."person_id"
                AND "t110"."benefit" = "t108"."benefit"
                AND "t110"."start_date" = "t108"."start_date"
            ) AS "t111"
            WHERE
              "t111"."_n" > 0
          ) AS "t112"
          GROUP BY
            1,
            2,
            3
        ) AS "t113"
      ) AS "t115"
        ON "t107"."person_id" = "t115"."person_id"
        AND "t107"."benefit" = "t115"."benefit"
        AND "t107"."start_date" = "t115"."start_date"
    ) AS "t116"
  ) AS "t117"
) AS "t118"
