WITH "t13" AS (
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
), "t16" AS (
  SELECT
    "t14"."person_id",
    COUNT(*) AS "_rows"
  FROM "t13" AS "t14"
  GROUP BY
    1
), "t30" AS (
  SELECT
    *
  FROM (
    SELECT
      "t28"."person_id",
      "t28"."benefit",
      "t28"."start_date",
      "t28"."target_group",
      "t28"."early_followup_request_date",
      "t28"."education_order",
      "t28"."_rid",
      "t28"."_end",
      "t28"."_acc",
      "t28"."_new",
      "t28"."_spell_start"
    FROM (
      SELECT
        "t27"."person_id",
        "t27"."benefit",
        "t27"."start_date",
        "t27"."target_group",
        "t27"."early_followup_request_date",
        "t27"."education_order",
        "t27"."_rid",
        "t27"."_end",
        "t27"."_acc",
        "t27"."_switch",
        "t27"."_run",
        "t27"."_new",
        MAX(CASE WHEN "t27"."_new" = 1 THEN "t27"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
          PARTITION BY "t27"."person_id"
          ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell_start"
      FROM (
        SELECT
          "t26"."person_id",
          "t26"."benefit",
          "t26"."start_date",
          "t26"."target_group",
          "t26"."early_followup_request_date",
          "t26"."education_order",
          "t26"."_rid",
          "t26"."_end",
          "t26"."_acc",
          "t26"."_switch",
          "t26"."_run",
          CASE
            WHEN (
              "t26"."_switch" = 1
            )
            OR (
              (
                MAX("t26"."_end") OVER (
                  PARTITION BY "t26"."person_id", "t26"."_run"
                  ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NOT NULL
              )
              AND (
                MAX("t26"."_end") OVER (
                  PARTITION BY "t26"."person_id", "t26"."_run"
                  ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) < MAKE_DATE(9999, 12, 31)
              )
              AND (
                "t26"."start_date" > CAST(CAST(MAX("t26"."_end") OVER (
                  PARTITION BY "t26"."person_id", "t26"."_run"
                  ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
              )
              AND (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t26"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN ['sygedagpenge']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t26"."benefit"
                  ),
                  FALSE
                )
                OR (
                  (
                    CASE
                      WHEN "t26"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    "t26"."start_date" >= CAST(CAST(CASE
                      WHEN EXTRACT(day FROM CAST(CAST(MAX("t26"."_end") OVER (
                        PARTITION BY "t26"."person_id", "t26"."_run"
                        ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                      THEN CAST(CAST(MAX("t26"."_end") OVER (
                        PARTITION BY "t26"."person_id", "t26"."_run"
                        ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ELSE CAST(CAST(DATE_TRUNC(
                        'MONTH',
                        CAST(CAST(MAX("t26"."_end") OVER (
                          PARTITION BY "t26"."person_id", "t26"."_run"
                          ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                    END + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t26"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                  WHEN "t26"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                  ELSE CAST(NULL AS TEXT[])
                END,
                LAG("t26"."target_group") OVER (
                  PARTITION BY "t26"."person_id", "t26"."_run"
                  ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) || CASE
                  WHEN "t26"."target_group" IS NULL
                  THEN NULL
                  ELSE CONCAT('>', "t26"."target_group")
                END
              ),
              FALSE
            )
            THEN 1
            ELSE 0
          END AS "_new"
        FROM (
          SELECT
            "t25"."person_id",
            "t25"."benefit",
            "t25"."start_date",
            "t25"."target_group",
            "t25"."early_followup_request_date",
            "t25"."education_order",
            "t25"."_rid",
            "t25"."_end",
            "t25"."_acc",
            "t25"."_switch",
            SUM("t25"."_switch") OVER (
              PARTITION BY "t25"."person_id"
              ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "_run"
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
              CASE
                WHEN LAG("t23"."benefit") OVER (
                  PARTITION BY "t23"."person_id"
                  ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) IS NULL
                THEN 1
                WHEN LAG("t23"."benefit") OVER (
                  PARTITION BY "t23"."person_id"
                  ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) <> "t23"."benefit"
                THEN 1
                ELSE 0
              END AS "_switch"
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
                "t15"."_acc"
              FROM "t13" AS "t15"
              SEMI JOIN (
                SELECT
                  *
                FROM "t16" AS "t17"
                WHERE
                  "t17"."_rows" > 1
              ) AS "t21"
                ON "t15"."person_id" = "t21"."person_id"
            ) AS "t23"
          ) AS "t25"
        ) AS "t26"
      ) AS "t27"
    ) AS "t28"
  ) AS "t29"
  UNION ALL
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
      1 AS "_new",
      "t22"."start_date" AS "_spell_start"
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
        "t15"."_acc"
      FROM "t13" AS "t15"
      SEMI JOIN (
        SELECT
          *
        FROM "t16" AS "t17"
        WHERE
          "t17"."_rows" = 1
      ) AS "t20"
        ON "t15"."person_id" = "t20"."person_id"
    ) AS "t22"
  ) AS "t24"
), "t32" AS (
  SELECT
    *
  FROM "t30" AS "t31"
  WHERE
    "t31"."_acc"
), "t36" AS (
  SELECT
    "t34"."person_id",
    "t34"."benefit",
    MIN("t34"."start_date") AS "c1"
  FROM "t32" AS "t34"
  GROUP BY
    1,
    2
), "t45" AS (
  SELECT
    "t44"."person_id",
    "t44"."benefit",
    "t44"."c1",
    "t44"."c2"
  FROM (
    SELECT
      "t38"."person_id",
      "t38"."benefit",
      "t38"."c1",
      "t43"."person_id" AS "person_id_right",
      "t43"."benefit" AS "benefit_right",
      "t43"."c2"
    FROM "t36" AS "t38"
    LEFT OUTER JOIN (
      SELECT
        "t41"."person_id",
        "t41"."benefit",
        MIN("t41"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t35"."person_id",
            "t35"."benefit",
            "t35"."start_date",
            "t35"."target_group",
            "t35"."early_followup_request_date",
            "t35"."education_order",
            "t35"."_rid",
            "t35"."_end",
            "t35"."_acc",
            "t35"."_new",
            "t35"."_spell_start",
            "t39"."c1"
          FROM "t32" AS "t35"
          INNER JOIN "t36" AS "t39"
            ON "t35"."person_id" = "t39"."person_id" AND "t35"."benefit" = "t39"."benefit"
        ) AS "t40"
        WHERE
          "t40"."start_date" >= CAST(CAST("t40"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t40"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t41"
      GROUP BY
        1,
        2
    ) AS "t43"
      ON "t38"."person_id" = "t43"."person_id" AND "t38"."benefit" = "t43"."benefit"
  ) AS "t44"
), "t54" AS (
  SELECT
    "t53"."person_id",
    "t53"."benefit",
    "t53"."c1",
    "t53"."c2",
    "t53"."c3"
  FROM (
    SELECT
      "t47"."person_id",
      "t47"."benefit",
      "t47"."c1",
      "t47"."c2",
      "t52"."person_id" AS "person_id_right",
      "t52"."benefit" AS "benefit_right",
      "t52"."c3"
    FROM "t45" AS "t47"
    LEFT OUTER JOIN (
      SELECT
        "t50"."person_id",
        "t50"."benefit",
        MIN("t50"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t35"."person_id",
            "t35"."benefit",
            "t35"."start_date",
            "t35"."target_group",
            "t35"."early_followup_request_date",
            "t35"."education_order",
            "t35"."_rid",
            "t35"."_end",
            "t35"."_acc",
            "t35"."_new",
            "t35"."_spell_start",
            "t48"."c1",
            "t48"."c2"
          FROM "t32" AS "t35"
          INNER JOIN "t45" AS "t48"
            ON "t35"."person_id" = "t48"."person_id" AND "t35"."benefit" = "t48"."benefit"
        ) AS "t49"
        WHERE
          "t49"."start_date" >= CAST(CAST("t49"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t49"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
), "t77" AS (
  SELECT
    *
  FROM (
    SELECT
      "t31"."person_id",
      "t31"."benefit",
      "t31"."start_date",
      "t31"."_end",
      "t31"."_spell_start" AS "_key",
      "t31"."_acc",
      "t31"."_rid",
      "t31"."early_followup_request_date",
      "t31"."education_order"
    FROM "t30" AS "t31"
    WHERE
      NOT (
        "t31"."_acc"
      )
  ) AS "t33"
  UNION ALL
  SELECT
    *
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
      "t75"."education_order"
    FROM (
      SELECT
        "t74".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t73"."person_id",
          "t73"."benefit",
          "t73"."start_date",
          "t73"."target_group",
          "t73"."early_followup_request_date",
          "t73"."education_order",
          "t73"."_rid",
          "t73"."_end",
          "t73"."_acc",
          "t73"."_new",
          "t73"."_spell_start",
          "t73"."c1",
          "t73"."c2",
          "t73"."c3",
          "t73"."c4",
          "t73"."c5",
          GREATEST(
            CASE
              WHEN "t73"."c1" <= "t73"."start_date"
              THEN "t73"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t73"."c2" <= "t73"."start_date"
              THEN "t73"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t73"."c3" <= "t73"."start_date"
              THEN "t73"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t73"."c4" <= "t73"."start_date"
              THEN "t73"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t73"."c5" <= "t73"."start_date"
              THEN "t73"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t35"."person_id",
            "t35"."benefit",
            "t35"."start_date",
            "t35"."target_group",
            "t35"."early_followup_request_date",
            "t35"."education_order",
            "t35"."_rid",
            "t35"."_end",
            "t35"."_acc",
            "t35"."_new",
            "t35"."_spell_start",
            "t72"."c1",
            "t72"."c2",
            "t72"."c3",
            "t72"."c4",
            "t72"."c5"
          FROM "t32" AS "t35"
          INNER JOIN (
            SELECT
              "t70".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t64"."person_id",
                "t64"."benefit",
                "t64"."c1",
                "t64"."c2",
                "t64"."c3",
                "t64"."c4",
                "t69"."person_id" AS "person_id_right",
                "t69"."benefit" AS "benefit_right",
                "t69"."c5"
              FROM (
                SELECT
                  "t62".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t56"."person_id",
                    "t56"."benefit",
                    "t56"."c1",
                    "t56"."c2",
                    "t56"."c3",
                    "t61"."person_id" AS "person_id_right",
                    "t61"."benefit" AS "benefit_right",
                    "t61"."c4"
                  FROM "t54" AS "t56"
                  LEFT OUTER JOIN (
                    SELECT
                      "t59"."person_id",
                      "t59"."benefit",
                      MIN("t59"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t35"."person_id",
                          "t35"."benefit",
                          "t35"."start_date",
                          "t35"."target_group",
                          "t35"."early_followup_request_date",
                          "t35"."education_order",
                          "t35"."_rid",
                          "t35"."_end",
                          "t35"."_acc",
                          "t35"."_new",
                          "t35"."_spell_start",
                          "t57"."c1",
                          "t57"."c2",
                          "t57"."c3"
                        FROM "t32" AS "t35"
                        INNER JOIN "t54" AS "t57"
                          ON "t35"."person_id" = "t57"."person_id" AND "t35"."benefit" = "t57"."benefit"
                      ) AS "t58"
                      WHERE
                        "t58"."start_date" >= CAST(CAST("t58"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t58"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t59"
                    GROUP BY
                      1,
                      2
                  ) AS "t61"
                    ON "t56"."person_id" = "t61"."person_id" AND "t56"."benefit" = "t61"."benefit"
                ) AS "t62"
              ) AS "t64"
              LEFT OUTER JOIN (
                SELECT
                  "t67"."person_id",
                  "t67"."benefit",
                  MIN("t67"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t35"."person_id",
                      "t35"."benefit",
                      "t35"."start_date",
                      "t35"."target_group",
                      "t35"."early_followup_request_date",
                      "t35"."education_order",
                      "t35"."_rid",
                      "t35"."_end",
                      "t35"."_acc",
                      "t35"."_new",
                      "t35"."_spell_start",
                      "t65"."c1",
                      "t65"."c2",
                      "t65"."c3",
                      "t65"."c4"
                    FROM "t32" AS "t35"
                    INNER JOIN (
                      SELECT
                        "t62".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t56"."person_id",
                          "t56"."benefit",
                          "t56"."c1",
                          "t56"."c2",
                          "t56"."c3",
                          "t61"."person_id" AS "person_id_right",
                          "t61"."benefit" AS "benefit_right",
                          "t61"."c4"
                        FROM "t54" AS "t56"
                        LEFT OUTER JOIN (
                          SELECT
                            "t59"."person_id",
                            "t59"."benefit",
                            MIN("t59"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t35"."person_id",
                                "t35"."benefit",
                                "t35"."start_date",
                                "t35"."target_group",
                                "t35"."early_followup_request_date",
                                "t35"."education_order",
                                "t35"."_rid",
                                "t35"."_end",
                                "t35"."_acc",
                                "t35"."_new",
                                "t35"."_spell_start",
                                "t57"."c1",
                                "t57"."c2",
                                "t57"."c3"
                              FROM "t32" AS "t35"
                              INNER JOIN "t54" AS "t57"
                                ON "t35"."person_id" = "t57"."person_id" AND "t35"."benefit" = "t57"."benefit"
                            ) AS "t58"
                            WHERE
                              "t58"."start_date" >= CAST(CAST("t58"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t58"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t59"
                          GROUP BY
                            1,
                            2
                        ) AS "t61"
                          ON "t56"."person_id" = "t61"."person_id" AND "t56"."benefit" = "t61"."benefit"
                      ) AS "t62"
                    ) AS "t65"
                      ON "t35"."person_id" = "t65"."person_id" AND "t35"."benefit" = "t65"."benefit"
                  ) AS "t66"
                  WHERE
                    "t66"."start_date" >= CAST(CAST("t66"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t66"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t67"
                GROUP BY
                  1,
                  2
              ) AS "t69"
                ON "t64"."person_id" = "t69"."person_id" AND "t64"."benefit" = "t69"."benefit"
            ) AS "t70"
          ) AS "t72"
            ON "t35"."person_id" = "t72"."person_id" AND "t35"."benefit" = "t72"."benefit"
        ) AS "t73"
      ) AS "t74"
    ) AS "t75"
  ) AS "t76"
)
SELECT
  "t146"."person_id",
  "t146"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_interviews_6m' AS "rule_id",
  '1.3.0' AS "rule_version",
  CASE
    WHEN "t146"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t146"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023 – forenklet kontaktforløb)'
    WHEN "t146"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t146"."window_start",
  CASE
    WHEN COALESCE("t146"."is_applicable", FALSE)
    THEN "t146"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t146"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t146"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t146"."fulfilled_date" <= "t146"."due_date"
    )
    THEN 'met'
    WHEN "t146"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t146"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t146"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t146"."is_applicable", FALSE)
    THEN "t146"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t146"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t146"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t146"."fulfilled_date" > "t146"."due_date"
    )
    THEN DATE_DIFF('DAY', "t146"."due_date", "t146"."fulfilled_date")
    WHEN NOT (
      "t146"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t146"."is_exempt", FALSE)
    )
    AND (
      "t146"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t146"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t146"."is_applicable", FALSE)
              THEN "t146"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t146"."window_start"
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
              WHEN COALESCE("t146"."is_applicable", FALSE)
              THEN "t146"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t146"."window_start"
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
  END || COALESCE("t146"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t145"."person_id",
    "t145"."benefit",
    "t145"."start_date",
    "t145"."end_date",
    "t145"."first_contact_date",
    "t145"."target_group",
    "t145"."first_absence_date",
    "t145"."sickness_category",
    "t145"."employed",
    "t145"."handover_date",
    "t145"."expected_absence_weeks",
    "t145"."work_obligation",
    "t145"."municipality",
    "t145"."early_followup_request_date",
    "t145"."education_order",
    "t145"."periods",
    "t145"."window_start",
    "t145"."required",
    "t145"."required_joint",
    "t145"."in_force",
    "t145"."_end_unconfirmed",
    "t145"."due0",
    "t145"."exempt_days",
    "t145"."exempt_now",
    "t145"."exemption_note",
    "t145"."due_date",
    "t145"."_count_from",
    "t145"."nth_date",
    "t145"."counted",
    "t145"."in_window",
    "t145"."listed",
    "t145"."joint_date",
    "t145"."joint_in_window",
    CASE
      WHEN "t145"."required_joint" = 0
      THEN "t145"."nth_date"
      WHEN (
        "t145"."nth_date" IS NOT NULL
      ) AND (
        "t145"."joint_date" IS NOT NULL
      )
      THEN GREATEST("t145"."nth_date", "t145"."joint_date")
      ELSE CAST(NULL AS DATE)
    END AS "fulfilled_date",
    "t145"."in_force"
    AND NOT (
      (
        "t145"."end_date" IS NOT NULL
      )
      AND (
        "t145"."end_date" < "t145"."due_date"
      )
      AND (
        CASE
          WHEN "t145"."required_joint" = 0
          THEN "t145"."nth_date"
          WHEN (
            "t145"."nth_date" IS NOT NULL
          ) AND (
            "t145"."joint_date" IS NOT NULL
          )
          THEN GREATEST("t145"."nth_date", "t145"."joint_date")
          ELSE CAST(NULL AS DATE)
        END IS NULL
      )
    ) AS "is_applicable",
    "t145"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t145"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t145"."end_date" IS NOT NULL
        )
        AND (
          "t145"."end_date" < "t145"."due_date"
        )
        AND (
          CASE
            WHEN "t145"."required_joint" = 0
            THEN "t145"."nth_date"
            WHEN (
              "t145"."nth_date" IS NOT NULL
            ) AND (
              "t145"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t145"."nth_date", "t145"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t145"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t145"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t145"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t145"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t145"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t145"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t145"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t145"."listed" IS NOT NULL
          THEN CASE WHEN "t145"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t145"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t145"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t145"."end_date" AS TEXT))
        END
        WHEN "t145"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t145"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t145"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t145"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t145"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t145"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t145"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t145"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t145"."listed" IS NOT NULL
          THEN CASE WHEN "t145"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t145"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t145"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t145"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t145"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t145"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t145"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t145"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t145"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t145"."listed" IS NOT NULL
          THEN CASE WHEN "t145"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t145"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t145"."end_date" IS NOT NULL
        )
        AND (
          "t145"."end_date" < "t145"."due_date"
        )
        AND (
          CASE
            WHEN "t145"."required_joint" = 0
            THEN "t145"."nth_date"
            WHEN (
              "t145"."nth_date" IS NOT NULL
            ) AND (
              "t145"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t145"."nth_date", "t145"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t145"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t145"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t145"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t145"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t145"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t145"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t145"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t145"."listed" IS NOT NULL
          THEN CASE WHEN "t145"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t145"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t145"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t145"."end_date" AS TEXT))
        END
        WHEN "t145"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t145"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t145"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t145"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t145"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t145"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t145"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t145"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t145"."listed" IS NOT NULL
          THEN CASE WHEN "t145"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t145"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t145"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t145"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t145"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t145"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t145"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t145"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t145"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t145"."listed" IS NOT NULL
          THEN CASE WHEN "t145"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t145"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t145"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t145"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t144".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t143"."person_id",
        "t143"."benefit",
        "t143"."start_date",
        "t143"."end_date",
        "t143"."first_contact_date",
        "t143"."target_group",
        "t143"."first_absence_date",
        "t143"."sickness_category",
        "t143"."employed",
        "t143"."handover_date",
        "t143"."expected_absence_weeks",
        "t143"."work_obligation",
        "t143"."municipality",
        "t143"."early_followup_request_date",
        "t143"."education_order",
        "t143"."periods",
        "t143"."window_start",
        "t143"."required",
        "t143"."required_joint",
        "t143"."in_force",
        "t143"."_end_unconfirmed",
        "t143"."due0",
        "t143"."exempt_days",
        "t143"."exempt_now",
        "t143"."exemption_note",
        "t143"."due_date",
        "t143"."_count_from",
        "t143"."nth_date",
        "t143"."counted",
        "t143"."in_window",
        "t143"."listed",
        "t139"."person_id" AS "person_id_right",
        "t139"."benefit" AS "benefit_right",
        "t139"."start_date" AS "start_date_right",
        "t139"."joint_date",
        "t139"."joint_in_window"
      FROM (
        SELECT
          "t141".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
        FROM (
          SELECT
            "t116"."person_id",
            "t116"."benefit",
            "t116"."start_date",
            "t116"."end_date",
            "t116"."first_contact_date",
            "t116"."target_group",
            "t116"."first_absence_date",
            "t116"."sickness_category",
            "t116"."employed",
            "t116"."handover_date",
            "t116"."expected_absence_weeks",
            "t116"."work_obligation",
            "t116"."municipality",
            "t116"."early_followup_request_date",
            "t116"."education_order",
            "t116"."periods",
            "t116"."window_start",
            "t116"."required",
            "t116"."required_joint",
            "t116"."in_force",
            "t116"."_end_unconfirmed",
            "t116"."due0",
            "t116"."exempt_days",
            "t116"."exempt_now",
            "t116"."exemption_note",
            "t116"."due_date",
            "t116"."_count_from",
            "t140"."person_id" AS "person_id_right",
            "t140"."benefit" AS "benefit_right",
            "t140"."start_date" AS "start_date_right",
            "t140"."nth_date",
            "t140"."counted",
            "t140"."in_window",
            "t140"."listed"
          FROM (
            SELECT
              "t114".*
              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
            FROM (
              SELECT
                "t113"."person_id",
                "t113"."benefit",
                "t113"."start_date",
                "t113"."end_date",
                "t113"."first_contact_date",
                "t113"."target_group",
                "t113"."first_absence_date",
                "t113"."sickness_category",
                "t113"."employed",
                "t113"."handover_date",
                "t113"."expected_absence_weeks",
                "t113"."work_obligation",
                "t113"."municipality",
                "t113"."early_followup_request_date",
                "t113"."education_order",
                "t113"."periods",
                "t113"."window_start",
                "t113"."required",
                "t113"."required_joint",
                "t113"."in_force",
                "t113"."_end_unconfirmed",
                "t113"."due0",
                "t113"."exempt_days",
                "t113"."exempt_now",
                "t113"."exemption_note",
                "t113"."due_date",
                "t113"."_plain",
                "t113"."_needed",
                "t113"."_ipid",
                "t113"."_ibenefit",
                "t113"."_istart",
                "t113"."_i_start",
                "t113"."_i_end",
                "t113"."_cum",
                CASE
                  WHEN "t113"."_i_start" IS NOT NULL
                  THEN CAST(CAST("t113"."_i_start" + TO_DAYS(CAST("t113"."_needed" - "t113"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                  ELSE "t113"."_plain"
                END AS "_count_from"
              FROM (
                SELECT
                  "t112"."person_id",
                  "t112"."benefit",
                  "t112"."start_date",
                  "t112"."end_date",
                  "t112"."first_contact_date",
                  "t112"."target_group",
                  "t112"."first_absence_date",
                  "t112"."sickness_category",
                  "t112"."employed",
                  "t112"."handover_date",
                  "t112"."expected_absence_weeks",
                  "t112"."work_obligation",
                  "t112"."municipality",
                  "t112"."early_followup_request_date",
                  "t112"."education_order",
                  "t112"."periods",
                  "t112"."window_start",
                  "t112"."required",
                  "t112"."required_joint",
                  "t112"."in_force",
                  "t112"."_end_unconfirmed",
                  "t112"."due0",
                  "t112"."exempt_days",
                  "t112"."exempt_now",
                  "t112"."exemption_note",
                  "t112"."due_date",
                  "t112"."_plain",
                  "t112"."_needed",
                  "t95"."_ipid",
                  "t95"."_ibenefit",
                  "t95"."_istart",
                  "t95"."_i_start",
                  "t95"."_i_end",
                  "t95"."_cum"
                FROM (
                  SELECT
                    "t110"."person_id",
                    "t110"."benefit",
                    "t110"."start_date",
                    "t110"."end_date",
                    "t110"."first_contact_date",
                    "t110"."target_group",
                    "t110"."first_absence_date",
                    "t110"."sickness_category",
                    "t110"."employed",
                    "t110"."handover_date",
                    "t110"."expected_absence_weeks",
                    "t110"."work_obligation",
                    "t110"."municipality",
                    "t110"."early_followup_request_date",
                    "t110"."education_order",
                    "t110"."periods",
                    "t110"."window_start",
                    "t110"."required",
                    "t110"."required_joint",
                    "t110"."in_force",
                    "t110"."_end_unconfirmed",
                    "t110"."due0",
                    COALESCE("t110"."exempt_days", 0) AS "exempt_days",
                    COALESCE("t110"."exempt_now", FALSE) AS "exempt_now",
                    COALESCE("t110"."exemption_note", '') AS "exemption_note",
                    CAST(CAST("t110"."due0" + TO_DAYS(
                      CASE
                        WHEN COALESCE(
                          CASE
                            WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        )
                        THEN COALESCE("t110"."exempt_days", 0)
                        ELSE 0
                      END
                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                    CAST(CAST("t110"."window_start" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 3
                          WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 0
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                    DATE_DIFF(
                      'DAY',
                      "t110"."window_start",
                      CAST(CAST("t110"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN 3
                            WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 0
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                    ) AS "_needed"
                  FROM (
                    SELECT
                      "t109".*
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
                        "t108"."person_id" AS "person_id_right",
                        "t108"."benefit" AS "benefit_right",
                        "t108"."start_date" AS "start_date_right",
                        "t108"."exempt_days",
                        "t108"."exempt_now",
                        "t108"."exemption_note"
                      FROM (
                        SELECT
                          "t101".*
                          EXCLUDE ("_point")
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
                            "t100"."_point",
                            CAST(CAST("t100"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                          FROM (
                            SELECT
                              "t99".*
                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                            FROM (
                              SELECT
                                "t98"."person_id",
                                "t98"."benefit",
                                "t98"."start_date",
                                "t98"."end_date",
                                "t98"."first_contact_date",
                                "t98"."target_group",
                                "t98"."first_absence_date",
                                "t98"."sickness_category",
                                "t98"."employed",
                                "t98"."handover_date",
                                "t98"."expected_absence_weeks",
                                "t98"."work_obligation",
                                "t98"."municipality",
                                "t98"."early_followup_request_date",
                                "t98"."education_order",
                                "t98"."periods",
                                "t98"."window_start",
                                "t98"."required",
                                "t98"."required_joint",
                                "t98"."in_force",
                                "t98"."_end_unconfirmed",
                                "t98"."_plain",
                                "t98"."_needed",
                                "t98"."_ipid",
                                "t98"."_ibenefit",
                                "t98"."_istart",
                                "t98"."_i_start",
                                "t98"."_i_end",
                                "t98"."_cum",
                                CASE
                                  WHEN "t98"."_i_start" IS NOT NULL
                                  THEN CAST(CAST("t98"."_i_start" + TO_DAYS(CAST("t98"."_needed" - "t98"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                  ELSE "t98"."_plain"
                                END AS "_point"
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
                                  "t97"."_plain",
                                  "t97"."_needed",
                                  "t95"."_ipid",
                                  "t95"."_ibenefit",
                                  "t95"."_istart",
                                  "t95"."_i_start",
                                  "t95"."_i_end",
                                  "t95"."_cum"
                                FROM (
                                  SELECT
                                    "t92"."person_id",
                                    "t92"."benefit",
                                    "t92"."start_date",
                                    "t92"."end_date",
                                    "t92"."first_contact_date",
                                    "t92"."target_group",
                                    "t92"."first_absence_date",
                                    "t92"."sickness_category",
                                    "t92"."employed",
                                    "t92"."handover_date",
                                    "t92"."expected_absence_weeks",
                                    "t92"."work_obligation",
                                    "t92"."municipality",
                                    "t92"."early_followup_request_date",
                                    "t92"."education_order",
                                    "t92"."periods",
                                    "t92"."start_date" AS "window_start",
                                    COALESCE(
                                      CASE
                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) + COALESCE(
                                      CASE
                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required",
                                    COALESCE(
                                      CASE
                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required_joint",
                                    (
                                      CASE
                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    )
                                    AND (
                                      CASE
                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    ) AS "in_force",
                                    COALESCE(
                                      (
                                        CASE
                                          WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                          "t92"."benefit"
                                        )
                                        OR ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                          CASE WHEN "t92"."benefit" IS NULL THEN NULL ELSE CONCAT("t92"."benefit", ':') END || COALESCE("t92"."target_group", '')
                                        ),
                                        FALSE
                                      ),
                                      FALSE
                                    ) AS "_end_unconfirmed",
                                    CAST(CAST("t92"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t92"."start_date",
                                      CAST(CAST("t92"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
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
                                      "t85"."periods"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t81"."person_id",
                                          "t81"."benefit",
                                          "t81"."_key" AS "start_date",
                                          CASE
                                            WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t81"."_end"
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
                                          "t81"."early_followup_request_date",
                                          "t81"."education_order",
                                          "t81"."periods"
                                        FROM (
                                          SELECT
                                            "t78"."person_id",
                                            "t78"."benefit",
                                            "t78"."_key",
                                            MAX("t78"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                            MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t77" AS "t78"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t81"
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
                                          ON "t81"."_first" = "t7"."_frid"
                                      ) AS "t82"
                                      WHERE
                                        "t82"."benefit" IN ('dagpenge')
                                    ) AS "t85"
                                    ANTI JOIN (
                                      SELECT
                                        "t88"."person_id" AS "_k_person_id",
                                        "t88"."benefit" AS "_k_benefit",
                                        "t88"."start_date" AS "_k_start_date"
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
                                          "t85"."periods"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t81"."person_id",
                                              "t81"."benefit",
                                              "t81"."_key" AS "start_date",
                                              CASE
                                                WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t81"."_end"
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
                                              "t81"."early_followup_request_date",
                                              "t81"."education_order",
                                              "t81"."periods"
                                            FROM (
                                              SELECT
                                                "t78"."person_id",
                                                "t78"."benefit",
                                                "t78"."_key",
                                                MAX("t78"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t77" AS "t78"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t81"
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
                                              ON "t81"."_first" = "t7"."_frid"
                                          ) AS "t82"
                                          WHERE
                                            "t82"."benefit" IN ('dagpenge')
                                        ) AS "t85"
                                        SEMI JOIN (
                                          SELECT
                                            "t2"."person_id" AS "_mpid",
                                            "t2"."start_date" AS "_mstart"
                                          FROM "benefit_periods" AS "t2"
                                          WHERE
                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                        ) AS "t12"
                                          ON "t85"."person_id" = "t12"."_mpid"
                                          AND "t12"."_mstart" >= "t85"."start_date"
                                          AND (
                                            (
                                              "t85"."end_date" IS NULL
                                            ) OR (
                                              "t12"."_mstart" <= "t85"."end_date"
                                            )
                                          )
                                      ) AS "t88"
                                      WHERE
                                        CASE
                                          WHEN "t88"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t88"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                    ) AS "t91"
                                      ON "t85"."person_id" = "t91"."_k_person_id"
                                      AND "t85"."benefit" = "t91"."_k_benefit"
                                      AND "t85"."start_date" = "t91"."_k_start_date"
                                  ) AS "t92"
                                ) AS "t97"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t93"."person_id" AS "_ipid",
                                    "t93"."benefit" AS "_ibenefit",
                                    "t93"."start_date" AS "_istart",
                                    "t93"."i_start" AS "_i_start",
                                    "t93"."i_end" AS "_i_end",
                                    "t93"."cum_before" AS "_cum"
                                  FROM (
                                    SELECT
                                      "t89"."person_id",
                                      "t89"."benefit",
                                      "t89"."_key" AS "start_date",
                                      "t89"."i_start",
                                      "t89"."i_end",
                                      CAST(COALESCE(
                                        SUM("t89"."_len") OVER (
                                          PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                          ORDER BY "t89"."i_start" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ),
                                        0
                                      ) AS INT) AS "cum_before"
                                    FROM (
                                      SELECT
                                        "t87"."person_id",
                                        "t87"."benefit",
                                        "t87"."_key",
                                        "t87"."_island",
                                        "t87"."i_start",
                                        "t87"."i_end",
                                        CASE
                                          WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t86"."person_id",
                                          "t86"."benefit",
                                          "t86"."_key",
                                          "t86"."_island",
                                          MIN("t86"."start_date") AS "i_start",
                                          MAX("t86"."_end") AS "i_end"
                                        FROM (
                                          SELECT
                                            "t83"."person_id",
                                            "t83"."benefit",
                                            "t83"."start_date",
                                            "t83"."_end",
                                            "t83"."_key",
                                            "t83"."_acc",
                                            "t83"."_rid",
                                            "t83"."early_followup_request_date",
                                            "t83"."education_order",
                                            "t83"."_new",
                                            SUM("t83"."_new") OVER (
                                              PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                              ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS "_island"
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
                                              CASE
                                                WHEN MAX("t79"."_end") OVER (
                                                  PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                  ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) IS NULL
                                                THEN 1
                                                WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                  PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                  ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                THEN 1
                                                ELSE 0
                                              END AS "_new"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "t77" AS "t78"
                                              WHERE
                                                "t78"."_acc"
                                            ) AS "t79"
                                          ) AS "t83"
                                        ) AS "t86"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t87"
                                    ) AS "t89"
                                  ) AS "t93"
                                ) AS "t95"
                                  ON "t97"."person_id" = "t95"."_ipid"
                                  AND "t97"."benefit" = "t95"."_ibenefit"
                                  AND "t97"."start_date" = "t95"."_istart"
                                  AND "t95"."_cum" < "t97"."_needed"
                                  AND (
                                    (
                                      "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                      ) >= "t97"."_needed"
                                    )
                                  )
                              ) AS "t98"
                            ) AS "t99"
                          ) AS "t100"
                        ) AS "t101"
                      ) AS "t103"
                      LEFT OUTER JOIN (
                        SELECT
                          "t106"."person_id",
                          "t106"."benefit",
                          "t106"."start_date",
                          CAST(SUM(
                            DATE_DIFF(
                              'DAY',
                              GREATEST("t106"."_ex_start", "t106"."_from"),
                              LEAST("t106"."_ex_end", "t106"."_to")
                            ) + 1
                          ) AS INT) AS "exempt_days",
                          BOOL_OR(
                            CAST((
                              "t106"."_ex_start" <= CAST($as_of AS DATE)
                            )
                            AND (
                              "t106"."_ex_end" >= CAST($as_of AS DATE)
                            ) AS BOOLEAN)
                          ) AS "exempt_now",
                          ARRAY_TO_STRING(
                            LIST_SORT(
                              ARRAY_AGG(
                                CASE
                                  WHEN CAST("t106"."_ex_start" AS TEXT) IS NULL
                                  OR CAST("t106"."_ex_end" AS TEXT) IS NULL
                                  OR "t106"."_ex_reason" IS NULL
                                  THEN NULL
                                  ELSE CONCAT(
                                    'fritaget ',
                                    CAST("t106"."_ex_start" AS TEXT),
                                    '–',
                                    CAST("t106"."_ex_end" AS TEXT),
                                    ' (',
                                    "t106"."_ex_reason",
                                    ')'
                                  )
                                END
                              ) FILTER(WHERE
                                CASE
                                  WHEN CAST("t106"."_ex_start" AS TEXT) IS NULL
                                  OR CAST("t106"."_ex_end" AS TEXT) IS NULL
                                  OR "t106"."_ex_reason" IS NULL
                                  THEN NULL
                                  ELSE CONCAT(
                                    'fritaget ',
                                    CAST("t106"."_ex_start" AS TEXT),
                                    '–',
                                    CAST("t106"."_ex_end" AS TEXT),
                                    ' (',
                                    "t106"."_ex_reason",
                                    ')'
                                  )
                                END IS NOT NULL)
                            ),
                            ', '
                          ) AS "exemption_note"
                        FROM (
                          SELECT
                            "t105"."person_id",
                            "t105"."benefit",
                            "t105"."start_date",
                            "t105"."_from",
                            "t105"."_to",
                            "t11"."_pid",
                            "t11"."_ex_start",
                            "t11"."_ex_end",
                            "t11"."_ex_reason"
                          FROM (
                            SELECT
                              "t102"."person_id",
                              "t102"."benefit",
                              "t102"."start_date",
                              "t102"."window_start" AS "_from",
                              "t102"."due0" AS "_to"
                            FROM (
                              SELECT
                                "t101".*
                                EXCLUDE ("_point")
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
                                  "t100"."_point",
                                  CAST(CAST("t100"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t99".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                  FROM (
                                    SELECT
                                      "t98"."person_id",
                                      "t98"."benefit",
                                      "t98"."start_date",
                                      "t98"."end_date",
                                      "t98"."first_contact_date",
                                      "t98"."target_group",
                                      "t98"."first_absence_date",
                                      "t98"."sickness_category",
                                      "t98"."employed",
                                      "t98"."handover_date",
                                      "t98"."expected_absence_weeks",
                                      "t98"."work_obligation",
                                      "t98"."municipality",
                                      "t98"."early_followup_request_date",
                                      "t98"."education_order",
                                      "t98"."periods",
                                      "t98"."window_start",
                                      "t98"."required",
                                      "t98"."required_joint",
                                      "t98"."in_force",
                                      "t98"."_end_unconfirmed",
                                      "t98"."_plain",
                                      "t98"."_needed",
                                      "t98"."_ipid",
                                      "t98"."_ibenefit",
                                      "t98"."_istart",
                                      "t98"."_i_start",
                                      "t98"."_i_end",
                                      "t98"."_cum",
                                      CASE
                                        WHEN "t98"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t98"."_i_start" + TO_DAYS(CAST("t98"."_needed" - "t98"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t98"."_plain"
                                      END AS "_point"
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
                                        "t97"."_plain",
                                        "t97"."_needed",
                                        "t95"."_ipid",
                                        "t95"."_ibenefit",
                                        "t95"."_istart",
                                        "t95"."_i_start",
                                        "t95"."_i_end",
                                        "t95"."_cum"
                                      FROM (
                                        SELECT
                                          "t92"."person_id",
                                          "t92"."benefit",
                                          "t92"."start_date",
                                          "t92"."end_date",
                                          "t92"."first_contact_date",
                                          "t92"."target_group",
                                          "t92"."first_absence_date",
                                          "t92"."sickness_category",
                                          "t92"."employed",
                                          "t92"."handover_date",
                                          "t92"."expected_absence_weeks",
                                          "t92"."work_obligation",
                                          "t92"."municipality",
                                          "t92"."early_followup_request_date",
                                          "t92"."education_order",
                                          "t92"."periods",
                                          "t92"."start_date" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(
                                            CASE
                                              WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required",
                                          COALESCE(
                                            CASE
                                              WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t92"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                CASE WHEN "t92"."benefit" IS NULL THEN NULL ELSE CONCAT("t92"."benefit", ':') END || COALESCE("t92"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t92"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t92"."start_date",
                                            CAST(CAST("t92"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
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
                                            "t85"."periods"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t81"."person_id",
                                                "t81"."benefit",
                                                "t81"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t81"."_end"
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
                                                "t81"."early_followup_request_date",
                                                "t81"."education_order",
                                                "t81"."periods"
                                              FROM (
                                                SELECT
                                                  "t78"."person_id",
                                                  "t78"."benefit",
                                                  "t78"."_key",
                                                  MAX("t78"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                  MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t77" AS "t78"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t81"
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
                                                ON "t81"."_first" = "t7"."_frid"
                                            ) AS "t82"
                                            WHERE
                                              "t82"."benefit" IN ('dagpenge')
                                          ) AS "t85"
                                          ANTI JOIN (
                                            SELECT
                                              "t88"."person_id" AS "_k_person_id",
                                              "t88"."benefit" AS "_k_benefit",
                                              "t88"."start_date" AS "_k_start_date"
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
                                                "t85"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t81"."person_id",
                                                    "t81"."benefit",
                                                    "t81"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t81"."_end"
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
                                                    "t81"."early_followup_request_date",
                                                    "t81"."education_order",
                                                    "t81"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t78"."person_id",
                                                      "t78"."benefit",
                                                      "t78"."_key",
                                                      MAX("t78"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                      MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t77" AS "t78"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t81"
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
                                                    ON "t81"."_first" = "t7"."_frid"
                                                ) AS "t82"
                                                WHERE
                                                  "t82"."benefit" IN ('dagpenge')
                                              ) AS "t85"
                                              SEMI JOIN (
                                                SELECT
                                                  "t2"."person_id" AS "_mpid",
                                                  "t2"."start_date" AS "_mstart"
                                                FROM "benefit_periods" AS "t2"
                                                WHERE
                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                              ) AS "t12"
                                                ON "t85"."person_id" = "t12"."_mpid"
                                                AND "t12"."_mstart" >= "t85"."start_date"
                                                AND (
                                                  (
                                                    "t85"."end_date" IS NULL
                                                  ) OR (
                                                    "t12"."_mstart" <= "t85"."end_date"
                                                  )
                                                )
                                            ) AS "t88"
                                            WHERE
                                              CASE
                                                WHEN "t88"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t88"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                          ) AS "t91"
                                            ON "t85"."person_id" = "t91"."_k_person_id"
                                            AND "t85"."benefit" = "t91"."_k_benefit"
                                            AND "t85"."start_date" = "t91"."_k_start_date"
                                        ) AS "t92"
                                      ) AS "t97"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t93"."person_id" AS "_ipid",
                                          "t93"."benefit" AS "_ibenefit",
                                          "t93"."start_date" AS "_istart",
                                          "t93"."i_start" AS "_i_start",
                                          "t93"."i_end" AS "_i_end",
                                          "t93"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t89"."person_id",
                                            "t89"."benefit",
                                            "t89"."_key" AS "start_date",
                                            "t89"."i_start",
                                            "t89"."i_end",
                                            CAST(COALESCE(
                                              SUM("t89"."_len") OVER (
                                                PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                ORDER BY "t89"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t87"."person_id",
                                              "t87"."benefit",
                                              "t87"."_key",
                                              "t87"."_island",
                                              "t87"."i_start",
                                              "t87"."i_end",
                                              CASE
                                                WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t86"."person_id",
                                                "t86"."benefit",
                                                "t86"."_key",
                                                "t86"."_island",
                                                MIN("t86"."start_date") AS "i_start",
                                                MAX("t86"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t83"."person_id",
                                                  "t83"."benefit",
                                                  "t83"."start_date",
                                                  "t83"."_end",
                                                  "t83"."_key",
                                                  "t83"."_acc",
                                                  "t83"."_rid",
                                                  "t83"."early_followup_request_date",
                                                  "t83"."education_order",
                                                  "t83"."_new",
                                                  SUM("t83"."_new") OVER (
                                                    PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                                    ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
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
                                                    CASE
                                                      WHEN MAX("t79"."_end") OVER (
                                                        PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                        ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                        PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                        ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t77" AS "t78"
                                                    WHERE
                                                      "t78"."_acc"
                                                  ) AS "t79"
                                                ) AS "t83"
                                              ) AS "t86"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t87"
                                          ) AS "t89"
                                        ) AS "t93"
                                      ) AS "t95"
                                        ON "t97"."person_id" = "t95"."_ipid"
                                        AND "t97"."benefit" = "t95"."_ibenefit"
                                        AND "t97"."start_date" = "t95"."_istart"
                                        AND "t95"."_cum" < "t97"."_needed"
                                        AND (
                                          (
                                            "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                            ) >= "t97"."_needed"
                                          )
                                        )
                                    ) AS "t98"
                                  ) AS "t99"
                                ) AS "t100"
                              ) AS "t101"
                            ) AS "t102"
                          ) AS "t105"
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
                            ON "t105"."person_id" = "t11"."_pid"
                            AND "t11"."_ex_start" <= "t105"."_to"
                            AND "t11"."_ex_end" >= "t105"."_from"
                        ) AS "t106"
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS "t108"
                        ON "t103"."person_id" = "t108"."person_id"
                        AND "t103"."benefit" = "t108"."benefit"
                        AND "t103"."start_date" = "t108"."start_date"
                    ) AS "t109"
                  ) AS "t110"
                ) AS "t112"
                LEFT OUTER JOIN (
                  SELECT
                    "t93"."person_id" AS "_ipid",
                    "t93"."benefit" AS "_ibenefit",
                    "t93"."start_date" AS "_istart",
                    "t93"."i_start" AS "_i_start",
                    "t93"."i_end" AS "_i_end",
                    "t93"."cum_before" AS "_cum"
                  FROM (
                    SELECT
                      "t89"."person_id",
                      "t89"."benefit",
                      "t89"."_key" AS "start_date",
                      "t89"."i_start",
                      "t89"."i_end",
                      CAST(COALESCE(
                        SUM("t89"."_len") OVER (
                          PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                          ORDER BY "t89"."i_start" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ),
                        0
                      ) AS INT) AS "cum_before"
                    FROM (
                      SELECT
                        "t87"."person_id",
                        "t87"."benefit",
                        "t87"."_key",
                        "t87"."_island",
                        "t87"."i_start",
                        "t87"."i_end",
                        CASE
                          WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                          THEN 0
                          ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                        END AS "_len"
                      FROM (
                        SELECT
                          "t86"."person_id",
                          "t86"."benefit",
                          "t86"."_key",
                          "t86"."_island",
                          MIN("t86"."start_date") AS "i_start",
                          MAX("t86"."_end") AS "i_end"
                        FROM (
                          SELECT
                            "t83"."person_id",
                            "t83"."benefit",
                            "t83"."start_date",
                            "t83"."_end",
                            "t83"."_key",
                            "t83"."_acc",
                            "t83"."_rid",
                            "t83"."early_followup_request_date",
                            "t83"."education_order",
                            "t83"."_new",
                            SUM("t83"."_new") OVER (
                              PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                              ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            ) AS "_island"
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
                              CASE
                                WHEN MAX("t79"."_end") OVER (
                                  PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                  ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) IS NULL
                                THEN 1
                                WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                  PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                  ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                THEN 1
                                ELSE 0
                              END AS "_new"
                            FROM (
                              SELECT
                                *
                              FROM "t77" AS "t78"
                              WHERE
                                "t78"."_acc"
                            ) AS "t79"
                          ) AS "t83"
                        ) AS "t86"
                        GROUP BY
                          1,
                          2,
                          3,
                          4
                      ) AS "t87"
                    ) AS "t89"
                  ) AS "t93"
                ) AS "t95"
                  ON "t112"."person_id" = "t95"."_ipid"
                  AND "t112"."benefit" = "t95"."_ibenefit"
                  AND "t112"."start_date" = "t95"."_istart"
                  AND "t95"."_cum" < "t112"."_needed"
                  AND (
                    (
                      "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                    )
                    OR (
                      (
                        "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                      ) >= "t112"."_needed"
                    )
                  )
              ) AS "t113"
            ) AS "t114"
          ) AS "t116"
          LEFT OUTER JOIN (
            SELECT
              "t136"."person_id",
              "t136"."benefit",
              "t136"."start_date",
              CASE
                WHEN "t136"."_held" >= "t136"."_n"
                THEN CAST(SUBSTRING(
                  LIST_EXTRACT(
                    "t136"."_events",
                    (
                      "t136"."_n" - 1
                    ) + CAST((
                      "t136"."_n" - 1
                    ) >= 0 AS BIGINT)
                  ),
                  CASE
                    WHEN (
                      0 + 1
                    ) >= 1
                    THEN 0 + 1
                    ELSE 0 + 1 + LENGTH(
                      LIST_EXTRACT(
                        "t136"."_events",
                        (
                          "t136"."_n" - 1
                        ) + CAST((
                          "t136"."_n" - 1
                        ) >= 0 AS BIGINT)
                      )
                    )
                  END,
                  10
                ) AS DATE)
                ELSE CAST(NULL AS DATE)
              END AS "nth_date",
              LEAST("t136"."_held", "t136"."_n") AS "counted",
              LEAST("t136"."_by_due", "t136"."_n") AS "in_window",
              REGEXP_REPLACE(
                ARRAY_TO_STRING(
                  LIST_SLICE(
                    "t136"."_events",
                    1,
                    CASE WHEN "t136"."_n" < 0 THEN "t136"."_n" - 1 ELSE "t136"."_n" END
                  ),
                  ', '
                ),
                '\d{4}-\d{2}-\d{2}\|',
                '',
                'g'
              ) AS "listed"
            FROM (
              SELECT
                "t134"."person_id",
                "t134"."benefit",
                "t134"."start_date",
                LIST_SORT(
                  ARRAY_AGG(
                    CASE
                      WHEN CAST("t134"."date" AS TEXT) IS NULL OR "t134"."description" IS NULL
                      THEN NULL
                      ELSE CONCAT(CAST("t134"."date" AS TEXT), '|', "t134"."description")
                    END
                  ) FILTER(WHERE
                    CASE
                      WHEN CAST("t134"."date" AS TEXT) IS NULL OR "t134"."description" IS NULL
                      THEN NULL
                      ELSE CONCAT(CAST("t134"."date" AS TEXT), '|', "t134"."description")
                    END IS NOT NULL)
                ) AS "_events",
                COUNT(*) AS "_held",
                SUM(CAST("t134"."date" <= "t134"."_due" AS INT)) AS "_by_due",
                CAST(MAX("t134"."_n") AS INT) AS "_n"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t130"."person_id",
                    "t130"."benefit",
                    "t130"."start_date",
                    "t130"."date",
                    "t130"."description",
                    "t120"."_n",
                    "t120"."_due"
                  FROM (
                    SELECT
                      "t126"."person_id",
                      "t126"."benefit",
                      "t126"."start_date",
                      "t126"."date",
                      CASE
                        WHEN "t126"."kind" IS NULL
                        OR CAST("t126"."date" AS TEXT) IS NULL
                        OR "t126"."form" IS NULL
                        OR "t126"."held_by" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          "t126"."kind",
                          ' ',
                          CAST("t126"."date" AS TEXT),
                          ' (',
                          "t126"."form",
                          ', ',
                          "t126"."held_by",
                          ')'
                        )
                      END AS "description"
                    FROM (
                      SELECT
                        "t124"."person_id",
                        "t124"."benefit",
                        "t124"."start_date",
                        "t124"."window_start",
                        "t124"."_first",
                        "t124"."_last",
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
                          "t115"."person_id",
                          "t115"."benefit",
                          "t115"."start_date",
                          "t115"."window_start",
                          "t115"."_count_from" AS "_first",
                          COALESCE("t115"."end_date", CAST($as_of AS DATE)) AS "_last"
                        FROM (
                          SELECT
                            "t114".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t113"."person_id",
                              "t113"."benefit",
                              "t113"."start_date",
                              "t113"."end_date",
                              "t113"."first_contact_date",
                              "t113"."target_group",
                              "t113"."first_absence_date",
                              "t113"."sickness_category",
                              "t113"."employed",
                              "t113"."handover_date",
                              "t113"."expected_absence_weeks",
                              "t113"."work_obligation",
                              "t113"."municipality",
                              "t113"."early_followup_request_date",
                              "t113"."education_order",
                              "t113"."periods",
                              "t113"."window_start",
                              "t113"."required",
                              "t113"."required_joint",
                              "t113"."in_force",
                              "t113"."_end_unconfirmed",
                              "t113"."due0",
                              "t113"."exempt_days",
                              "t113"."exempt_now",
                              "t113"."exemption_note",
                              "t113"."due_date",
                              "t113"."_plain",
                              "t113"."_needed",
                              "t113"."_ipid",
                              "t113"."_ibenefit",
                              "t113"."_istart",
                              "t113"."_i_start",
                              "t113"."_i_end",
                              "t113"."_cum",
                              CASE
                                WHEN "t113"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t113"."_i_start" + TO_DAYS(CAST("t113"."_needed" - "t113"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t113"."_plain"
                              END AS "_count_from"
                            FROM (
                              SELECT
                                "t112"."person_id",
                                "t112"."benefit",
                                "t112"."start_date",
                                "t112"."end_date",
                                "t112"."first_contact_date",
                                "t112"."target_group",
                                "t112"."first_absence_date",
                                "t112"."sickness_category",
                                "t112"."employed",
                                "t112"."handover_date",
                                "t112"."expected_absence_weeks",
                                "t112"."work_obligation",
                                "t112"."municipality",
                                "t112"."early_followup_request_date",
                                "t112"."education_order",
                                "t112"."periods",
                                "t112"."window_start",
                                "t112"."required",
                                "t112"."required_joint",
                                "t112"."in_force",
                                "t112"."_end_unconfirmed",
                                "t112"."due0",
                                "t112"."exempt_days",
                                "t112"."exempt_now",
                                "t112"."exemption_note",
                                "t112"."due_date",
                                "t112"."_plain",
                                "t112"."_needed",
                                "t95"."_ipid",
                                "t95"."_ibenefit",
                                "t95"."_istart",
                                "t95"."_i_start",
                                "t95"."_i_end",
                                "t95"."_cum"
                              FROM (
                                SELECT
                                  "t110"."person_id",
                                  "t110"."benefit",
                                  "t110"."start_date",
                                  "t110"."end_date",
                                  "t110"."first_contact_date",
                                  "t110"."target_group",
                                  "t110"."first_absence_date",
                                  "t110"."sickness_category",
                                  "t110"."employed",
                                  "t110"."handover_date",
                                  "t110"."expected_absence_weeks",
                                  "t110"."work_obligation",
                                  "t110"."municipality",
                                  "t110"."early_followup_request_date",
                                  "t110"."education_order",
                                  "t110"."periods",
                                  "t110"."window_start",
                                  "t110"."required",
                                  "t110"."required_joint",
                                  "t110"."in_force",
                                  "t110"."_end_unconfirmed",
                                  "t110"."due0",
                                  COALESCE("t110"."exempt_days", 0) AS "exempt_days",
                                  COALESCE("t110"."exempt_now", FALSE) AS "exempt_now",
                                  COALESCE("t110"."exemption_note", '') AS "exemption_note",
                                  CAST(CAST("t110"."due0" + TO_DAYS(
                                    CASE
                                      WHEN COALESCE(
                                        CASE
                                          WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN TRUE
                                          ELSE CAST(NULL AS BOOLEAN)
                                        END,
                                        FALSE
                                      )
                                      THEN COALESCE("t110"."exempt_days", 0)
                                      ELSE 0
                                    END
                                  ) AS TIMESTAMP) AS DATE) AS "due_date",
                                  CAST(CAST("t110"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t110"."window_start",
                                    CAST(CAST("t110"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t109".*
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
                                      "t108"."person_id" AS "person_id_right",
                                      "t108"."benefit" AS "benefit_right",
                                      "t108"."start_date" AS "start_date_right",
                                      "t108"."exempt_days",
                                      "t108"."exempt_now",
                                      "t108"."exemption_note"
                                    FROM (
                                      SELECT
                                        "t101".*
                                        EXCLUDE ("_point")
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
                                          "t100"."_point",
                                          CAST(CAST("t100"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                        FROM (
                                          SELECT
                                            "t99".*
                                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                          FROM (
                                            SELECT
                                              "t98"."person_id",
                                              "t98"."benefit",
                                              "t98"."start_date",
                                              "t98"."end_date",
                                              "t98"."first_contact_date",
                                              "t98"."target_group",
                                              "t98"."first_absence_date",
                                              "t98"."sickness_category",
                                              "t98"."employed",
                                              "t98"."handover_date",
                                              "t98"."expected_absence_weeks",
                                              "t98"."work_obligation",
                                              "t98"."municipality",
                                              "t98"."early_followup_request_date",
                                              "t98"."education_order",
                                              "t98"."periods",
                                              "t98"."window_start",
                                              "t98"."required",
                                              "t98"."required_joint",
                                              "t98"."in_force",
                                              "t98"."_end_unconfirmed",
                                              "t98"."_plain",
                                              "t98"."_needed",
                                              "t98"."_ipid",
                                              "t98"."_ibenefit",
                                              "t98"."_istart",
                                              "t98"."_i_start",
                                              "t98"."_i_end",
                                              "t98"."_cum",
                                              CASE
                                                WHEN "t98"."_i_start" IS NOT NULL
                                                THEN CAST(CAST("t98"."_i_start" + TO_DAYS(CAST("t98"."_needed" - "t98"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                ELSE "t98"."_plain"
                                              END AS "_point"
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
                                                "t97"."_plain",
                                                "t97"."_needed",
                                                "t95"."_ipid",
                                                "t95"."_ibenefit",
                                                "t95"."_istart",
                                                "t95"."_i_start",
                                                "t95"."_i_end",
                                                "t95"."_cum"
                                              FROM (
                                                SELECT
                                                  "t92"."person_id",
                                                  "t92"."benefit",
                                                  "t92"."start_date",
                                                  "t92"."end_date",
                                                  "t92"."first_contact_date",
                                                  "t92"."target_group",
                                                  "t92"."first_absence_date",
                                                  "t92"."sickness_category",
                                                  "t92"."employed",
                                                  "t92"."handover_date",
                                                  "t92"."expected_absence_weeks",
                                                  "t92"."work_obligation",
                                                  "t92"."municipality",
                                                  "t92"."early_followup_request_date",
                                                  "t92"."education_order",
                                                  "t92"."periods",
                                                  "t92"."start_date" AS "window_start",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) + COALESCE(
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required_joint",
                                                  (
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  )
                                                  AND (
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  ) AS "in_force",
                                                  COALESCE(
                                                    (
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NULL
                                                    )
                                                    AND COALESCE(
                                                      ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                        "t92"."benefit"
                                                      )
                                                      OR ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                        CASE WHEN "t92"."benefit" IS NULL THEN NULL ELSE CONCAT("t92"."benefit", ':') END || COALESCE("t92"."target_group", '')
                                                      ),
                                                      FALSE
                                                    ),
                                                    FALSE
                                                  ) AS "_end_unconfirmed",
                                                  CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                  DATE_DIFF(
                                                    'DAY',
                                                    "t92"."start_date",
                                                    CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE)
                                                  ) AS "_needed"
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
                                                    "t85"."periods"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t81"."person_id",
                                                        "t81"."benefit",
                                                        "t81"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t81"."_end"
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
                                                        "t81"."early_followup_request_date",
                                                        "t81"."education_order",
                                                        "t81"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t78"."person_id",
                                                          "t78"."benefit",
                                                          "t78"."_key",
                                                          MAX("t78"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                          MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t77" AS "t78"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t81"
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
                                                        ON "t81"."_first" = "t7"."_frid"
                                                    ) AS "t82"
                                                    WHERE
                                                      "t82"."benefit" IN ('dagpenge')
                                                  ) AS "t85"
                                                  ANTI JOIN (
                                                    SELECT
                                                      "t88"."person_id" AS "_k_person_id",
                                                      "t88"."benefit" AS "_k_benefit",
                                                      "t88"."start_date" AS "_k_start_date"
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
                                                        "t85"."periods"
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM (
                                                          SELECT
                                                            "t81"."person_id",
                                                            "t81"."benefit",
                                                            "t81"."_key" AS "start_date",
                                                            CASE
                                                              WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN CAST(NULL AS DATE)
                                                              ELSE "t81"."_end"
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
                                                            "t81"."early_followup_request_date",
                                                            "t81"."education_order",
                                                            "t81"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t78"."person_id",
                                                              "t78"."benefit",
                                                              "t78"."_key",
                                                              MAX("t78"."_end") AS "_end",
                                                              COUNT(*) AS "periods",
                                                              FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                              MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                              BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                            FROM "t77" AS "t78"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3
                                                          ) AS "t81"
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
                                                            ON "t81"."_first" = "t7"."_frid"
                                                        ) AS "t82"
                                                        WHERE
                                                          "t82"."benefit" IN ('dagpenge')
                                                      ) AS "t85"
                                                      SEMI JOIN (
                                                        SELECT
                                                          "t2"."person_id" AS "_mpid",
                                                          "t2"."start_date" AS "_mstart"
                                                        FROM "benefit_periods" AS "t2"
                                                        WHERE
                                                          "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                      ) AS "t12"
                                                        ON "t85"."person_id" = "t12"."_mpid"
                                                        AND "t12"."_mstart" >= "t85"."start_date"
                                                        AND (
                                                          (
                                                            "t85"."end_date" IS NULL
                                                          ) OR (
                                                            "t12"."_mstart" <= "t85"."end_date"
                                                          )
                                                        )
                                                    ) AS "t88"
                                                    WHERE
                                                      CASE
                                                        WHEN "t88"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t88"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 6
                                                        WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                  ) AS "t91"
                                                    ON "t85"."person_id" = "t91"."_k_person_id"
                                                    AND "t85"."benefit" = "t91"."_k_benefit"
                                                    AND "t85"."start_date" = "t91"."_k_start_date"
                                                ) AS "t92"
                                              ) AS "t97"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  "t93"."person_id" AS "_ipid",
                                                  "t93"."benefit" AS "_ibenefit",
                                                  "t93"."start_date" AS "_istart",
                                                  "t93"."i_start" AS "_i_start",
                                                  "t93"."i_end" AS "_i_end",
                                                  "t93"."cum_before" AS "_cum"
                                                FROM (
                                                  SELECT
                                                    "t89"."person_id",
                                                    "t89"."benefit",
                                                    "t89"."_key" AS "start_date",
                                                    "t89"."i_start",
                                                    "t89"."i_end",
                                                    CAST(COALESCE(
                                                      SUM("t89"."_len") OVER (
                                                        PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                        ORDER BY "t89"."i_start" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ),
                                                      0
                                                    ) AS INT) AS "cum_before"
                                                  FROM (
                                                    SELECT
                                                      "t87"."person_id",
                                                      "t87"."benefit",
                                                      "t87"."_key",
                                                      "t87"."_island",
                                                      "t87"."i_start",
                                                      "t87"."i_end",
                                                      CASE
                                                        WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN 0
                                                        ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                                      END AS "_len"
                                                    FROM (
                                                      SELECT
                                                        "t86"."person_id",
                                                        "t86"."benefit",
                                                        "t86"."_key",
                                                        "t86"."_island",
                                                        MIN("t86"."start_date") AS "i_start",
                                                        MAX("t86"."_end") AS "i_end"
                                                      FROM (
                                                        SELECT
                                                          "t83"."person_id",
                                                          "t83"."benefit",
                                                          "t83"."start_date",
                                                          "t83"."_end",
                                                          "t83"."_key",
                                                          "t83"."_acc",
                                                          "t83"."_rid",
                                                          "t83"."early_followup_request_date",
                                                          "t83"."education_order",
                                                          "t83"."_new",
                                                          SUM("t83"."_new") OVER (
                                                            PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                                            ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                          ) AS "_island"
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
                                                            CASE
                                                              WHEN MAX("t79"."_end") OVER (
                                                                PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                                ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) IS NULL
                                                              THEN 1
                                                              WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                                PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                                ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                              THEN 1
                                                              ELSE 0
                                                            END AS "_new"
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM "t77" AS "t78"
                                                            WHERE
                                                              "t78"."_acc"
                                                          ) AS "t79"
                                                        ) AS "t83"
                                                      ) AS "t86"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3,
                                                        4
                                                    ) AS "t87"
                                                  ) AS "t89"
                                                ) AS "t93"
                                              ) AS "t95"
                                                ON "t97"."person_id" = "t95"."_ipid"
                                                AND "t97"."benefit" = "t95"."_ibenefit"
                                                AND "t97"."start_date" = "t95"."_istart"
                                                AND "t95"."_cum" < "t97"."_needed"
                                                AND (
                                                  (
                                                    "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                  )
                                                  OR (
                                                    (
                                                      "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                                    ) >= "t97"."_needed"
                                                  )
                                                )
                                            ) AS "t98"
                                          ) AS "t99"
                                        ) AS "t100"
                                      ) AS "t101"
                                    ) AS "t103"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t106"."person_id",
                                        "t106"."benefit",
                                        "t106"."start_date",
                                        CAST(SUM(
                                          DATE_DIFF(
                                            'DAY',
                                            GREATEST("t106"."_ex_start", "t106"."_from"),
                                            LEAST("t106"."_ex_end", "t106"."_to")
                                          ) + 1
                                        ) AS INT) AS "exempt_days",
                                        BOOL_OR(
                                          CAST((
                                            "t106"."_ex_start" <= CAST($as_of AS DATE)
                                          )
                                          AND (
                                            "t106"."_ex_end" >= CAST($as_of AS DATE)
                                          ) AS BOOLEAN)
                                        ) AS "exempt_now",
                                        ARRAY_TO_STRING(
                                          LIST_SORT(
                                            ARRAY_AGG(
                                              CASE
                                                WHEN CAST("t106"."_ex_start" AS TEXT) IS NULL
                                                OR CAST("t106"."_ex_end" AS TEXT) IS NULL
                                                OR "t106"."_ex_reason" IS NULL
                                                THEN NULL
                                                ELSE CONCAT(
                                                  'fritaget ',
                                                  CAST("t106"."_ex_start" AS TEXT),
                                                  '–',
                                                  CAST("t106"."_ex_end" AS TEXT),
                                                  ' (',
                                                  "t106"."_ex_reason",
                                                  ')'
                                                )
                                              END
                                            ) FILTER(WHERE
                                              CASE
                                                WHEN CAST("t106"."_ex_start" AS TEXT) IS NULL
                                                OR CAST("t106"."_ex_end" AS TEXT) IS NULL
                                                OR "t106"."_ex_reason" IS NULL
                                                THEN NULL
                                                ELSE CONCAT(
                                                  'fritaget ',
                                                  CAST("t106"."_ex_start" AS TEXT),
                                                  '–',
                                                  CAST("t106"."_ex_end" AS TEXT),
                                                  ' (',
                                                  "t106"."_ex_reason",
                                                  ')'
                                                )
                                              END IS NOT NULL)
                                          ),
                                          ', '
                                        ) AS "exemption_note"
                                      FROM (
                                        SELECT
                                          "t105"."person_id",
                                          "t105"."benefit",
                                          "t105"."start_date",
                                          "t105"."_from",
                                          "t105"."_to",
                                          "t11"."_pid",
                                          "t11"."_ex_start",
                                          "t11"."_ex_end",
                                          "t11"."_ex_reason"
                                        FROM (
                                          SELECT
                                            "t102"."person_id",
                                            "t102"."benefit",
                                            "t102"."start_date",
                                            "t102"."window_start" AS "_from",
                                            "t102"."due0" AS "_to"
                                          FROM (
                                            SELECT
                                              "t101".*
                                              EXCLUDE ("_point")
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
                                                "t100"."_point",
                                                CAST(CAST("t100"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                              FROM (
                                                SELECT
                                                  "t99".*
                                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                                FROM (
                                                  SELECT
                                                    "t98"."person_id",
                                                    "t98"."benefit",
                                                    "t98"."start_date",
                                                    "t98"."end_date",
                                                    "t98"."first_contact_date",
                                                    "t98"."target_group",
                                                    "t98"."first_absence_date",
                                                    "t98"."sickness_category",
                                                    "t98"."employed",
                                                    "t98"."handover_date",
                                                    "t98"."expected_absence_weeks",
                                                    "t98"."work_obligation",
                                                    "t98"."municipality",
                                                    "t98"."early_followup_request_date",
                                                    "t98"."education_order",
                                                    "t98"."periods",
                                                    "t98"."window_start",
                                                    "t98"."required",
                                                    "t98"."required_joint",
                                                    "t98"."in_force",
                                                    "t98"."_end_unconfirmed",
                                                    "t98"."_plain",
                                                    "t98"."_needed",
                                                    "t98"."_ipid",
                                                    "t98"."_ibenefit",
                                                    "t98"."_istart",
                                                    "t98"."_i_start",
                                                    "t98"."_i_end",
                                                    "t98"."_cum",
                                                    CASE
                                                      WHEN "t98"."_i_start" IS NOT NULL
                                                      THEN CAST(CAST("t98"."_i_start" + TO_DAYS(CAST("t98"."_needed" - "t98"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                      ELSE "t98"."_plain"
                                                    END AS "_point"
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
                                                      "t97"."_plain",
                                                      "t97"."_needed",
                                                      "t95"."_ipid",
                                                      "t95"."_ibenefit",
                                                      "t95"."_istart",
                                                      "t95"."_i_start",
                                                      "t95"."_i_end",
                                                      "t95"."_cum"
                                                    FROM (
                                                      SELECT
                                                        "t92"."person_id",
                                                        "t92"."benefit",
                                                        "t92"."start_date",
                                                        "t92"."end_date",
                                                        "t92"."first_contact_date",
                                                        "t92"."target_group",
                                                        "t92"."first_absence_date",
                                                        "t92"."sickness_category",
                                                        "t92"."employed",
                                                        "t92"."handover_date",
                                                        "t92"."expected_absence_weeks",
                                                        "t92"."work_obligation",
                                                        "t92"."municipality",
                                                        "t92"."early_followup_request_date",
                                                        "t92"."education_order",
                                                        "t92"."periods",
                                                        "t92"."start_date" AS "window_start",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) + COALESCE(
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required_joint",
                                                        (
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        )
                                                        AND (
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        ) AS "in_force",
                                                        COALESCE(
                                                          (
                                                            CASE
                                                              WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NULL
                                                          )
                                                          AND COALESCE(
                                                            ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                              "t92"."benefit"
                                                            )
                                                            OR ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                              CASE WHEN "t92"."benefit" IS NULL THEN NULL ELSE CONCAT("t92"."benefit", ':') END || COALESCE("t92"."target_group", '')
                                                            ),
                                                            FALSE
                                                          ),
                                                          FALSE
                                                        ) AS "_end_unconfirmed",
                                                        CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                        DATE_DIFF(
                                                          'DAY',
                                                          "t92"."start_date",
                                                          CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 6
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE)
                                                        ) AS "_needed"
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
                                                          "t85"."periods"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t81"."person_id",
                                                              "t81"."benefit",
                                                              "t81"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t81"."_end"
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
                                                              "t81"."early_followup_request_date",
                                                              "t81"."education_order",
                                                              "t81"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t78"."person_id",
                                                                "t78"."benefit",
                                                                "t78"."_key",
                                                                MAX("t78"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                                MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t77" AS "t78"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t81"
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
                                                              ON "t81"."_first" = "t7"."_frid"
                                                          ) AS "t82"
                                                          WHERE
                                                            "t82"."benefit" IN ('dagpenge')
                                                        ) AS "t85"
                                                        ANTI JOIN (
                                                          SELECT
                                                            "t88"."person_id" AS "_k_person_id",
                                                            "t88"."benefit" AS "_k_benefit",
                                                            "t88"."start_date" AS "_k_start_date"
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
                                                              "t85"."periods"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM (
                                                                SELECT
                                                                  "t81"."person_id",
                                                                  "t81"."benefit",
                                                                  "t81"."_key" AS "start_date",
                                                                  CASE
                                                                    WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                                    THEN CAST(NULL AS DATE)
                                                                    ELSE "t81"."_end"
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
                                                                  "t81"."early_followup_request_date",
                                                                  "t81"."education_order",
                                                                  "t81"."periods"
                                                                FROM (
                                                                  SELECT
                                                                    "t78"."person_id",
                                                                    "t78"."benefit",
                                                                    "t78"."_key",
                                                                    MAX("t78"."_end") AS "_end",
                                                                    COUNT(*) AS "periods",
                                                                    FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                                    MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                                    BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                  FROM "t77" AS "t78"
                                                                  GROUP BY
                                                                    1,
                                                                    2,
                                                                    3
                                                                ) AS "t81"
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
                                                                  ON "t81"."_first" = "t7"."_frid"
                                                              ) AS "t82"
                                                              WHERE
                                                                "t82"."benefit" IN ('dagpenge')
                                                            ) AS "t85"
                                                            SEMI JOIN (
                                                              SELECT
                                                                "t2"."person_id" AS "_mpid",
                                                                "t2"."start_date" AS "_mstart"
                                                              FROM "benefit_periods" AS "t2"
                                                              WHERE
                                                                "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                            ) AS "t12"
                                                              ON "t85"."person_id" = "t12"."_mpid"
                                                              AND "t12"."_mstart" >= "t85"."start_date"
                                                              AND (
                                                                (
                                                                  "t85"."end_date" IS NULL
                                                                ) OR (
                                                                  "t12"."_mstart" <= "t85"."end_date"
                                                                )
                                                              )
                                                          ) AS "t88"
                                                          WHERE
                                                            CASE
                                                              WHEN "t88"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t88"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 6
                                                              WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                        ) AS "t91"
                                                          ON "t85"."person_id" = "t91"."_k_person_id"
                                                          AND "t85"."benefit" = "t91"."_k_benefit"
                                                          AND "t85"."start_date" = "t91"."_k_start_date"
                                                      ) AS "t92"
                                                    ) AS "t97"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        "t93"."person_id" AS "_ipid",
                                                        "t93"."benefit" AS "_ibenefit",
                                                        "t93"."start_date" AS "_istart",
                                                        "t93"."i_start" AS "_i_start",
                                                        "t93"."i_end" AS "_i_end",
                                                        "t93"."cum_before" AS "_cum"
                                                      FROM (
                                                        SELECT
                                                          "t89"."person_id",
                                                          "t89"."benefit",
                                                          "t89"."_key" AS "start_date",
                                                          "t89"."i_start",
                                                          "t89"."i_end",
                                                          CAST(COALESCE(
                                                            SUM("t89"."_len") OVER (
                                                              PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                              ORDER BY "t89"."i_start" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ),
                                                            0
                                                          ) AS INT) AS "cum_before"
                                                        FROM (
                                                          SELECT
                                                            "t87"."person_id",
                                                            "t87"."benefit",
                                                            "t87"."_key",
                                                            "t87"."_island",
                                                            "t87"."i_start",
                                                            "t87"."i_end",
                                                            CASE
                                                              WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN 0
                                                              ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                                            END AS "_len"
                                                          FROM (
                                                            SELECT
                                                              "t86"."person_id",
                                                              "t86"."benefit",
                                                              "t86"."_key",
                                                              "t86"."_island",
                                                              MIN("t86"."start_date") AS "i_start",
                                                              MAX("t86"."_end") AS "i_end"
                                                            FROM (
                                                              SELECT
                                                                "t83"."person_id",
                                                                "t83"."benefit",
                                                                "t83"."start_date",
                                                                "t83"."_end",
                                                                "t83"."_key",
                                                                "t83"."_acc",
                                                                "t83"."_rid",
                                                                "t83"."early_followup_request_date",
                                                                "t83"."education_order",
                                                                "t83"."_new",
                                                                SUM("t83"."_new") OVER (
                                                                  PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                                                  ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                ) AS "_island"
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
                                                                  CASE
                                                                    WHEN MAX("t79"."_end") OVER (
                                                                      PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                                      ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) IS NULL
                                                                    THEN 1
                                                                    WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                                      PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                                      ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                    THEN 1
                                                                    ELSE 0
                                                                  END AS "_new"
                                                                FROM (
                                                                  SELECT
                                                                    *
                                                                  FROM "t77" AS "t78"
                                                                  WHERE
                                                                    "t78"."_acc"
                                                                ) AS "t79"
                                                              ) AS "t83"
                                                            ) AS "t86"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3,
                                                              4
                                                          ) AS "t87"
                                                        ) AS "t89"
                                                      ) AS "t93"
                                                    ) AS "t95"
                                                      ON "t97"."person_id" = "t95"."_ipid"
                                                      AND "t97"."benefit" = "t95"."_ibenefit"
                                                      AND "t97"."start_date" = "t95"."_istart"
                                                      AND "t95"."_cum" < "t97"."_needed"
                                                      AND (
                                                        (
                                                          "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                        )
                                                        OR (
                                                          (
                                                            "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                                          ) >= "t97"."_needed"
                                                        )
                                                      )
                                                  ) AS "t98"
                                                ) AS "t99"
                                              ) AS "t100"
                                            ) AS "t101"
                                          ) AS "t102"
                                        ) AS "t105"
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
                                          ON "t105"."person_id" = "t11"."_pid"
                                          AND "t11"."_ex_start" <= "t105"."_to"
                                          AND "t11"."_ex_end" >= "t105"."_from"
                                      ) AS "t106"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t108"
                                      ON "t103"."person_id" = "t108"."person_id"
                                      AND "t103"."benefit" = "t108"."benefit"
                                      AND "t103"."start_date" = "t108"."start_date"
                                  ) AS "t109"
                                ) AS "t110"
                              ) AS "t112"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t93"."person_id" AS "_ipid",
                                  "t93"."benefit" AS "_ibenefit",
                                  "t93"."start_date" AS "_istart",
                                  "t93"."i_start" AS "_i_start",
                                  "t93"."i_end" AS "_i_end",
                                  "t93"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t89"."person_id",
                                    "t89"."benefit",
                                    "t89"."_key" AS "start_date",
                                    "t89"."i_start",
                                    "t89"."i_end",
                                    CAST(COALESCE(
                                      SUM("t89"."_len") OVER (
                                        PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                        ORDER BY "t89"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t87"."person_id",
                                      "t87"."benefit",
                                      "t87"."_key",
                                      "t87"."_island",
                                      "t87"."i_start",
                                      "t87"."i_end",
                                      CASE
                                        WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t86"."person_id",
                                        "t86"."benefit",
                                        "t86"."_key",
                                        "t86"."_island",
                                        MIN("t86"."start_date") AS "i_start",
                                        MAX("t86"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t83"."person_id",
                                          "t83"."benefit",
                                          "t83"."start_date",
                                          "t83"."_end",
                                          "t83"."_key",
                                          "t83"."_acc",
                                          "t83"."_rid",
                                          "t83"."early_followup_request_date",
                                          "t83"."education_order",
                                          "t83"."_new",
                                          SUM("t83"."_new") OVER (
                                            PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                            ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
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
                                            CASE
                                              WHEN MAX("t79"."_end") OVER (
                                                PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t77" AS "t78"
                                            WHERE
                                              "t78"."_acc"
                                          ) AS "t79"
                                        ) AS "t83"
                                      ) AS "t86"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t87"
                                  ) AS "t89"
                                ) AS "t93"
                              ) AS "t95"
                                ON "t112"."person_id" = "t95"."_ipid"
                                AND "t112"."benefit" = "t95"."_ibenefit"
                                AND "t112"."start_date" = "t95"."_istart"
                                AND "t95"."_cum" < "t112"."_needed"
                                AND (
                                  (
                                    "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                    ) >= "t112"."_needed"
                                  )
                                )
                            ) AS "t113"
                          ) AS "t114"
                        ) AS "t115"
                      ) AS "t124"
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
                        ON "t124"."person_id" = "t10"."person_id"
                        AND "t10"."date" >= "t124"."_first"
                        AND "t10"."date" <= "t124"."_last"
                    ) AS "t126"
                    WHERE
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t126"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['jobcenter', 'anden_aktoer']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t126"."held_by"
                        ),
                        FALSE
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t126"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['personligt', 'telefon', 'video']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t126"."form"
                        ),
                        FALSE
                      )
                  ) AS "t130"
                  INNER JOIN (
                    SELECT
                      "t115"."person_id",
                      "t115"."benefit",
                      "t115"."start_date",
                      "t115"."required" AS "_n",
                      "t115"."due_date" AS "_due"
                    FROM (
                      SELECT
                        "t114".*
                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                      FROM (
                        SELECT
                          "t113"."person_id",
                          "t113"."benefit",
                          "t113"."start_date",
                          "t113"."end_date",
                          "t113"."first_contact_date",
                          "t113"."target_group",
                          "t113"."first_absence_date",
                          "t113"."sickness_category",
                          "t113"."employed",
                          "t113"."handover_date",
                          "t113"."expected_absence_weeks",
                          "t113"."work_obligation",
                          "t113"."municipality",
                          "t113"."early_followup_request_date",
                          "t113"."education_order",
                          "t113"."periods",
                          "t113"."window_start",
                          "t113"."required",
                          "t113"."required_joint",
                          "t113"."in_force",
                          "t113"."_end_unconfirmed",
                          "t113"."due0",
                          "t113"."exempt_days",
                          "t113"."exempt_now",
                          "t113"."exemption_note",
                          "t113"."due_date",
                          "t113"."_plain",
                          "t113"."_needed",
                          "t113"."_ipid",
                          "t113"."_ibenefit",
                          "t113"."_istart",
                          "t113"."_i_start",
                          "t113"."_i_end",
                          "t113"."_cum",
                          CASE
                            WHEN "t113"."_i_start" IS NOT NULL
                            THEN CAST(CAST("t113"."_i_start" + TO_DAYS(CAST("t113"."_needed" - "t113"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                            ELSE "t113"."_plain"
                          END AS "_count_from"
                        FROM (
                          SELECT
                            "t112"."person_id",
                            "t112"."benefit",
                            "t112"."start_date",
                            "t112"."end_date",
                            "t112"."first_contact_date",
                            "t112"."target_group",
                            "t112"."first_absence_date",
                            "t112"."sickness_category",
                            "t112"."employed",
                            "t112"."handover_date",
                            "t112"."expected_absence_weeks",
                            "t112"."work_obligation",
                            "t112"."municipality",
                            "t112"."early_followup_request_date",
                            "t112"."education_order",
                            "t112"."periods",
                            "t112"."window_start",
                            "t112"."required",
                            "t112"."required_joint",
                            "t112"."in_force",
                            "t112"."_end_unconfirmed",
                            "t112"."due0",
                            "t112"."exempt_days",
                            "t112"."exempt_now",
                            "t112"."exemption_note",
                            "t112"."due_date",
                            "t112"."_plain",
                            "t112"."_needed",
                            "t95"."_ipid",
                            "t95"."_ibenefit",
                            "t95"."_istart",
                            "t95"."_i_start",
                            "t95"."_i_end",
                            "t95"."_cum"
                          FROM (
                            SELECT
                              "t110"."person_id",
                              "t110"."benefit",
                              "t110"."start_date",
                              "t110"."end_date",
                              "t110"."first_contact_date",
                              "t110"."target_group",
                              "t110"."first_absence_date",
                              "t110"."sickness_category",
                              "t110"."employed",
                              "t110"."handover_date",
                              "t110"."expected_absence_weeks",
                              "t110"."work_obligation",
                              "t110"."municipality",
                              "t110"."early_followup_request_date",
                              "t110"."education_order",
                              "t110"."periods",
                              "t110"."window_start",
                              "t110"."required",
                              "t110"."required_joint",
                              "t110"."in_force",
                              "t110"."_end_unconfirmed",
                              "t110"."due0",
                              COALESCE("t110"."exempt_days", 0) AS "exempt_days",
                              COALESCE("t110"."exempt_now", FALSE) AS "exempt_now",
                              COALESCE("t110"."exemption_note", '') AS "exemption_note",
                              CAST(CAST("t110"."due0" + TO_DAYS(
                                CASE
                                  WHEN COALESCE(
                                    CASE
                                      WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN TRUE
                                      ELSE CAST(NULL AS BOOLEAN)
                                    END,
                                    FALSE
                                  )
                                  THEN COALESCE("t110"."exempt_days", 0)
                                  ELSE 0
                                END
                              ) AS TIMESTAMP) AS DATE) AS "due_date",
                              CAST(CAST("t110"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 0
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                              DATE_DIFF(
                                'DAY',
                                "t110"."window_start",
                                CAST(CAST("t110"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 0
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                              ) AS "_needed"
                            FROM (
                              SELECT
                                "t109".*
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
                                  "t108"."person_id" AS "person_id_right",
                                  "t108"."benefit" AS "benefit_right",
                                  "t108"."start_date" AS "start_date_right",
                                  "t108"."exempt_days",
                                  "t108"."exempt_now",
                                  "t108"."exemption_note"
                                FROM (
                                  SELECT
                                    "t101".*
                                    EXCLUDE ("_point")
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
                                      "t100"."_point",
                                      CAST(CAST("t100"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                    FROM (
                                      SELECT
                                        "t99".*
                                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                      FROM (
                                        SELECT
                                          "t98"."person_id",
                                          "t98"."benefit",
                                          "t98"."start_date",
                                          "t98"."end_date",
                                          "t98"."first_contact_date",
                                          "t98"."target_group",
                                          "t98"."first_absence_date",
                                          "t98"."sickness_category",
                                          "t98"."employed",
                                          "t98"."handover_date",
                                          "t98"."expected_absence_weeks",
                                          "t98"."work_obligation",
                                          "t98"."municipality",
                                          "t98"."early_followup_request_date",
                                          "t98"."education_order",
                                          "t98"."periods",
                                          "t98"."window_start",
                                          "t98"."required",
                                          "t98"."required_joint",
                                          "t98"."in_force",
                                          "t98"."_end_unconfirmed",
                                          "t98"."_plain",
                                          "t98"."_needed",
                                          "t98"."_ipid",
                                          "t98"."_ibenefit",
                                          "t98"."_istart",
                                          "t98"."_i_start",
                                          "t98"."_i_end",
                                          "t98"."_cum",
                                          CASE
                                            WHEN "t98"."_i_start" IS NOT NULL
                                            THEN CAST(CAST("t98"."_i_start" + TO_DAYS(CAST("t98"."_needed" - "t98"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                            ELSE "t98"."_plain"
                                          END AS "_point"
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
                                            "t97"."_plain",
                                            "t97"."_needed",
                                            "t95"."_ipid",
                                            "t95"."_ibenefit",
                                            "t95"."_istart",
                                            "t95"."_i_start",
                                            "t95"."_i_end",
                                            "t95"."_cum"
                                          FROM (
                                            SELECT
                                              "t92"."person_id",
                                              "t92"."benefit",
                                              "t92"."start_date",
                                              "t92"."end_date",
                                              "t92"."first_contact_date",
                                              "t92"."target_group",
                                              "t92"."first_absence_date",
                                              "t92"."sickness_category",
                                              "t92"."employed",
                                              "t92"."handover_date",
                                              "t92"."expected_absence_weeks",
                                              "t92"."work_obligation",
                                              "t92"."municipality",
                                              "t92"."early_followup_request_date",
                                              "t92"."education_order",
                                              "t92"."periods",
                                              "t92"."start_date" AS "window_start",
                                              COALESCE(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) + COALESCE(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required",
                                              COALESCE(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required_joint",
                                              (
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              )
                                              AND (
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              ) AS "in_force",
                                              COALESCE(
                                                (
                                                  CASE
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NULL
                                                )
                                                AND COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    "t92"."benefit"
                                                  )
                                                  OR ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    CASE WHEN "t92"."benefit" IS NULL THEN NULL ELSE CONCAT("t92"."benefit", ':') END || COALESCE("t92"."target_group", '')
                                                  ),
                                                  FALSE
                                                ),
                                                FALSE
                                              ) AS "_end_unconfirmed",
                                              CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                                              DATE_DIFF(
                                                'DAY',
                                                "t92"."start_date",
                                                CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE)
                                              ) AS "_needed"
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
                                                "t85"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t81"."person_id",
                                                    "t81"."benefit",
                                                    "t81"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t81"."_end"
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
                                                    "t81"."early_followup_request_date",
                                                    "t81"."education_order",
                                                    "t81"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t78"."person_id",
                                                      "t78"."benefit",
                                                      "t78"."_key",
                                                      MAX("t78"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                      MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t77" AS "t78"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t81"
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
                                                    ON "t81"."_first" = "t7"."_frid"
                                                ) AS "t82"
                                                WHERE
                                                  "t82"."benefit" IN ('dagpenge')
                                              ) AS "t85"
                                              ANTI JOIN (
                                                SELECT
                                                  "t88"."person_id" AS "_k_person_id",
                                                  "t88"."benefit" AS "_k_benefit",
                                                  "t88"."start_date" AS "_k_start_date"
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
                                                    "t85"."periods"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t81"."person_id",
                                                        "t81"."benefit",
                                                        "t81"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t81"."_end"
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
                                                        "t81"."early_followup_request_date",
                                                        "t81"."education_order",
                                                        "t81"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t78"."person_id",
                                                          "t78"."benefit",
                                                          "t78"."_key",
                                                          MAX("t78"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                          MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t77" AS "t78"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t81"
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
                                                        ON "t81"."_first" = "t7"."_frid"
                                                    ) AS "t82"
                                                    WHERE
                                                      "t82"."benefit" IN ('dagpenge')
                                                  ) AS "t85"
                                                  SEMI JOIN (
                                                    SELECT
                                                      "t2"."person_id" AS "_mpid",
                                                      "t2"."start_date" AS "_mstart"
                                                    FROM "benefit_periods" AS "t2"
                                                    WHERE
                                                      "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                  ) AS "t12"
                                                    ON "t85"."person_id" = "t12"."_mpid"
                                                    AND "t12"."_mstart" >= "t85"."start_date"
                                                    AND (
                                                      (
                                                        "t85"."end_date" IS NULL
                                                      ) OR (
                                                        "t12"."_mstart" <= "t85"."end_date"
                                                      )
                                                    )
                                                ) AS "t88"
                                                WHERE
                                                  CASE
                                                    WHEN "t88"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t88"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 6
                                                    WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                              ) AS "t91"
                                                ON "t85"."person_id" = "t91"."_k_person_id"
                                                AND "t85"."benefit" = "t91"."_k_benefit"
                                                AND "t85"."start_date" = "t91"."_k_start_date"
                                            ) AS "t92"
                                          ) AS "t97"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t93"."person_id" AS "_ipid",
                                              "t93"."benefit" AS "_ibenefit",
                                              "t93"."start_date" AS "_istart",
                                              "t93"."i_start" AS "_i_start",
                                              "t93"."i_end" AS "_i_end",
                                              "t93"."cum_before" AS "_cum"
                                            FROM (
                                              SELECT
                                                "t89"."person_id",
                                                "t89"."benefit",
                                                "t89"."_key" AS "start_date",
                                                "t89"."i_start",
                                                "t89"."i_end",
                                                CAST(COALESCE(
                                                  SUM("t89"."_len") OVER (
                                                    PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                    ORDER BY "t89"."i_start" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ),
                                                  0
                                                ) AS INT) AS "cum_before"
                                              FROM (
                                                SELECT
                                                  "t87"."person_id",
                                                  "t87"."benefit",
                                                  "t87"."_key",
                                                  "t87"."_island",
                                                  "t87"."i_start",
                                                  "t87"."i_end",
                                                  CASE
                                                    WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN 0
                                                    ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                                  END AS "_len"
                                                FROM (
                                                  SELECT
                                                    "t86"."person_id",
                                                    "t86"."benefit",
                                                    "t86"."_key",
                                                    "t86"."_island",
                                                    MIN("t86"."start_date") AS "i_start",
                                                    MAX("t86"."_end") AS "i_end"
                                                  FROM (
                                                    SELECT
                                                      "t83"."person_id",
                                                      "t83"."benefit",
                                                      "t83"."start_date",
                                                      "t83"."_end",
                                                      "t83"."_key",
                                                      "t83"."_acc",
                                                      "t83"."_rid",
                                                      "t83"."early_followup_request_date",
                                                      "t83"."education_order",
                                                      "t83"."_new",
                                                      SUM("t83"."_new") OVER (
                                                        PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                                        ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                      ) AS "_island"
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
                                                        CASE
                                                          WHEN MAX("t79"."_end") OVER (
                                                            PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                            ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) IS NULL
                                                          THEN 1
                                                          WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                            PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                            ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                          THEN 1
                                                          ELSE 0
                                                        END AS "_new"
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM "t77" AS "t78"
                                                        WHERE
                                                          "t78"."_acc"
                                                      ) AS "t79"
                                                    ) AS "t83"
                                                  ) AS "t86"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3,
                                                    4
                                                ) AS "t87"
                                              ) AS "t89"
                                            ) AS "t93"
                                          ) AS "t95"
                                            ON "t97"."person_id" = "t95"."_ipid"
                                            AND "t97"."benefit" = "t95"."_ibenefit"
                                            AND "t97"."start_date" = "t95"."_istart"
                                            AND "t95"."_cum" < "t97"."_needed"
                                            AND (
                                              (
                                                "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                              )
                                              OR (
                                                (
                                                  "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                                ) >= "t97"."_needed"
                                              )
                                            )
                                        ) AS "t98"
                                      ) AS "t99"
                                    ) AS "t100"
                                  ) AS "t101"
                                ) AS "t103"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t106"."person_id",
                                    "t106"."benefit",
                                    "t106"."start_date",
                                    CAST(SUM(
                                      DATE_DIFF(
                                        'DAY',
                                        GREATEST("t106"."_ex_start", "t106"."_from"),
                                        LEAST("t106"."_ex_end", "t106"."_to")
                                      ) + 1
                                    ) AS INT) AS "exempt_days",
                                    BOOL_OR(
                                      CAST((
                                        "t106"."_ex_start" <= CAST($as_of AS DATE)
                                      )
                                      AND (
                                        "t106"."_ex_end" >= CAST($as_of AS DATE)
                                      ) AS BOOLEAN)
                                    ) AS "exempt_now",
                                    ARRAY_TO_STRING(
                                      LIST_SORT(
                                        ARRAY_AGG(
                                          CASE
                                            WHEN CAST("t106"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t106"."_ex_end" AS TEXT) IS NULL
                                            OR "t106"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t106"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t106"."_ex_end" AS TEXT),
                                              ' (',
                                              "t106"."_ex_reason",
                                              ')'
                                            )
                                          END
                                        ) FILTER(WHERE
                                          CASE
                                            WHEN CAST("t106"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t106"."_ex_end" AS TEXT) IS NULL
                                            OR "t106"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t106"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t106"."_ex_end" AS TEXT),
                                              ' (',
                                              "t106"."_ex_reason",
                                              ')'
                                            )
                                          END IS NOT NULL)
                                      ),
                                      ', '
                                    ) AS "exemption_note"
                                  FROM (
                                    SELECT
                                      "t105"."person_id",
                                      "t105"."benefit",
                                      "t105"."start_date",
                                      "t105"."_from",
                                      "t105"."_to",
                                      "t11"."_pid",
                                      "t11"."_ex_start",
                                      "t11"."_ex_end",
                                      "t11"."_ex_reason"
                                    FROM (
                                      SELECT
                                        "t102"."person_id",
                                        "t102"."benefit",
                                        "t102"."start_date",
                                        "t102"."window_start" AS "_from",
                                        "t102"."due0" AS "_to"
                                      FROM (
                                        SELECT
                                          "t101".*
                                          EXCLUDE ("_point")
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
                                            "t100"."_point",
                                            CAST(CAST("t100"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                          FROM (
                                            SELECT
                                              "t99".*
                                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                            FROM (
                                              SELECT
                                                "t98"."person_id",
                                                "t98"."benefit",
                                                "t98"."start_date",
                                                "t98"."end_date",
                                                "t98"."first_contact_date",
                                                "t98"."target_group",
                                                "t98"."first_absence_date",
                                                "t98"."sickness_category",
                                                "t98"."employed",
                                                "t98"."handover_date",
                                                "t98"."expected_absence_weeks",
                                                "t98"."work_obligation",
                                                "t98"."municipality",
                                                "t98"."early_followup_request_date",
                                                "t98"."education_order",
                                                "t98"."periods",
                                                "t98"."window_start",
                                                "t98"."required",
                                                "t98"."required_joint",
                                                "t98"."in_force",
                                                "t98"."_end_unconfirmed",
                                                "t98"."_plain",
                                                "t98"."_needed",
                                                "t98"."_ipid",
                                                "t98"."_ibenefit",
                                                "t98"."_istart",
                                                "t98"."_i_start",
                                                "t98"."_i_end",
                                                "t98"."_cum",
                                                CASE
                                                  WHEN "t98"."_i_start" IS NOT NULL
                                                  THEN CAST(CAST("t98"."_i_start" + TO_DAYS(CAST("t98"."_needed" - "t98"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                  ELSE "t98"."_plain"
                                                END AS "_point"
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
                                                  "t97"."_plain",
                                                  "t97"."_needed",
                                                  "t95"."_ipid",
                                                  "t95"."_ibenefit",
                                                  "t95"."_istart",
                                                  "t95"."_i_start",
                                                  "t95"."_i_end",
                                                  "t95"."_cum"
                                                FROM (
                                                  SELECT
                                                    "t92"."person_id",
                                                    "t92"."benefit",
                                                    "t92"."start_date",
                                                    "t92"."end_date",
                                                    "t92"."first_contact_date",
                                                    "t92"."target_group",
                                                    "t92"."first_absence_date",
                                                    "t92"."sickness_category",
                                                    "t92"."employed",
                                                    "t92"."handover_date",
                                                    "t92"."expected_absence_weeks",
                                                    "t92"."work_obligation",
                                                    "t92"."municipality",
                                                    "t92"."early_followup_request_date",
                                                    "t92"."education_order",
                                                    "t92"."periods",
                                                    "t92"."start_date" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t92"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          CASE WHEN "t92"."benefit" IS NULL THEN NULL ELSE CONCAT("t92"."benefit", ':') END || COALESCE("t92"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t92"."start_date",
                                                      CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
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
                                                      "t85"."periods"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          "t81"."person_id",
                                                          "t81"."benefit",
                                                          "t81"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t81"."_end"
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
                                                          "t81"."early_followup_request_date",
                                                          "t81"."education_order",
                                                          "t81"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t78"."person_id",
                                                            "t78"."benefit",
                                                            "t78"."_key",
                                                            MAX("t78"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                            MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t77" AS "t78"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t81"
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
                                                          ON "t81"."_first" = "t7"."_frid"
                                                      ) AS "t82"
                                                      WHERE
                                                        "t82"."benefit" IN ('dagpenge')
                                                    ) AS "t85"
                                                    ANTI JOIN (
                                                      SELECT
                                                        "t88"."person_id" AS "_k_person_id",
                                                        "t88"."benefit" AS "_k_benefit",
                                                        "t88"."start_date" AS "_k_start_date"
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
                                                          "t85"."periods"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t81"."person_id",
                                                              "t81"."benefit",
                                                              "t81"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t81"."_end"
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
                                                              "t81"."early_followup_request_date",
                                                              "t81"."education_order",
                                                              "t81"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t78"."person_id",
                                                                "t78"."benefit",
                                                                "t78"."_key",
                                                                MAX("t78"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                                MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t77" AS "t78"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t81"
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
                                                              ON "t81"."_first" = "t7"."_frid"
                                                          ) AS "t82"
                                                          WHERE
                                                            "t82"."benefit" IN ('dagpenge')
                                                        ) AS "t85"
                                                        SEMI JOIN (
                                                          SELECT
                                                            "t2"."person_id" AS "_mpid",
                                                            "t2"."start_date" AS "_mstart"
                                                          FROM "benefit_periods" AS "t2"
                                                          WHERE
                                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                        ) AS "t12"
                                                          ON "t85"."person_id" = "t12"."_mpid"
                                                          AND "t12"."_mstart" >= "t85"."start_date"
                                                          AND (
                                                            (
                                                              "t85"."end_date" IS NULL
                                                            ) OR (
                                                              "t12"."_mstart" <= "t85"."end_date"
                                                            )
                                                          )
                                                      ) AS "t88"
                                                      WHERE
                                                        CASE
                                                          WHEN "t88"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t88"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 6
                                                          WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                    ) AS "t91"
                                                      ON "t85"."person_id" = "t91"."_k_person_id"
                                                      AND "t85"."benefit" = "t91"."_k_benefit"
                                                      AND "t85"."start_date" = "t91"."_k_start_date"
                                                  ) AS "t92"
                                                ) AS "t97"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t93"."person_id" AS "_ipid",
                                                    "t93"."benefit" AS "_ibenefit",
                                                    "t93"."start_date" AS "_istart",
                                                    "t93"."i_start" AS "_i_start",
                                                    "t93"."i_end" AS "_i_end",
                                                    "t93"."cum_before" AS "_cum"
                                                  FROM (
                                                    SELECT
                                                      "t89"."person_id",
                                                      "t89"."benefit",
                                                      "t89"."_key" AS "start_date",
                                                      "t89"."i_start",
                                                      "t89"."i_end",
                                                      CAST(COALESCE(
                                                        SUM("t89"."_len") OVER (
                                                          PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                          ORDER BY "t89"."i_start" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ),
                                                        0
                                                      ) AS INT) AS "cum_before"
                                                    FROM (
                                                      SELECT
                                                        "t87"."person_id",
                                                        "t87"."benefit",
                                                        "t87"."_key",
                                                        "t87"."_island",
                                                        "t87"."i_start",
                                                        "t87"."i_end",
                                                        CASE
                                                          WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN 0
                                                          ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                                        END AS "_len"
                                                      FROM (
                                                        SELECT
                                                          "t86"."person_id",
                                                          "t86"."benefit",
                                                          "t86"."_key",
                                                          "t86"."_island",
                                                          MIN("t86"."start_date") AS "i_start",
                                                          MAX("t86"."_end") AS "i_end"
                                                        FROM (
                                                          SELECT
                                                            "t83"."person_id",
                                                            "t83"."benefit",
                                                            "t83"."start_date",
                                                            "t83"."_end",
                                                            "t83"."_key",
                                                            "t83"."_acc",
                                                            "t83"."_rid",
                                                            "t83"."early_followup_request_date",
                                                            "t83"."education_order",
                                                            "t83"."_new",
                                                            SUM("t83"."_new") OVER (
                                                              PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                                              ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS "_island"
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
                                                              CASE
                                                                WHEN MAX("t79"."_end") OVER (
                                                                  PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                                  ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) IS NULL
                                                                THEN 1
                                                                WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                                  PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                                  ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                THEN 1
                                                                ELSE 0
                                                              END AS "_new"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM "t77" AS "t78"
                                                              WHERE
                                                                "t78"."_acc"
                                                            ) AS "t79"
                                                          ) AS "t83"
                                                        ) AS "t86"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3,
                                                          4
                                                      ) AS "t87"
                                                    ) AS "t89"
                                                  ) AS "t93"
                                                ) AS "t95"
                                                  ON "t97"."person_id" = "t95"."_ipid"
                                                  AND "t97"."benefit" = "t95"."_ibenefit"
                                                  AND "t97"."start_date" = "t95"."_istart"
                                                  AND "t95"."_cum" < "t97"."_needed"
                                                  AND (
                                                    (
                                                      "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                    )
                                                    OR (
                                                      (
                                                        "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                                      ) >= "t97"."_needed"
                                                    )
                                                  )
                                              ) AS "t98"
                                            ) AS "t99"
                                          ) AS "t100"
                                        ) AS "t101"
                                      ) AS "t102"
                                    ) AS "t105"
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
                                      ON "t105"."person_id" = "t11"."_pid"
                                      AND "t11"."_ex_start" <= "t105"."_to"
                                      AND "t11"."_ex_end" >= "t105"."_from"
                                  ) AS "t106"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t108"
                                  ON "t103"."person_id" = "t108"."person_id"
                                  AND "t103"."benefit" = "t108"."benefit"
                                  AND "t103"."start_date" = "t108"."start_date"
                              ) AS "t109"
                            ) AS "t110"
                          ) AS "t112"
                          LEFT OUTER JOIN (
                            SELECT
                              "t93"."person_id" AS "_ipid",
                              "t93"."benefit" AS "_ibenefit",
                              "t93"."start_date" AS "_istart",
                              "t93"."i_start" AS "_i_start",
                              "t93"."i_end" AS "_i_end",
                              "t93"."cum_before" AS "_cum"
                            FROM (
                              SELECT
                                "t89"."person_id",
                                "t89"."benefit",
                                "t89"."_key" AS "start_date",
                                "t89"."i_start",
                                "t89"."i_end",
                                CAST(COALESCE(
                                  SUM("t89"."_len") OVER (
                                    PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                    ORDER BY "t89"."i_start" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ),
                                  0
                                ) AS INT) AS "cum_before"
                              FROM (
                                SELECT
                                  "t87"."person_id",
                                  "t87"."benefit",
                                  "t87"."_key",
                                  "t87"."_island",
                                  "t87"."i_start",
                                  "t87"."i_end",
                                  CASE
                                    WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                    THEN 0
                                    ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                  END AS "_len"
                                FROM (
                                  SELECT
                                    "t86"."person_id",
                                    "t86"."benefit",
                                    "t86"."_key",
                                    "t86"."_island",
                                    MIN("t86"."start_date") AS "i_start",
                                    MAX("t86"."_end") AS "i_end"
                                  FROM (
                                    SELECT
                                      "t83"."person_id",
                                      "t83"."benefit",
                                      "t83"."start_date",
                                      "t83"."_end",
                                      "t83"."_key",
                                      "t83"."_acc",
                                      "t83"."_rid",
                                      "t83"."early_followup_request_date",
                                      "t83"."education_order",
                                      "t83"."_new",
                                      SUM("t83"."_new") OVER (
                                        PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                        ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) AS "_island"
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
                                        CASE
                                          WHEN MAX("t79"."_end") OVER (
                                            PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                            ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) IS NULL
                                          THEN 1
                                          WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                            PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                            ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                          THEN 1
                                          ELSE 0
                                        END AS "_new"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "t77" AS "t78"
                                        WHERE
                                          "t78"."_acc"
                                      ) AS "t79"
                                    ) AS "t83"
                                  ) AS "t86"
                                  GROUP BY
                                    1,
                                    2,
                                    3,
                                    4
                                ) AS "t87"
                              ) AS "t89"
                            ) AS "t93"
                          ) AS "t95"
                            ON "t112"."person_id" = "t95"."_ipid"
                            AND "t112"."benefit" = "t95"."_ibenefit"
                            AND "t112"."start_date" = "t95"."_istart"
                            AND "t95"."_cum" < "t112"."_needed"
                            AND (
                              (
                                "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                              )
                              OR (
                                (
                                  "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                ) >= "t112"."_needed"
                              )
                            )
                        ) AS "t113"
                      ) AS "t114"
                    ) AS "t115"
                  ) AS "t120"
                    ON "t130"."person_id" = "t120"."person_id"
                    AND "t130"."benefit" = "t120"."benefit"
                    AND "t130"."start_date" = "t120"."start_date"
                ) AS "t132"
                WHERE
                  "t132"."_n" > 0
              ) AS "t134"
              GROUP BY
                1,
                2,
                3
            ) AS "t136"
          ) AS "t140"
            ON "t116"."person_id" = "t140"."person_id"
            AND "t116"."benefit" = "t140"."benefit"
            AND "t116"."start_date" = "t140"."start_date"
        ) AS "t141"
      ) AS "t143"
      LEFT OUTER JOIN (
        SELECT
          "t135"."person_id",
          "t135"."benefit",
          "t135"."start_date",
          CASE
            WHEN "t135"."_held" >= "t135"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT(
                "t135"."_events",
                (
                  "t135"."_n" - 1
                ) + CAST((
                  "t135"."_n" - 1
                ) >= 0 AS BIGINT)
              ),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT(
                    "t135"."_events",
                    (
                      "t135"."_n" - 1
                    ) + CAST((
                      "t135"."_n" - 1
                    ) >= 0 AS BIGINT)
                  )
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "joint_date",
          LEAST("t135"."_by_due", "t135"."_n") AS "joint_in_window"
        FROM (
          SELECT
            "t133"."person_id",
            "t133"."benefit",
            "t133"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t133"."date" AS TEXT) IS NULL OR "t133"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t133"."date" AS TEXT), '|', "t133"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t133"."date" AS TEXT) IS NULL OR "t133"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t133"."date" AS TEXT), '|', "t133"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t133"."date" <= "t133"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t133"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t129"."person_id",
                "t129"."benefit",
                "t129"."start_date",
                "t129"."date",
                "t129"."description",
                "t119"."_n",
                "t119"."_due"
              FROM (
                SELECT
                  "t125"."person_id",
                  "t125"."benefit",
                  "t125"."start_date",
                  "t125"."date",
                  CASE
                    WHEN "t125"."kind" IS NULL
                    OR CAST("t125"."date" AS TEXT) IS NULL
                    OR "t125"."form" IS NULL
                    OR "t125"."held_by" IS NULL
                    THEN NULL
                    ELSE CONCAT(
                      "t125"."kind",
                      ' ',
                      CAST("t125"."date" AS TEXT),
                      ' (',
                      "t125"."form",
                      ', ',
                      "t125"."held_by",
                      ')'
                    )
                  END AS "description"
                FROM (
                  SELECT
                    "t123"."person_id",
                    "t123"."benefit",
                    "t123"."start_date",
                    "t123"."window_start",
                    "t123"."_first",
                    "t123"."_last",
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
                      "t115"."person_id",
                      "t115"."benefit",
                      "t115"."start_date",
                      "t115"."window_start",
                      "t115"."window_start" AS "_first",
                      COALESCE("t115"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM (
                      SELECT
                        "t114".*
                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                      FROM (
                        SELECT
                          "t113"."person_id",
                          "t113"."benefit",
                          "t113"."start_date",
                          "t113"."end_date",
                          "t113"."first_contact_date",
                          "t113"."target_group",
                          "t113"."first_absence_date",
                          "t113"."sickness_category",
                          "t113"."employed",
                          "t113"."handover_date",
                          "t113"."expected_absence_weeks",
                          "t113"."work_obligation",
                          "t113"."municipality",
                          "t113"."early_followup_request_date",
                          "t113"."education_order",
                          "t113"."periods",
                          "t113"."window_start",
                          "t113"."required",
                          "t113"."required_joint",
                          "t113"."in_force",
                          "t113"."_end_unconfirmed",
                          "t113"."due0",
                          "t113"."exempt_days",
                          "t113"."exempt_now",
                          "t113"."exemption_note",
                          "t113"."due_date",
                          "t113"."_plain",
                          "t113"."_needed",
                          "t113"."_ipid",
                          "t113"."_ibenefit",
                          "t113"."_istart",
                          "t113"."_i_start",
                          "t113"."_i_end",
                          "t113"."_cum",
                          CASE
                            WHEN "t113"."_i_start" IS NOT NULL
                            THEN CAST(CAST("t113"."_i_start" + TO_DAYS(CAST("t113"."_needed" - "t113"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                            ELSE "t113"."_plain"
                          END AS "_count_from"
                        FROM (
                          SELECT
                            "t112"."person_id",
                            "t112"."benefit",
                            "t112"."start_date",
                            "t112"."end_date",
                            "t112"."first_contact_date",
                            "t112"."target_group",
                            "t112"."first_absence_date",
                            "t112"."sickness_category",
                            "t112"."employed",
                            "t112"."handover_date",
                            "t112"."expected_absence_weeks",
                            "t112"."work_obligation",
                            "t112"."municipality",
                            "t112"."early_followup_request_date",
                            "t112"."education_order",
                            "t112"."periods",
                            "t112"."window_start",
                            "t112"."required",
                            "t112"."required_joint",
                            "t112"."in_force",
                            "t112"."_end_unconfirmed",
                            "t112"."due0",
                            "t112"."exempt_days",
                            "t112"."exempt_now",
                            "t112"."exemption_note",
                            "t112"."due_date",
                            "t112"."_plain",
                            "t112"."_needed",
                            "t95"."_ipid",
                            "t95"."_ibenefit",
                            "t95"."_istart",
                            "t95"."_i_start",
                            "t95"."_i_end",
                            "t95"."_cum"
                          FROM (
                            SELECT
                              "t110"."person_id",
                              "t110"."benefit",
                              "t110"."start_date",
                              "t110"."end_date",
                              "t110"."first_contact_date",
                              "t110"."target_group",
                              "t110"."first_absence_date",
                              "t110"."sickness_category",
                              "t110"."employed",
                              "t110"."handover_date",
                              "t110"."expected_absence_weeks",
                              "t110"."work_obligation",
                              "t110"."municipality",
                              "t110"."early_followup_request_date",
                              "t110"."education_order",
                              "t110"."periods",
                              "t110"."window_start",
                              "t110"."required",
                              "t110"."required_joint",
                              "t110"."in_force",
                              "t110"."_end_unconfirmed",
                              "t110"."due0",
                              COALESCE("t110"."exempt_days", 0) AS "exempt_days",
                              COALESCE("t110"."exempt_now", FALSE) AS "exempt_now",
                              COALESCE("t110"."exemption_note", '') AS "exemption_note",
                              CAST(CAST("t110"."due0" + TO_DAYS(
                                CASE
                                  WHEN COALESCE(
                                    CASE
                                      WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN TRUE
                                      ELSE CAST(NULL AS BOOLEAN)
                                    END,
                                    FALSE
                                  )
                                  THEN COALESCE("t110"."exempt_days", 0)
                                  ELSE 0
                                END
                              ) AS TIMESTAMP) AS DATE) AS "due_date",
                              CAST(CAST("t110"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 0
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                              DATE_DIFF(
                                'DAY',
                                "t110"."window_start",
                                CAST(CAST("t110"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 0
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                              ) AS "_needed"
                            FROM (
                              SELECT
                                "t109".*
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
                                  "t108"."person_id" AS "person_id_right",
                                  "t108"."benefit" AS "benefit_right",
                                  "t108"."start_date" AS "start_date_right",
                                  "t108"."exempt_days",
                                  "t108"."exempt_now",
                                  "t108"."exemption_note"
                                FROM (
                                  SELECT
                                    "t101".*
                                    EXCLUDE ("_point")
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
                                      "t100"."_point",
                                      CAST(CAST("t100"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                    FROM (
                                      SELECT
                                        "t99".*
                                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                      FROM (
                                        SELECT
                                          "t98"."person_id",
                                          "t98"."benefit",
                                          "t98"."start_date",
                                          "t98"."end_date",
                                          "t98"."first_contact_date",
                                          "t98"."target_group",
                                          "t98"."first_absence_date",
                                          "t98"."sickness_category",
                                          "t98"."employed",
                                          "t98"."handover_date",
                                          "t98"."expected_absence_weeks",
                                          "t98"."work_obligation",
                                          "t98"."municipality",
                                          "t98"."early_followup_request_date",
                                          "t98"."education_order",
                                          "t98"."periods",
                                          "t98"."window_start",
                                          "t98"."required",
                                          "t98"."required_joint",
                                          "t98"."in_force",
                                          "t98"."_end_unconfirmed",
                                          "t98"."_plain",
                                          "t98"."_needed",
                                          "t98"."_ipid",
                                          "t98"."_ibenefit",
                                          "t98"."_istart",
                                          "t98"."_i_start",
                                          "t98"."_i_end",
                                          "t98"."_cum",
                                          CASE
                                            WHEN "t98"."_i_start" IS NOT NULL
                                            THEN CAST(CAST("t98"."_i_start" + TO_DAYS(CAST("t98"."_needed" - "t98"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                            ELSE "t98"."_plain"
                                          END AS "_point"
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
                                            "t97"."_plain",
                                            "t97"."_needed",
                                            "t95"."_ipid",
                                            "t95"."_ibenefit",
                                            "t95"."_istart",
                                            "t95"."_i_start",
                                            "t95"."_i_end",
                                            "t95"."_cum"
                                          FROM (
                                            SELECT
                                              "t92"."person_id",
                                              "t92"."benefit",
                                              "t92"."start_date",
                                              "t92"."end_date",
                                              "t92"."first_contact_date",
                                              "t92"."target_group",
                                              "t92"."first_absence_date",
                                              "t92"."sickness_category",
                                              "t92"."employed",
                                              "t92"."handover_date",
                                              "t92"."expected_absence_weeks",
                                              "t92"."work_obligation",
                                              "t92"."municipality",
                                              "t92"."early_followup_request_date",
                                              "t92"."education_order",
                                              "t92"."periods",
                                              "t92"."start_date" AS "window_start",
                                              COALESCE(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) + COALESCE(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required",
                                              COALESCE(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required_joint",
                                              (
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              )
                                              AND (
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              ) AS "in_force",
                                              COALESCE(
                                                (
                                                  CASE
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NULL
                                                )
                                                AND COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    "t92"."benefit"
                                                  )
                                                  OR ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    CASE WHEN "t92"."benefit" IS NULL THEN NULL ELSE CONCAT("t92"."benefit", ':') END || COALESCE("t92"."target_group", '')
                                                  ),
                                                  FALSE
                                                ),
                                                FALSE
                                              ) AS "_end_unconfirmed",
                                              CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                                              DATE_DIFF(
                                                'DAY',
                                                "t92"."start_date",
                                                CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE)
                                              ) AS "_needed"
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
                                                "t85"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t81"."person_id",
                                                    "t81"."benefit",
                                                    "t81"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t81"."_end"
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
                                                    "t81"."early_followup_request_date",
                                                    "t81"."education_order",
                                                    "t81"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t78"."person_id",
                                                      "t78"."benefit",
                                                      "t78"."_key",
                                                      MAX("t78"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                      MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t77" AS "t78"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t81"
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
                                                    ON "t81"."_first" = "t7"."_frid"
                                                ) AS "t82"
                                                WHERE
                                                  "t82"."benefit" IN ('dagpenge')
                                              ) AS "t85"
                                              ANTI JOIN (
                                                SELECT
                                                  "t88"."person_id" AS "_k_person_id",
                                                  "t88"."benefit" AS "_k_benefit",
                                                  "t88"."start_date" AS "_k_start_date"
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
                                                    "t85"."periods"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t81"."person_id",
                                                        "t81"."benefit",
                                                        "t81"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t81"."_end"
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
                                                        "t81"."early_followup_request_date",
                                                        "t81"."education_order",
                                                        "t81"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t78"."person_id",
                                                          "t78"."benefit",
                                                          "t78"."_key",
                                                          MAX("t78"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                          MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t77" AS "t78"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t81"
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
                                                        ON "t81"."_first" = "t7"."_frid"
                                                    ) AS "t82"
                                                    WHERE
                                                      "t82"."benefit" IN ('dagpenge')
                                                  ) AS "t85"
                                                  SEMI JOIN (
                                                    SELECT
                                                      "t2"."person_id" AS "_mpid",
                                                      "t2"."start_date" AS "_mstart"
                                                    FROM "benefit_periods" AS "t2"
                                                    WHERE
                                                      "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                  ) AS "t12"
                                                    ON "t85"."person_id" = "t12"."_mpid"
                                                    AND "t12"."_mstart" >= "t85"."start_date"
                                                    AND (
                                                      (
                                                        "t85"."end_date" IS NULL
                                                      ) OR (
                                                        "t12"."_mstart" <= "t85"."end_date"
                                                      )
                                                    )
                                                ) AS "t88"
                                                WHERE
                                                  CASE
                                                    WHEN "t88"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t88"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 6
                                                    WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                              ) AS "t91"
                                                ON "t85"."person_id" = "t91"."_k_person_id"
                                                AND "t85"."benefit" = "t91"."_k_benefit"
                                                AND "t85"."start_date" = "t91"."_k_start_date"
                                            ) AS "t92"
                                          ) AS "t97"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t93"."person_id" AS "_ipid",
                                              "t93"."benefit" AS "_ibenefit",
                                              "t93"."start_date" AS "_istart",
                                              "t93"."i_start" AS "_i_start",
                                              "t93"."i_end" AS "_i_end",
                                              "t93"."cum_before" AS "_cum"
                                            FROM (
                                              SELECT
                                                "t89"."person_id",
                                                "t89"."benefit",
                                                "t89"."_key" AS "start_date",
                                                "t89"."i_start",
                                                "t89"."i_end",
                                                CAST(COALESCE(
                                                  SUM("t89"."_len") OVER (
                                                    PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                    ORDER BY "t89"."i_start" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ),
                                                  0
                                                ) AS INT) AS "cum_before"
                                              FROM (
                                                SELECT
                                                  "t87"."person_id",
                                                  "t87"."benefit",
                                                  "t87"."_key",
                                                  "t87"."_island",
                                                  "t87"."i_start",
                                                  "t87"."i_end",
                                                  CASE
                                                    WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN 0
                                                    ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                                  END AS "_len"
                                                FROM (
                                                  SELECT
                                                    "t86"."person_id",
                                                    "t86"."benefit",
                                                    "t86"."_key",
                                                    "t86"."_island",
                                                    MIN("t86"."start_date") AS "i_start",
                                                    MAX("t86"."_end") AS "i_end"
                                                  FROM (
                                                    SELECT
                                                      "t83"."person_id",
                                                      "t83"."benefit",
                                                      "t83"."start_date",
                                                      "t83"."_end",
                                                      "t83"."_key",
                                                      "t83"."_acc",
                                                      "t83"."_rid",
                                                      "t83"."early_followup_request_date",
                                                      "t83"."education_order",
                                                      "t83"."_new",
                                                      SUM("t83"."_new") OVER (
                                                        PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                                        ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                      ) AS "_island"
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
                                                        CASE
                                                          WHEN MAX("t79"."_end") OVER (
                                                            PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                            ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) IS NULL
                                                          THEN 1
                                                          WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                            PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                            ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                          THEN 1
                                                          ELSE 0
                                                        END AS "_new"
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM "t77" AS "t78"
                                                        WHERE
                                                          "t78"."_acc"
                                                      ) AS "t79"
                                                    ) AS "t83"
                                                  ) AS "t86"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3,
                                                    4
                                                ) AS "t87"
                                              ) AS "t89"
                                            ) AS "t93"
                                          ) AS "t95"
                                            ON "t97"."person_id" = "t95"."_ipid"
                                            AND "t97"."benefit" = "t95"."_ibenefit"
                                            AND "t97"."start_date" = "t95"."_istart"
                                            AND "t95"."_cum" < "t97"."_needed"
                                            AND (
                                              (
                                                "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                              )
                                              OR (
                                                (
                                                  "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                                ) >= "t97"."_needed"
                                              )
                                            )
                                        ) AS "t98"
                                      ) AS "t99"
                                    ) AS "t100"
                                  ) AS "t101"
                                ) AS "t103"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t106"."person_id",
                                    "t106"."benefit",
                                    "t106"."start_date",
                                    CAST(SUM(
                                      DATE_DIFF(
                                        'DAY',
                                        GREATEST("t106"."_ex_start", "t106"."_from"),
                                        LEAST("t106"."_ex_end", "t106"."_to")
                                      ) + 1
                                    ) AS INT) AS "exempt_days",
                                    BOOL_OR(
                                      CAST((
                                        "t106"."_ex_start" <= CAST($as_of AS DATE)
                                      )
                                      AND (
                                        "t106"."_ex_end" >= CAST($as_of AS DATE)
                                      ) AS BOOLEAN)
                                    ) AS "exempt_now",
                                    ARRAY_TO_STRING(
                                      LIST_SORT(
                                        ARRAY_AGG(
                                          CASE
                                            WHEN CAST("t106"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t106"."_ex_end" AS TEXT) IS NULL
                                            OR "t106"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t106"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t106"."_ex_end" AS TEXT),
                                              ' (',
                                              "t106"."_ex_reason",
                                              ')'
                                            )
                                          END
                                        ) FILTER(WHERE
                                          CASE
                                            WHEN CAST("t106"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t106"."_ex_end" AS TEXT) IS NULL
                                            OR "t106"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t106"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t106"."_ex_end" AS TEXT),
                                              ' (',
                                              "t106"."_ex_reason",
                                              ')'
                                            )
                                          END IS NOT NULL)
                                      ),
                                      ', '
                                    ) AS "exemption_note"
                                  FROM (
                                    SELECT
                                      "t105"."person_id",
                                      "t105"."benefit",
                                      "t105"."start_date",
                                      "t105"."_from",
                                      "t105"."_to",
                                      "t11"."_pid",
                                      "t11"."_ex_start",
                                      "t11"."_ex_end",
                                      "t11"."_ex_reason"
                                    FROM (
                                      SELECT
                                        "t102"."person_id",
                                        "t102"."benefit",
                                        "t102"."start_date",
                                        "t102"."window_start" AS "_from",
                                        "t102"."due0" AS "_to"
                                      FROM (
                                        SELECT
                                          "t101".*
                                          EXCLUDE ("_point")
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
                                            "t100"."_point",
                                            CAST(CAST("t100"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                          FROM (
                                            SELECT
                                              "t99".*
                                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                            FROM (
                                              SELECT
                                                "t98"."person_id",
                                                "t98"."benefit",
                                                "t98"."start_date",
                                                "t98"."end_date",
                                                "t98"."first_contact_date",
                                                "t98"."target_group",
                                                "t98"."first_absence_date",
                                                "t98"."sickness_category",
                                                "t98"."employed",
                                                "t98"."handover_date",
                                                "t98"."expected_absence_weeks",
                                                "t98"."work_obligation",
                                                "t98"."municipality",
                                                "t98"."early_followup_request_date",
                                                "t98"."education_order",
                                                "t98"."periods",
                                                "t98"."window_start",
                                                "t98"."required",
                                                "t98"."required_joint",
                                                "t98"."in_force",
                                                "t98"."_end_unconfirmed",
                                                "t98"."_plain",
                                                "t98"."_needed",
                                                "t98"."_ipid",
                                                "t98"."_ibenefit",
                                                "t98"."_istart",
                                                "t98"."_i_start",
                                                "t98"."_i_end",
                                                "t98"."_cum",
                                                CASE
                                                  WHEN "t98"."_i_start" IS NOT NULL
                                                  THEN CAST(CAST("t98"."_i_start" + TO_DAYS(CAST("t98"."_needed" - "t98"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                  ELSE "t98"."_plain"
                                                END AS "_point"
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
                                                  "t97"."_plain",
                                                  "t97"."_needed",
                                                  "t95"."_ipid",
                                                  "t95"."_ibenefit",
                                                  "t95"."_istart",
                                                  "t95"."_i_start",
                                                  "t95"."_i_end",
                                                  "t95"."_cum"
                                                FROM (
                                                  SELECT
                                                    "t92"."person_id",
                                                    "t92"."benefit",
                                                    "t92"."start_date",
                                                    "t92"."end_date",
                                                    "t92"."first_contact_date",
                                                    "t92"."target_group",
                                                    "t92"."first_absence_date",
                                                    "t92"."sickness_category",
                                                    "t92"."employed",
                                                    "t92"."handover_date",
                                                    "t92"."expected_absence_weeks",
                                                    "t92"."work_obligation",
                                                    "t92"."municipality",
                                                    "t92"."early_followup_request_date",
                                                    "t92"."education_order",
                                                    "t92"."periods",
                                                    "t92"."start_date" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t92"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          CASE WHEN "t92"."benefit" IS NULL THEN NULL ELSE CONCAT("t92"."benefit", ':') END || COALESCE("t92"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t92"."start_date",
                                                      CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
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
                                                      "t85"."periods"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          "t81"."person_id",
                                                          "t81"."benefit",
                                                          "t81"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t81"."_end"
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
                                                          "t81"."early_followup_request_date",
                                                          "t81"."education_order",
                                                          "t81"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t78"."person_id",
                                                            "t78"."benefit",
                                                            "t78"."_key",
                                                            MAX("t78"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                            MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t77" AS "t78"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t81"
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
                                                          ON "t81"."_first" = "t7"."_frid"
                                                      ) AS "t82"
                                                      WHERE
                                                        "t82"."benefit" IN ('dagpenge')
                                                    ) AS "t85"
                                                    ANTI JOIN (
                                                      SELECT
                                                        "t88"."person_id" AS "_k_person_id",
                                                        "t88"."benefit" AS "_k_benefit",
                                                        "t88"."start_date" AS "_k_start_date"
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
                                                          "t85"."periods"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t81"."person_id",
                                                              "t81"."benefit",
                                                              "t81"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t81"."_end"
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
                                                              "t81"."early_followup_request_date",
                                                              "t81"."education_order",
                                                              "t81"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t78"."person_id",
                                                                "t78"."benefit",
                                                                "t78"."_key",
                                                                MAX("t78"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                                MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t77" AS "t78"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t81"
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
                                                              ON "t81"."_first" = "t7"."_frid"
                                                          ) AS "t82"
                                                          WHERE
                                                            "t82"."benefit" IN ('dagpenge')
                                                        ) AS "t85"
                                                        SEMI JOIN (
                                                          SELECT
                                                            "t2"."person_id" AS "_mpid",
                                                            "t2"."start_date" AS "_mstart"
                                                          FROM "benefit_periods" AS "t2"
                                                          WHERE
                                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                        ) AS "t12"
                                                          ON "t85"."person_id" = "t12"."_mpid"
                                                          AND "t12"."_mstart" >= "t85"."start_date"
                                                          AND (
                                                            (
                                                              "t85"."end_date" IS NULL
                                                            ) OR (
                                                              "t12"."_mstart" <= "t85"."end_date"
                                                            )
                                                          )
                                                      ) AS "t88"
                                                      WHERE
                                                        CASE
                                                          WHEN "t88"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t88"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 6
                                                          WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                    ) AS "t91"
                                                      ON "t85"."person_id" = "t91"."_k_person_id"
                                                      AND "t85"."benefit" = "t91"."_k_benefit"
                                                      AND "t85"."start_date" = "t91"."_k_start_date"
                                                  ) AS "t92"
                                                ) AS "t97"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t93"."person_id" AS "_ipid",
                                                    "t93"."benefit" AS "_ibenefit",
                                                    "t93"."start_date" AS "_istart",
                                                    "t93"."i_start" AS "_i_start",
                                                    "t93"."i_end" AS "_i_end",
                                                    "t93"."cum_before" AS "_cum"
                                                  FROM (
                                                    SELECT
                                                      "t89"."person_id",
                                                      "t89"."benefit",
                                                      "t89"."_key" AS "start_date",
                                                      "t89"."i_start",
                                                      "t89"."i_end",
                                                      CAST(COALESCE(
                                                        SUM("t89"."_len") OVER (
                                                          PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                          ORDER BY "t89"."i_start" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ),
                                                        0
                                                      ) AS INT) AS "cum_before"
                                                    FROM (
                                                      SELECT
                                                        "t87"."person_id",
                                                        "t87"."benefit",
                                                        "t87"."_key",
                                                        "t87"."_island",
                                                        "t87"."i_start",
                                                        "t87"."i_end",
                                                        CASE
                                                          WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN 0
                                                          ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                                        END AS "_len"
                                                      FROM (
                                                        SELECT
                                                          "t86"."person_id",
                                                          "t86"."benefit",
                                                          "t86"."_key",
                                                          "t86"."_island",
                                                          MIN("t86"."start_date") AS "i_start",
                                                          MAX("t86"."_end") AS "i_end"
                                                        FROM (
                                                          SELECT
                                                            "t83"."person_id",
                                                            "t83"."benefit",
                                                            "t83"."start_date",
                                                            "t83"."_end",
                                                            "t83"."_key",
                                                            "t83"."_acc",
                                                            "t83"."_rid",
                                                            "t83"."early_followup_request_date",
                                                            "t83"."education_order",
                                                            "t83"."_new",
                                                            SUM("t83"."_new") OVER (
                                                              PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                                              ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS "_island"
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
                                                              CASE
                                                                WHEN MAX("t79"."_end") OVER (
                                                                  PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                                  ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) IS NULL
                                                                THEN 1
                                                                WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                                  PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                                  ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                THEN 1
                                                                ELSE 0
                                                              END AS "_new"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM "t77" AS "t78"
                                                              WHERE
                                                                "t78"."_acc"
                                                            ) AS "t79"
                                                          ) AS "t83"
                                                        ) AS "t86"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3,
                                                          4
                                                      ) AS "t87"
                                                    ) AS "t89"
                                                  ) AS "t93"
                                                ) AS "t95"
                                                  ON "t97"."person_id" = "t95"."_ipid"
                                                  AND "t97"."benefit" = "t95"."_ibenefit"
                                                  AND "t97"."start_date" = "t95"."_istart"
                                                  AND "t95"."_cum" < "t97"."_needed"
                                                  AND (
                                                    (
                                                      "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                    )
                                                    OR (
                                                      (
                                                        "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                                      ) >= "t97"."_needed"
                                                    )
                                                  )
                                              ) AS "t98"
                                            ) AS "t99"
                                          ) AS "t100"
                                        ) AS "t101"
                                      ) AS "t102"
                                    ) AS "t105"
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
                                      ON "t105"."person_id" = "t11"."_pid"
                                      AND "t11"."_ex_start" <= "t105"."_to"
                                      AND "t11"."_ex_end" >= "t105"."_from"
                                  ) AS "t106"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t108"
                                  ON "t103"."person_id" = "t108"."person_id"
                                  AND "t103"."benefit" = "t108"."benefit"
                                  AND "t103"."start_date" = "t108"."start_date"
                              ) AS "t109"
                            ) AS "t110"
                          ) AS "t112"
                          LEFT OUTER JOIN (
                            SELECT
                              "t93"."person_id" AS "_ipid",
                              "t93"."benefit" AS "_ibenefit",
                              "t93"."start_date" AS "_istart",
                              "t93"."i_start" AS "_i_start",
                              "t93"."i_end" AS "_i_end",
                              "t93"."cum_before" AS "_cum"
                            FROM (
                              SELECT
                                "t89"."person_id",
                                "t89"."benefit",
                                "t89"."_key" AS "start_date",
                                "t89"."i_start",
                                "t89"."i_end",
                                CAST(COALESCE(
                                  SUM("t89"."_len") OVER (
                                    PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                    ORDER BY "t89"."i_start" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ),
                                  0
                                ) AS INT) AS "cum_before"
                              FROM (
                                SELECT
                                  "t87"."person_id",
                                  "t87"."benefit",
                                  "t87"."_key",
                                  "t87"."_island",
                                  "t87"."i_start",
                                  "t87"."i_end",
                                  CASE
                                    WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                    THEN 0
                                    ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                  END AS "_len"
                                FROM (
                                  SELECT
                                    "t86"."person_id",
                                    "t86"."benefit",
                                    "t86"."_key",
                                    "t86"."_island",
                                    MIN("t86"."start_date") AS "i_start",
                                    MAX("t86"."_end") AS "i_end"
                                  FROM (
                                    SELECT
                                      "t83"."person_id",
                                      "t83"."benefit",
                                      "t83"."start_date",
                                      "t83"."_end",
                                      "t83"."_key",
                                      "t83"."_acc",
                                      "t83"."_rid",
                                      "t83"."early_followup_request_date",
                                      "t83"."education_order",
                                      "t83"."_new",
                                      SUM("t83"."_new") OVER (
                                        PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                        ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) AS "_island"
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
                                        CASE
                                          WHEN MAX("t79"."_end") OVER (
                                            PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                            ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) IS NULL
                                          THEN 1
                                          WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                            PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                            ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                          THEN 1
                                          ELSE 0
                                        END AS "_new"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "t77" AS "t78"
                                        WHERE
                                          "t78"."_acc"
                                      ) AS "t79"
                                    ) AS "t83"
                                  ) AS "t86"
                                  GROUP BY
                                    1,
                                    2,
                                    3,
                                    4
                                ) AS "t87"
                              ) AS "t89"
                            ) AS "t93"
                          ) AS "t95"
                            ON "t112"."person_id" = "t95"."_ipid"
                            AND "t112"."benefit" = "t95"."_ibenefit"
                            AND "t112"."start_date" = "t95"."_istart"
                            AND "t95"."_cum" < "t112"."_needed"
                            AND (
                              (
                                "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                              )
                              OR (
                                (
                                  "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                ) >= "t112"."_needed"
                              )
                            )
                        ) AS "t113"
                      ) AS "t114"
                    ) AS "t115"
                  ) AS "t123"
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
                    ON "t123"."person_id" = "t9"."person_id"
                    AND "t9"."date" >= "t123"."_first"
                    AND "t9"."date" <= "t123"."_last"
                ) AS "t125"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t125"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['jobcenter', 'anden_aktoer']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t125"."held_by"
                    ),
                    FALSE
                  )
                  AND COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t125"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t125"."form"
                    ),
                    FALSE
                  )
              ) AS "t129"
              INNER JOIN (
                SELECT
                  "t115"."person_id",
                  "t115"."benefit",
                  "t115"."start_date",
                  "t115"."required_joint" AS "_n",
                  "t115"."due_date" AS "_due"
                FROM (
                  SELECT
                    "t114".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                  FROM (
                    SELECT
                      "t113"."person_id",
                      "t113"."benefit",
                      "t113"."start_date",
                      "t113"."end_date",
                      "t113"."first_contact_date",
                      "t113"."target_group",
                      "t113"."first_absence_date",
                      "t113"."sickness_category",
                      "t113"."employed",
                      "t113"."handover_date",
                      "t113"."expected_absence_weeks",
                      "t113"."work_obligation",
                      "t113"."municipality",
                      "t113"."early_followup_request_date",
                      "t113"."education_order",
                      "t113"."periods",
                      "t113"."window_start",
                      "t113"."required",
                      "t113"."required_joint",
                      "t113"."in_force",
                      "t113"."_end_unconfirmed",
                      "t113"."due0",
                      "t113"."exempt_days",
                      "t113"."exempt_now",
                      "t113"."exemption_note",
                      "t113"."due_date",
                      "t113"."_plain",
                      "t113"."_needed",
                      "t113"."_ipid",
                      "t113"."_ibenefit",
                      "t113"."_istart",
                      "t113"."_i_start",
                      "t113"."_i_end",
                      "t113"."_cum",
                      CASE
                        WHEN "t113"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t113"."_i_start" + TO_DAYS(CAST("t113"."_needed" - "t113"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t113"."_plain"
                      END AS "_count_from"
                    FROM (
                      SELECT
                        "t112"."person_id",
                        "t112"."benefit",
                        "t112"."start_date",
                        "t112"."end_date",
                        "t112"."first_contact_date",
                        "t112"."target_group",
                        "t112"."first_absence_date",
                        "t112"."sickness_category",
                        "t112"."employed",
                        "t112"."handover_date",
                        "t112"."expected_absence_weeks",
                        "t112"."work_obligation",
                        "t112"."municipality",
                        "t112"."early_followup_request_date",
                        "t112"."education_order",
                        "t112"."periods",
                        "t112"."window_start",
                        "t112"."required",
                        "t112"."required_joint",
                        "t112"."in_force",
                        "t112"."_end_unconfirmed",
                        "t112"."due0",
                        "t112"."exempt_days",
                        "t112"."exempt_now",
                        "t112"."exemption_note",
                        "t112"."due_date",
                        "t112"."_plain",
                        "t112"."_needed",
                        "t95"."_ipid",
                        "t95"."_ibenefit",
                        "t95"."_istart",
                        "t95"."_i_start",
                        "t95"."_i_end",
                        "t95"."_cum"
                      FROM (
                        SELECT
                          "t110"."person_id",
                          "t110"."benefit",
                          "t110"."start_date",
                          "t110"."end_date",
                          "t110"."first_contact_date",
                          "t110"."target_group",
                          "t110"."first_absence_date",
                          "t110"."sickness_category",
                          "t110"."employed",
                          "t110"."handover_date",
                          "t110"."expected_absence_weeks",
                          "t110"."work_obligation",
                          "t110"."municipality",
                          "t110"."early_followup_request_date",
                          "t110"."education_order",
                          "t110"."periods",
                          "t110"."window_start",
                          "t110"."required",
                          "t110"."required_joint",
                          "t110"."in_force",
                          "t110"."_end_unconfirmed",
                          "t110"."due0",
                          COALESCE("t110"."exempt_days", 0) AS "exempt_days",
                          COALESCE("t110"."exempt_now", FALSE) AS "exempt_now",
                          COALESCE("t110"."exemption_note", '') AS "exemption_note",
                          CAST(CAST("t110"."due0" + TO_DAYS(
                            CASE
                              WHEN COALESCE(
                                CASE
                                  WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN TRUE
                                  ELSE CAST(NULL AS BOOLEAN)
                                END,
                                FALSE
                              )
                              THEN COALESCE("t110"."exempt_days", 0)
                              ELSE 0
                            END
                          ) AS TIMESTAMP) AS DATE) AS "due_date",
                          CAST(CAST("t110"."window_start" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
                                THEN 3
                                WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 0
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t110"."window_start",
                            CAST(CAST("t110"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
                                  THEN 3
                                  WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 0
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
                        FROM (
                          SELECT
                            "t109".*
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
                              "t108"."person_id" AS "person_id_right",
                              "t108"."benefit" AS "benefit_right",
                              "t108"."start_date" AS "start_date_right",
                              "t108"."exempt_days",
                              "t108"."exempt_now",
                              "t108"."exemption_note"
                            FROM (
                              SELECT
                                "t101".*
                                EXCLUDE ("_point")
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
                                  "t100"."_point",
                                  CAST(CAST("t100"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t99".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                  FROM (
                                    SELECT
                                      "t98"."person_id",
                                      "t98"."benefit",
                                      "t98"."start_date",
                                      "t98"."end_date",
                                      "t98"."first_contact_date",
                                      "t98"."target_group",
                                      "t98"."first_absence_date",
                                      "t98"."sickness_category",
                                      "t98"."employed",
                                      "t98"."handover_date",
                                      "t98"."expected_absence_weeks",
                                      "t98"."work_obligation",
                                      "t98"."municipality",
                                      "t98"."early_followup_request_date",
                                      "t98"."education_order",
                                      "t98"."periods",
                                      "t98"."window_start",
                                      "t98"."required",
                                      "t98"."required_joint",
                                      "t98"."in_force",
                                      "t98"."_end_unconfirmed",
                                      "t98"."_plain",
                                      "t98"."_needed",
                                      "t98"."_ipid",
                                      "t98"."_ibenefit",
                                      "t98"."_istart",
                                      "t98"."_i_start",
                                      "t98"."_i_end",
                                      "t98"."_cum",
                                      CASE
                                        WHEN "t98"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t98"."_i_start" + TO_DAYS(CAST("t98"."_needed" - "t98"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t98"."_plain"
                                      END AS "_point"
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
                                        "t97"."_plain",
                                        "t97"."_needed",
                                        "t95"."_ipid",
                                        "t95"."_ibenefit",
                                        "t95"."_istart",
                                        "t95"."_i_start",
                                        "t95"."_i_end",
                                        "t95"."_cum"
                                      FROM (
                                        SELECT
                                          "t92"."person_id",
                                          "t92"."benefit",
                                          "t92"."start_date",
                                          "t92"."end_date",
                                          "t92"."first_contact_date",
                                          "t92"."target_group",
                                          "t92"."first_absence_date",
                                          "t92"."sickness_category",
                                          "t92"."employed",
                                          "t92"."handover_date",
                                          "t92"."expected_absence_weeks",
                                          "t92"."work_obligation",
                                          "t92"."municipality",
                                          "t92"."early_followup_request_date",
                                          "t92"."education_order",
                                          "t92"."periods",
                                          "t92"."start_date" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(
                                            CASE
                                              WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required",
                                          COALESCE(
                                            CASE
                                              WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t92"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                CASE WHEN "t92"."benefit" IS NULL THEN NULL ELSE CONCAT("t92"."benefit", ':') END || COALESCE("t92"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t92"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t92"."start_date",
                                            CAST(CAST("t92"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
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
                                            "t85"."periods"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t81"."person_id",
                                                "t81"."benefit",
                                                "t81"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t81"."_end"
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
                                                "t81"."early_followup_request_date",
                                                "t81"."education_order",
                                                "t81"."periods"
                                              FROM (
                                                SELECT
                                                  "t78"."person_id",
                                                  "t78"."benefit",
                                                  "t78"."_key",
                                                  MAX("t78"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                  MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t77" AS "t78"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t81"
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
                                                ON "t81"."_first" = "t7"."_frid"
                                            ) AS "t82"
                                            WHERE
                                              "t82"."benefit" IN ('dagpenge')
                                          ) AS "t85"
                                          ANTI JOIN (
                                            SELECT
                                              "t88"."person_id" AS "_k_person_id",
                                              "t88"."benefit" AS "_k_benefit",
                                              "t88"."start_date" AS "_k_start_date"
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
                                                "t85"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t81"."person_id",
                                                    "t81"."benefit",
                                                    "t81"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t81"."_end"
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
                                                    "t81"."early_followup_request_date",
                                                    "t81"."education_order",
                                                    "t81"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t78"."person_id",
                                                      "t78"."benefit",
                                                      "t78"."_key",
                                                      MAX("t78"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                      MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t77" AS "t78"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t81"
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
                                                    ON "t81"."_first" = "t7"."_frid"
                                                ) AS "t82"
                                                WHERE
                                                  "t82"."benefit" IN ('dagpenge')
                                              ) AS "t85"
                                              SEMI JOIN (
                                                SELECT
                                                  "t2"."person_id" AS "_mpid",
                                                  "t2"."start_date" AS "_mstart"
                                                FROM "benefit_periods" AS "t2"
                                                WHERE
                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                              ) AS "t12"
                                                ON "t85"."person_id" = "t12"."_mpid"
                                                AND "t12"."_mstart" >= "t85"."start_date"
                                                AND (
                                                  (
                                                    "t85"."end_date" IS NULL
                                                  ) OR (
                                                    "t12"."_mstart" <= "t85"."end_date"
                                                  )
                                                )
                                            ) AS "t88"
                                            WHERE
                                              CASE
                                                WHEN "t88"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t88"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                          ) AS "t91"
                                            ON "t85"."person_id" = "t91"."_k_person_id"
                                            AND "t85"."benefit" = "t91"."_k_benefit"
                                            AND "t85"."start_date" = "t91"."_k_start_date"
                                        ) AS "t92"
                                      ) AS "t97"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t93"."person_id" AS "_ipid",
                                          "t93"."benefit" AS "_ibenefit",
                                          "t93"."start_date" AS "_istart",
                                          "t93"."i_start" AS "_i_start",
                                          "t93"."i_end" AS "_i_end",
                                          "t93"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t89"."person_id",
                                            "t89"."benefit",
                                            "t89"."_key" AS "start_date",
                                            "t89"."i_start",
                                            "t89"."i_end",
                                            CAST(COALESCE(
                                              SUM("t89"."_len") OVER (
                                                PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                ORDER BY "t89"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t87"."person_id",
                                              "t87"."benefit",
                                              "t87"."_key",
                                              "t87"."_island",
                                              "t87"."i_start",
                                              "t87"."i_end",
                                              CASE
                                                WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t86"."person_id",
                                                "t86"."benefit",
                                                "t86"."_key",
                                                "t86"."_island",
                                                MIN("t86"."start_date") AS "i_start",
                                                MAX("t86"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t83"."person_id",
                                                  "t83"."benefit",
                                                  "t83"."start_date",
                                                  "t83"."_end",
                                                  "t83"."_key",
                                                  "t83"."_acc",
                                                  "t83"."_rid",
                                                  "t83"."early_followup_request_date",
                                                  "t83"."education_order",
                                                  "t83"."_new",
                                                  SUM("t83"."_new") OVER (
                                                    PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                                    ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
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
                                                    CASE
                                                      WHEN MAX("t79"."_end") OVER (
                                                        PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                        ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                        PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                        ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t77" AS "t78"
                                                    WHERE
                                                      "t78"."_acc"
                                                  ) AS "t79"
                                                ) AS "t83"
                                              ) AS "t86"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t87"
                                          ) AS "t89"
                                        ) AS "t93"
                                      ) AS "t95"
                                        ON "t97"."person_id" = "t95"."_ipid"
                                        AND "t97"."benefit" = "t95"."_ibenefit"
                                        AND "t97"."start_date" = "t95"."_istart"
                                        AND "t95"."_cum" < "t97"."_needed"
                                        AND (
                                          (
                                            "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                            ) >= "t97"."_needed"
                                          )
                                        )
                                    ) AS "t98"
                                  ) AS "t99"
                                ) AS "t100"
                              ) AS "t101"
                            ) AS "t103"
                            LEFT OUTER JOIN (
                              SELECT
                                "t106"."person_id",
                                "t106"."benefit",
                                "t106"."start_date",
                                CAST(SUM(
                                  DATE_DIFF(
                                    'DAY',
                                    GREATEST("t106"."_ex_start", "t106"."_from"),
                                    LEAST("t106"."_ex_end", "t106"."_to")
                                  ) + 1
                                ) AS INT) AS "exempt_days",
                                BOOL_OR(
                                  CAST((
                                    "t106"."_ex_start" <= CAST($as_of AS DATE)
                                  )
                                  AND (
                                    "t106"."_ex_end" >= CAST($as_of AS DATE)
                                  ) AS BOOLEAN)
                                ) AS "exempt_now",
                                ARRAY_TO_STRING(
                                  LIST_SORT(
                                    ARRAY_AGG(
                                      CASE
                                        WHEN CAST("t106"."_ex_start" AS TEXT) IS NULL
                                        OR CAST("t106"."_ex_end" AS TEXT) IS NULL
                                        OR "t106"."_ex_reason" IS NULL
                                        THEN NULL
                                        ELSE CONCAT(
                                          'fritaget ',
                                          CAST("t106"."_ex_start" AS TEXT),
                                          '–',
                                          CAST("t106"."_ex_end" AS TEXT),
                                          ' (',
                                          "t106"."_ex_reason",
                                          ')'
                                        )
                                      END
                                    ) FILTER(WHERE
                                      CASE
                                        WHEN CAST("t106"."_ex_start" AS TEXT) IS NULL
                                        OR CAST("t106"."_ex_end" AS TEXT) IS NULL
                                        OR "t106"."_ex_reason" IS NULL
                                        THEN NULL
                                        ELSE CONCAT(
                                          'fritaget ',
                                          CAST("t106"."_ex_start" AS TEXT),
                                          '–',
                                          CAST("t106"."_ex_end" AS TEXT),
                                          ' (',
                                          "t106"."_ex_reason",
                                          ')'
                                        )
                                      END IS NOT NULL)
                                  ),
                                  ', '
                                ) AS "exemption_note"
                              FROM (
                                SELECT
                                  "t105"."person_id",
                                  "t105"."benefit",
                                  "t105"."start_date",
                                  "t105"."_from",
                                  "t105"."_to",
                                  "t11"."_pid",
                                  "t11"."_ex_start",
                                  "t11"."_ex_end",
                                  "t11"."_ex_reason"
                                FROM (
                                  SELECT
                                    "t102"."person_id",
                                    "t102"."benefit",
                                    "t102"."start_date",
                                    "t102"."window_start" AS "_from",
                                    "t102"."due0" AS "_to"
                                  FROM (
                                    SELECT
                                      "t101".*
                                      EXCLUDE ("_point")
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
                                        "t100"."_point",
                                        CAST(CAST("t100"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                      FROM (
                                        SELECT
                                          "t99".*
                                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                        FROM (
                                          SELECT
                                            "t98"."person_id",
                                            "t98"."benefit",
                                            "t98"."start_date",
                                            "t98"."end_date",
                                            "t98"."first_contact_date",
                                            "t98"."target_group",
                                            "t98"."first_absence_date",
                                            "t98"."sickness_category",
                                            "t98"."employed",
                                            "t98"."handover_date",
                                            "t98"."expected_absence_weeks",
                                            "t98"."work_obligation",
                                            "t98"."municipality",
                                            "t98"."early_followup_request_date",
                                            "t98"."education_order",
                                            "t98"."periods",
                                            "t98"."window_start",
                                            "t98"."required",
                                            "t98"."required_joint",
                                            "t98"."in_force",
                                            "t98"."_end_unconfirmed",
                                            "t98"."_plain",
                                            "t98"."_needed",
                                            "t98"."_ipid",
                                            "t98"."_ibenefit",
                                            "t98"."_istart",
                                            "t98"."_i_start",
                                            "t98"."_i_end",
                                            "t98"."_cum",
                                            CASE
                                              WHEN "t98"."_i_start" IS NOT NULL
                                              THEN CAST(CAST("t98"."_i_start" + TO_DAYS(CAST("t98"."_needed" - "t98"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                              ELSE "t98"."_plain"
                                            END AS "_point"
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
                                              "t97"."_plain",
                                              "t97"."_needed",
                                              "t95"."_ipid",
                                              "t95"."_ibenefit",
                                              "t95"."_istart",
                                              "t95"."_i_start",
                                              "t95"."_i_end",
                                              "t95"."_cum"
                                            FROM (
                                              SELECT
                                                "t92"."person_id",
                                                "t92"."benefit",
                                                "t92"."start_date",
                                                "t92"."end_date",
                                                "t92"."first_contact_date",
                                                "t92"."target_group",
                                                "t92"."first_absence_date",
                                                "t92"."sickness_category",
                                                "t92"."employed",
                                                "t92"."handover_date",
                                                "t92"."expected_absence_weeks",
                                                "t92"."work_obligation",
                                                "t92"."municipality",
                                                "t92"."early_followup_request_date",
                                                "t92"."education_order",
                                                "t92"."periods",
                                                "t92"."start_date" AS "window_start",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) + COALESCE(
                                                  CASE
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required_joint",
                                                (
                                                  CASE
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND (
                                                  CASE
                                                    WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                ) AS "in_force",
                                                COALESCE(
                                                  (
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NULL
                                                  )
                                                  AND COALESCE(
                                                    ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t92"."benefit"
                                                    )
                                                    OR ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      CASE WHEN "t92"."benefit" IS NULL THEN NULL ELSE CONCAT("t92"."benefit", ':') END || COALESCE("t92"."target_group", '')
                                                    ),
                                                    FALSE
                                                  ),
                                                  FALSE
                                                ) AS "_end_unconfirmed",
                                                CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                DATE_DIFF(
                                                  'DAY',
                                                  "t92"."start_date",
                                                  CAST(CAST("t92"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t92"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE)
                                                ) AS "_needed"
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
                                                  "t85"."periods"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      "t81"."person_id",
                                                      "t81"."benefit",
                                                      "t81"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t81"."_end"
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
                                                      "t81"."early_followup_request_date",
                                                      "t81"."education_order",
                                                      "t81"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t78"."person_id",
                                                        "t78"."benefit",
                                                        "t78"."_key",
                                                        MAX("t78"."_end") AS "_end",
                                                        COUNT(*) AS "periods",
                                                        FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                        MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                        BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                      FROM "t77" AS "t78"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t81"
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
                                                      ON "t81"."_first" = "t7"."_frid"
                                                  ) AS "t82"
                                                  WHERE
                                                    "t82"."benefit" IN ('dagpenge')
                                                ) AS "t85"
                                                ANTI JOIN (
                                                  SELECT
                                                    "t88"."person_id" AS "_k_person_id",
                                                    "t88"."benefit" AS "_k_benefit",
                                                    "t88"."start_date" AS "_k_start_date"
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
                                                      "t85"."periods"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          "t81"."person_id",
                                                          "t81"."benefit",
                                                          "t81"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t81"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t81"."_end"
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
                                                          "t81"."early_followup_request_date",
                                                          "t81"."education_order",
                                                          "t81"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t78"."person_id",
                                                            "t78"."benefit",
                                                            "t78"."_key",
                                                            MAX("t78"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t78"."_rid" ORDER BY "t78"."start_date") AS "_first",
                                                            MIN("t78"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t78"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t77" AS "t78"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t81"
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
                                                          ON "t81"."_first" = "t7"."_frid"
                                                      ) AS "t82"
                                                      WHERE
                                                        "t82"."benefit" IN ('dagpenge')
                                                    ) AS "t85"
                                                    SEMI JOIN (
                                                      SELECT
                                                        "t2"."person_id" AS "_mpid",
                                                        "t2"."start_date" AS "_mstart"
                                                      FROM "benefit_periods" AS "t2"
                                                      WHERE
                                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                    ) AS "t12"
                                                      ON "t85"."person_id" = "t12"."_mpid"
                                                      AND "t12"."_mstart" >= "t85"."start_date"
                                                      AND (
                                                        (
                                                          "t85"."end_date" IS NULL
                                                        ) OR (
                                                          "t12"."_mstart" <= "t85"."end_date"
                                                        )
                                                      )
                                                  ) AS "t88"
                                                  WHERE
                                                    CASE
                                                      WHEN "t88"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t88"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 6
                                                      WHEN "t88"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                ) AS "t91"
                                                  ON "t85"."person_id" = "t91"."_k_person_id"
                                                  AND "t85"."benefit" = "t91"."_k_benefit"
                                                  AND "t85"."start_date" = "t91"."_k_start_date"
                                              ) AS "t92"
                                            ) AS "t97"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t93"."person_id" AS "_ipid",
                                                "t93"."benefit" AS "_ibenefit",
                                                "t93"."start_date" AS "_istart",
                                                "t93"."i_start" AS "_i_start",
                                                "t93"."i_end" AS "_i_end",
                                                "t93"."cum_before" AS "_cum"
                                              FROM (
                                                SELECT
                                                  "t89"."person_id",
                                                  "t89"."benefit",
                                                  "t89"."_key" AS "start_date",
                                                  "t89"."i_start",
                                                  "t89"."i_end",
                                                  CAST(COALESCE(
                                                    SUM("t89"."_len") OVER (
                                                      PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                      ORDER BY "t89"."i_start" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ),
                                                    0
                                                  ) AS INT) AS "cum_before"
                                                FROM (
                                                  SELECT
                                                    "t87"."person_id",
                                                    "t87"."benefit",
                                                    "t87"."_key",
                                                    "t87"."_island",
                                                    "t87"."i_start",
                                                    "t87"."i_end",
                                                    CASE
                                                      WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN 0
                                                      ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                                                    END AS "_len"
                                                  FROM (
                                                    SELECT
                                                      "t86"."person_id",
                                                      "t86"."benefit",
                                                      "t86"."_key",
                                                      "t86"."_island",
                                                      MIN("t86"."start_date") AS "i_start",
                                                      MAX("t86"."_end") AS "i_end"
                                                    FROM (
                                                      SELECT
                                                        "t83"."person_id",
                                                        "t83"."benefit",
                                                        "t83"."start_date",
                                                        "t83"."_end",
                                                        "t83"."_key",
                                                        "t83"."_acc",
                                                        "t83"."_rid",
                                                        "t83"."early_followup_request_date",
                                                        "t83"."education_order",
                                                        "t83"."_new",
                                                        SUM("t83"."_new") OVER (
                                                          PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                                          ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                        ) AS "_island"
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
                                                          CASE
                                                            WHEN MAX("t79"."_end") OVER (
                                                              PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                              ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) IS NULL
                                                            THEN 1
                                                            WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                                              PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                                              ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                            THEN 1
                                                            ELSE 0
                                                          END AS "_new"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM "t77" AS "t78"
                                                          WHERE
                                                            "t78"."_acc"
                                                        ) AS "t79"
                                                      ) AS "t83"
                                                    ) AS "t86"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t87"
                                                ) AS "t89"
                                              ) AS "t93"
                                            ) AS "t95"
                                              ON "t97"."person_id" = "t95"."_ipid"
                                              AND "t97"."benefit" = "t95"."_ibenefit"
                                              AND "t97"."start_date" = "t95"."_istart"
                                              AND "t95"."_cum" < "t97"."_needed"
                                              AND (
                                                (
                                                  "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                                                  ) >= "t97"."_needed"
                                                )
                                              )
                                          ) AS "t98"
                                        ) AS "t99"
                                      ) AS "t100"
                                    ) AS "t101"
                                  ) AS "t102"
                                ) AS "t105"
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
                                  ON "t105"."person_id" = "t11"."_pid"
                                  AND "t11"."_ex_start" <= "t105"."_to"
                                  AND "t11"."_ex_end" >= "t105"."_from"
                              ) AS "t106"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t108"
                              ON "t103"."person_id" = "t108"."person_id"
                              AND "t103"."benefit" = "t108"."benefit"
                              AND "t103"."start_date" = "t108"."start_date"
                          ) AS "t109"
                        ) AS "t110"
                      ) AS "t112"
                      LEFT OUTER JOIN (
                        SELECT
                          "t93"."person_id" AS "_ipid",
                          "t93"."benefit" AS "_ibenefit",
                          "t93"."start_date" AS "_istart",
                          "t93"."i_start" AS "_i_start",
                          "t93"."i_end" AS "_i_end",
                          "t93"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t89"."person_id",
                            "t89"."benefit",
                            "t89"."_key" AS "start_date",
                            "t89"."i_start",
                            "t89"."i_end",
                            CAST(COALESCE(
                              SUM("t89"."_len") OVER (
                                PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                ORDER BY "t89"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t87"."person_id",
                              "t87"."benefit",
                              "t87"."_key",
                              "t87"."_island",
                              "t87"."i_start",
                              "t87"."i_end",
                              CASE
                                WHEN "t87"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t87"."i_start", "t87"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t86"."person_id",
                                "t86"."benefit",
                                "t86"."_key",
                                "t86"."_island",
                                MIN("t86"."start_date") AS "i_start",
                                MAX("t86"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t83"."person_id",
                                  "t83"."benefit",
                                  "t83"."start_date",
                                  "t83"."_end",
                                  "t83"."_key",
                                  "t83"."_acc",
                                  "t83"."_rid",
                                  "t83"."early_followup_request_date",
                                  "t83"."education_order",
                                  "t83"."_new",
                                  SUM("t83"."_new") OVER (
                                    PARTITION BY "t83"."person_id", "t83"."benefit", "t83"."_key"
                                    ORDER BY "t83"."start_date" ASC, "t83"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
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
                                    CASE
                                      WHEN MAX("t79"."_end") OVER (
                                        PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                        ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t79"."start_date" > CAST(CAST(MAX("t79"."_end") OVER (
                                        PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                        ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t77" AS "t78"
                                    WHERE
                                      "t78"."_acc"
                                  ) AS "t79"
                                ) AS "t83"
                              ) AS "t86"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t87"
                          ) AS "t89"
                        ) AS "t93"
                      ) AS "t95"
                        ON "t112"."person_id" = "t95"."_ipid"
                        AND "t112"."benefit" = "t95"."_ibenefit"
                        AND "t112"."start_date" = "t95"."_istart"
                        AND "t95"."_cum" < "t112"."_needed"
                        AND (
                          (
                            "t95"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t95"."_cum" + DATE_DIFF('DAY', "t95"."_i_start", "t95"."_i_end") + 1
                            ) >= "t112"."_needed"
                          )
                        )
                    ) AS "t113"
                  ) AS "t114"
                ) AS "t115"
              ) AS "t119"
                ON "t129"."person_id" = "t119"."person_id"
                AND "t129"."benefit" = "t119"."benefit"
                AND "t129"."start_date" = "t119"."start_date"
            ) AS "t131"
            WHERE
              "t131"."_n" > 0
          ) AS "t133"
          GROUP BY
            1,
            2,
            3
        ) AS "t135"
      ) AS "t139"
        ON "t143"."person_id" = "t139"."person_id"
        AND "t143"."benefit" = "t139"."benefit"
        AND "t143"."start_date" = "t139"."start_date"
    ) AS "t144"
  ) AS "t145"
) AS "t146"
