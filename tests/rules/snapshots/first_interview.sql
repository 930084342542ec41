WITH "t9" AS (
  SELECT
    "t1"."person_id",
    "t1"."benefit",
    "t1"."start_date",
    "t1"."target_group",
    "t1"."early_followup_request_date",
    "t1"."education_order",
    "t1"."rowid" AS "_rid",
    CASE
      WHEN (
        "t1"."end_date" IS NULL
      ) OR (
        "t1"."end_date" > CAST($as_of AS DATE)
      )
      THEN MAKE_DATE(9999, 12, 31)
      ELSE "t1"."end_date"
    END AS "_end",
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t1"."start_date" >= MAKE_DATE(2020, 1, 1)
          THEN ['dagpenge']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t1"."benefit"
      ),
      FALSE
    ) AS "_acc"
  FROM "benefit_periods" AS "t1"
  WHERE
    "t1"."start_date" <= CAST($as_of AS DATE)
), "t12" AS (
  SELECT
    "t10"."person_id",
    COUNT(*) AS "_rows",
    MIN("t10"."benefit") = MAX("t10"."benefit") AS "_one_benefit",
    BOOL_AND(CAST("t10"."_acc" AS BOOLEAN)) AS "_all_acc"
  FROM "t9" AS "t10"
  GROUP BY
    1
), "t38" AS (
  SELECT
    *
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
        "t22"."start_date" AS "_spell_start"
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
        ) AS "t18"
          ON "t11"."person_id" = "t18"."person_id"
      ) AS "t22"
    ) AS "t26"
    UNION ALL
    SELECT
      *
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
        CAST(NULL AS DATE) AS "_spell_start"
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
            "t13"."_rows" > 1 AND "t13"."_one_benefit" AND "t13"."_all_acc"
        ) AS "t19"
          ON "t11"."person_id" = "t19"."person_id"
      ) AS "t23"
    ) AS "t27"
  ) AS "t28"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t32"."person_id",
        "t32"."benefit",
        "t32"."start_date",
        "t32"."target_group",
        "t32"."early_followup_request_date",
        "t32"."education_order",
        "t32"."_rid",
        "t32"."_end",
        "t32"."_acc",
        "t32"."_spell_start"
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
          MAX(CASE WHEN "t31"."_new" = 1 THEN "t31"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t31"."person_id"
            ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
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
            CASE
              WHEN (
                MAX("t25"."_end") OVER (
                  PARTITION BY "t25"."person_id"
                  ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NULL
              )
              OR (
                (
                  MAX("t25"."_end") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t25"."_end") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t25"."start_date" > CAST(CAST(MAX("t25"."_end") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t25"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t25"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t25"."_end") OVER (
                          PARTITION BY "t25"."person_id"
                          ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t25"."_end") OVER (
                          PARTITION BY "t25"."person_id"
                          ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t25"."_end") OVER (
                            PARTITION BY "t25"."person_id"
                            ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t25"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t25"."target_group") OVER (
                    PARTITION BY "t25"."person_id"
                    ORDER BY "t25"."start_date" ASC, "t25"."benefit" ASC, "t25"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t25"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t25"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
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
                "t13"."_rows" > 1 AND "t13"."_one_benefit" AND NOT (
                  "t13"."_all_acc"
                )
            ) AS "t21"
              ON "t11"."person_id" = "t21"."person_id"
          ) AS "t25"
        ) AS "t31"
      ) AS "t32"
    ) AS "t33"
    UNION ALL
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
        "t35"."_spell_start"
      FROM (
        SELECT
          "t34"."person_id",
          "t34"."benefit",
          "t34"."start_date",
          "t34"."target_group",
          "t34"."early_followup_request_date",
          "t34"."education_order",
          "t34"."_rid",
          "t34"."_end",
          "t34"."_acc",
          "t34"."_switch",
          "t34"."_run",
          "t34"."_new",
          MAX(CASE WHEN "t34"."_new" = 1 THEN "t34"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t34"."person_id"
            ORDER BY "t34"."start_date" ASC, "t34"."benefit" ASC, "t34"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t30"."person_id",
            "t30"."benefit",
            "t30"."start_date",
            "t30"."target_group",
            "t30"."early_followup_request_date",
            "t30"."education_order",
            "t30"."_rid",
            "t30"."_end",
            "t30"."_acc",
            "t30"."_switch",
            "t30"."_run",
            CASE
              WHEN (
                "t30"."_switch" = 1
              )
              OR (
                (
                  MAX("t30"."_end") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t30"."_end") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t30"."start_date" > CAST(CAST(MAX("t30"."_end") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t30"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t30"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t30"."_end") OVER (
                          PARTITION BY "t30"."person_id", "t30"."_run"
                          ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t30"."_end") OVER (
                          PARTITION BY "t30"."person_id", "t30"."_run"
                          ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t30"."_end") OVER (
                            PARTITION BY "t30"."person_id", "t30"."_run"
                            ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t30"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t30"."target_group") OVER (
                    PARTITION BY "t30"."person_id", "t30"."_run"
                    ORDER BY "t30"."start_date" ASC, "t30"."benefit" ASC, "t30"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t30"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t30"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
          FROM (
            SELECT
              "t29"."person_id",
              "t29"."benefit",
              "t29"."start_date",
              "t29"."target_group",
              "t29"."early_followup_request_date",
              "t29"."education_order",
              "t29"."_rid",
              "t29"."_end",
              "t29"."_acc",
              "t29"."_switch",
              SUM("t29"."_switch") OVER (
                PARTITION BY "t29"."person_id"
                ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS "_run"
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
                CASE
                  WHEN LAG("t24"."benefit") OVER (
                    PARTITION BY "t24"."person_id"
                    ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                  THEN 1
                  WHEN LAG("t24"."benefit") OVER (
                    PARTITION BY "t24"."person_id"
                    ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) <> "t24"."benefit"
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
                    "t13"."_rows" > 1 AND NOT (
                      "t13"."_one_benefit"
                    )
                ) AS "t20"
                  ON "t11"."person_id" = "t20"."person_id"
              ) AS "t24"
            ) AS "t29"
          ) AS "t30"
        ) AS "t34"
      ) AS "t35"
    ) AS "t36"
  ) AS "t37"
), "t40" AS (
  SELECT
    *
  FROM "t38" AS "t39"
  WHERE
    "t39"."_acc"
), "t44" AS (
  SELECT
    "t42"."person_id",
    "t42"."benefit",
    MIN("t42"."start_date") AS "c1"
  FROM "t40" AS "t42"
  GROUP BY
    1,
    2
), "t53" AS (
  SELECT
    "t52"."person_id",
    "t52"."benefit",
    "t52"."c1",
    "t52"."c2"
  FROM (
    SELECT
      "t46"."person_id",
      "t46"."benefit",
      "t46"."c1",
      "t51"."person_id" AS "person_id_right",
      "t51"."benefit" AS "benefit_right",
      "t51"."c2"
    FROM "t44" AS "t46"
    LEFT OUTER JOIN (
      SELECT
        "t49"."person_id",
        "t49"."benefit",
        MIN("t49"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t43"."person_id",
            "t43"."benefit",
            "t43"."start_date",
            "t43"."target_group",
            "t43"."early_followup_request_date",
            "t43"."education_order",
            "t43"."_rid",
            "t43"."_end",
            "t43"."_acc",
            "t43"."_spell_start",
            "t47"."c1"
          FROM "t40" AS "t43"
          INNER JOIN "t44" AS "t47"
            ON "t43"."person_id" = "t47"."person_id" AND "t43"."benefit" = "t47"."benefit"
        ) AS "t48"
        WHERE
          "t48"."start_date" >= CAST(CAST("t48"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t48"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t49"
      GROUP BY
        1,
        2
    ) AS "t51"
      ON "t46"."person_id" = "t51"."person_id" AND "t46"."benefit" = "t51"."benefit"
  ) AS "t52"
), "t62" AS (
  SELECT
    "t61"."person_id",
    "t61"."benefit",
    "t61"."c1",
    "t61"."c2",
    "t61"."c3"
  FROM (
    SELECT
      "t55"."person_id",
      "t55"."benefit",
      "t55"."c1",
      "t55"."c2",
      "t60"."person_id" AS "person_id_right",
      "t60"."benefit" AS "benefit_right",
      "t60"."c3"
    FROM "t53" AS "t55"
    LEFT OUTER JOIN (
      SELECT
        "t58"."person_id",
        "t58"."benefit",
        MIN("t58"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t43"."person_id",
            "t43"."benefit",
            "t43"."start_date",
            "t43"."target_group",
            "t43"."early_followup_request_date",
            "t43"."education_order",
            "t43"."_rid",
            "t43"."_end",
            "t43"."_acc",
            "t43"."_spell_start",
            "t56"."c1",
            "t56"."c2"
          FROM "t40" AS "t43"
          INNER JOIN "t53" AS "t56"
            ON "t43"."person_id" = "t56"."person_id" AND "t43"."benefit" = "t56"."benefit"
        ) AS "t57"
        WHERE
          "t57"."start_date" >= CAST(CAST("t57"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t57"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t58"
      GROUP BY
        1,
        2
    ) AS "t60"
      ON "t55"."person_id" = "t60"."person_id" AND "t55"."benefit" = "t60"."benefit"
  ) AS "t61"
), "t87" AS (
  SELECT
    "t86"."person_id",
    "t86"."benefit",
    "t86"."start_date",
    "t86"."end_date",
    "t86"."first_contact_date",
    "t86"."target_group",
    "t86"."first_absence_date",
    "t86"."sickness_category",
    "t86"."employed",
    "t86"."handover_date",
    "t86"."expected_absence_weeks",
    "t86"."work_obligation",
    "t86"."municipality",
    "t86"."early_followup_request_date",
    "t86"."education_order",
    "t86"."periods",
    COALESCE("t86"."first_contact_date", "t86"."start_date") AS "window_start"
  FROM (
    SELECT
      "t85"."person_id",
      "t85"."benefit",
      "t85"."_key" AS "start_date",
      CASE
        WHEN "t85"."_end" = MAKE_DATE(9999, 12, 31)
        THEN CAST(NULL AS DATE)
        ELSE "t85"."_end"
      END AS "end_date",
      "t5"."first_contact_date",
      "t5"."target_group",
      "t5"."first_absence_date",
      "t5"."sickness_category",
      "t5"."employed",
      "t5"."handover_date",
      "t5"."expected_absence_weeks",
      "t5"."work_obligation",
      "t5"."municipality",
      "t85"."early_followup_request_date",
      "t85"."education_order",
      "t85"."periods"
    FROM (
      SELECT
        "t83"."person_id",
        "t83"."benefit",
        "t83"."_key",
        MAX("t83"."_end") AS "_end",
        COUNT(*) AS "periods",
        FIRST("t83"."_rid" ORDER BY "t83"."start_date") AS "_first",
        MIN("t83"."early_followup_request_date") AS "early_followup_request_date",
        BOOL_OR(CAST(COALESCE("t83"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t39"."person_id",
            "t39"."benefit",
            "t39"."start_date",
            "t39"."_end",
            "t39"."_spell_start" AS "_key",
            "t39"."_acc",
            "t39"."_rid",
            "t39"."early_followup_request_date",
            "t39"."education_order"
          FROM "t38" AS "t39"
          WHERE
            NOT (
              "t39"."_acc"
            )
        ) AS "t41"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t81"."person_id",
            "t81"."benefit",
            "t81"."start_date",
            "t81"."_end",
            GREATEST(
              CASE
                WHEN "t81"."c1" <= "t81"."start_date"
                THEN "t81"."c1"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t81"."c2" <= "t81"."start_date"
                THEN "t81"."c2"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t81"."c3" <= "t81"."start_date"
                THEN "t81"."c3"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t81"."c4" <= "t81"."start_date"
                THEN "t81"."c4"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t81"."c5" <= "t81"."start_date"
                THEN "t81"."c5"
                ELSE CAST(NULL AS DATE)
              END
            ) AS "_key",
            "t81"."_acc",
            "t81"."_rid",
            "t81"."early_followup_request_date",
            "t81"."education_order"
          FROM (
            SELECT
              "t43"."person_id",
              "t43"."benefit",
              "t43"."start_date",
              "t43"."target_group",
              "t43"."early_followup_request_date",
              "t43"."education_order",
              "t43"."_rid",
              "t43"."_end",
              "t43"."_acc",
              "t43"."_spell_start",
              "t80"."c1",
              "t80"."c2",
              "t80"."c3",
              "t80"."c4",
              "t80"."c5"
            FROM "t40" AS "t43"
            INNER JOIN (
              SELECT
                "t78".*
                EXCLUDE ("benefit_right", "person_id_right")
              FROM (
                SELECT
                  "t72"."person_id",
                  "t72"."benefit",
                  "t72"."c1",
                  "t72"."c2",
                  "t72"."c3",
                  "t72"."c4",
                  "t77"."person_id" AS "person_id_right",
                  "t77"."benefit" AS "benefit_right",
                  "t77"."c5"
                FROM (
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
                      "t69"."person_id" AS "person_id_right",
                      "t69"."benefit" AS "benefit_right",
                      "t69"."c4"
                    FROM "t62" AS "t64"
                    LEFT OUTER JOIN (
                      SELECT
                        "t67"."person_id",
                        "t67"."benefit",
                        MIN("t67"."start_date") AS "c4"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t43"."person_id",
                            "t43"."benefit",
                            "t43"."start_date",
                            "t43"."target_group",
                            "t43"."early_followup_request_date",
                            "t43"."education_order",
                            "t43"."_rid",
                            "t43"."_end",
                            "t43"."_acc",
                            "t43"."_spell_start",
                            "t65"."c1",
                            "t65"."c2",
                            "t65"."c3"
                          FROM "t40" AS "t43"
                          INNER JOIN "t62" AS "t65"
                            ON "t43"."person_id" = "t65"."person_id" AND "t43"."benefit" = "t65"."benefit"
                        ) AS "t66"
                        WHERE
                          "t66"."start_date" >= CAST(CAST("t66"."c3" + TO_MONTHS(
                            COALESCE(
                              CASE WHEN "t66"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
                LEFT OUTER JOIN (
                  SELECT
                    "t75"."person_id",
                    "t75"."benefit",
                    MIN("t75"."start_date") AS "c5"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t43"."person_id",
                        "t43"."benefit",
                        "t43"."start_date",
                        "t43"."target_group",
                        "t43"."early_followup_request_date",
                        "t43"."education_order",
                        "t43"."_rid",
                        "t43"."_end",
                        "t43"."_acc",
                        "t43"."_spell_start",
                        "t73"."c1",
                        "t73"."c2",
                        "t73"."c3",
                        "t73"."c4"
                      FROM "t40" AS "t43"
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
                            "t69"."person_id" AS "person_id_right",
                            "t69"."benefit" AS "benefit_right",
                            "t69"."c4"
                          FROM "t62" AS "t64"
                          LEFT OUTER JOIN (
                            SELECT
                              "t67"."person_id",
                              "t67"."benefit",
                              MIN("t67"."start_date") AS "c4"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t43"."person_id",
                                  "t43"."benefit",
                                  "t43"."start_date",
                                  "t43"."target_group",
                                  "t43"."early_followup_request_date",
                                  "t43"."education_order",
                                  "t43"."_rid",
                                  "t43"."_end",
                                  "t43"."_acc",
                                  "t43"."_spell_start",
                                  "t65"."c1",
                                  "t65"."c2",
                                  "t65"."c3"
                                FROM "t40" AS "t43"
                                INNER JOIN "t62" AS "t65"
                                  ON "t43"."person_id" = "t65"."person_id" AND "t43"."benefit" = "t65"."benefit"
                              ) AS "t66"
                              WHERE
                                "t66"."start_date" >= CAST(CAST("t66"."c3" + TO_MONTHS(
                                  COALESCE(
                                    CASE WHEN "t66"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
                      ) AS "t73"
                        ON "t43"."person_id" = "t73"."person_id" AND "t43"."benefit" = "t73"."benefit"
                    ) AS "t74"
                    WHERE
                      "t74"."start_date" >= CAST(CAST("t74"."c4" + TO_MONTHS(
                        COALESCE(
                          CASE WHEN "t74"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                  ) AS "t75"
                  GROUP BY
                    1,
                    2
                ) AS "t77"
                  ON "t72"."person_id" = "t77"."person_id" AND "t72"."benefit" = "t77"."benefit"
              ) AS "t78"
            ) AS "t80"
              ON "t43"."person_id" = "t80"."person_id" AND "t43"."benefit" = "t80"."benefit"
          ) AS "t81"
        ) AS "t82"
      ) AS "t83"
      GROUP BY
        1,
        2,
        3
    ) AS "t85"
    INNER JOIN (
      SELECT
        "t1"."rowid" AS "_frid",
        "t1"."first_contact_date",
        "t1"."target_group",
        "t1"."first_absence_date",
        "t1"."sickness_category",
        "t1"."employed",
        "t1"."handover_date",
        "t1"."expected_absence_weeks",
        "t1"."work_obligation",
        "t1"."municipality"
      FROM "benefit_periods" AS "t1"
    ) AS "t5"
      ON "t85"."_first" = "t5"."_frid"
  ) AS "t86"
  WHERE
    "t86"."benefit" IN ('kontanthjaelp', 'ledighedsydelse', 'uddannelseshjaelp')
)
SELECT
  "t108"."person_id",
  "t108"."benefit",
  'first_interview' AS "kind",
  'first_interview' AS "rule_id",
  '1.1.1' AS "rule_version",
  CASE
    WHEN "t108"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (reform af beskæftigelsesindsatsen); STAR, spørgsmål og svar om reformen'
    WHEN "t108"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 5 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023)'
    WHEN "t108"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t108"."window_start",
  CASE
    WHEN COALESCE("t108"."is_applicable", FALSE)
    THEN "t108"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t108"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t108"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t108"."fulfilled_date" <= "t108"."due_date"
    )
    THEN 'met'
    WHEN "t108"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t108"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t108"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t108"."is_applicable", FALSE)
    THEN "t108"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t108"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t108"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t108"."fulfilled_date" > "t108"."due_date"
    )
    THEN DATE_DIFF('DAY', "t108"."due_date", "t108"."fulfilled_date")
    WHEN NOT (
      "t108"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t108"."is_exempt", FALSE)
    )
    AND (
      "t108"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t108"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t108"."is_applicable", FALSE)
              THEN "t108"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t108"."window_start"
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
              WHEN COALESCE("t108"."is_applicable", FALSE)
              THEN "t108"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t108"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'first_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t108"."evidence", '') AS "evidence"
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
    "t107"."in_force",
    "t107"."due0",
    "t107"."exemption_start",
    "t107"."exemption_end",
    "t107"."exemption_reason",
    "t107"."due_date",
    "t107"."person_id_right",
    "t107"."benefit_right",
    "t107"."start_date_right",
    "t107"."fulfilled_date",
    "t107"."held_text",
    "t107"."in_force"
    AND NOT (
      (
        "t107"."end_date" IS NOT NULL
      )
      AND (
        "t107"."end_date" < "t107"."due_date"
      )
      AND (
        "t107"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    (
      "t107"."exemption_end" IS NOT NULL
    )
    AND (
      CAST($as_of AS DATE) <= "t107"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN CASE
        WHEN "t107"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t107"."exemption_start" AS TEXT) IS NULL
          OR CAST("t107"."exemption_end" AS TEXT) IS NULL
          OR "t107"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t107"."exemption_start" AS TEXT),
            '–',
            CAST("t107"."exemption_end" AS TEXT),
            ' (',
            "t107"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t107"."fulfilled_date" IS NOT NULL
        THEN "t107"."held_text"
        WHEN (
          "t107"."end_date" IS NOT NULL
        )
        AND (
          "t107"."end_date" < "t107"."due_date"
        )
        AND (
          "t107"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t107"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t107"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'ingen afholdt individuel jobsamtale'
      END
      ELSE CASE
        WHEN "t107"."fulfilled_date" IS NOT NULL
        THEN "t107"."held_text"
        WHEN (
          "t107"."end_date" IS NOT NULL
        )
        AND (
          "t107"."end_date" < "t107"."due_date"
        )
        AND (
          "t107"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t107"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t107"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'ingen afholdt individuel jobsamtale'
      END || '; ' || CASE
        WHEN "t107"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t107"."exemption_start" AS TEXT) IS NULL
          OR CAST("t107"."exemption_end" AS TEXT) IS NULL
          OR "t107"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t107"."exemption_start" AS TEXT),
            '–',
            CAST("t107"."exemption_end" AS TEXT),
            ' (',
            "t107"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t106"."person_id",
      "t106"."benefit",
      "t106"."start_date",
      "t106"."end_date",
      "t106"."first_contact_date",
      "t106"."target_group",
      "t106"."first_absence_date",
      "t106"."sickness_category",
      "t106"."employed",
      "t106"."handover_date",
      "t106"."expected_absence_weeks",
      "t106"."work_obligation",
      "t106"."municipality",
      "t106"."early_followup_request_date",
      "t106"."education_order",
      "t106"."periods",
      "t106"."window_start",
      "t106"."in_force",
      "t106"."due0",
      "t106"."exemption_start",
      "t106"."exemption_end",
      "t106"."exemption_reason",
      "t106"."due_date",
      "t100"."person_id" AS "person_id_right",
      "t100"."benefit" AS "benefit_right",
      "t100"."start_date" AS "start_date_right",
      "t100"."fulfilled_date",
      "t100"."held_text"
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
        "t104"."in_force",
        "t104"."due0",
        "t104"."exemption_start",
        "t104"."exemption_end",
        "t104"."exemption_reason",
        CASE
          WHEN "t104"."exemption_end" IS NOT NULL
          THEN CAST(CAST("t104"."exemption_end" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t104"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 7
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
          ELSE "t104"."due0"
        END AS "due_date"
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
            "t94"."in_force",
            "t94"."due0",
            "t102"."person_id" AS "person_id_right",
            "t102"."benefit" AS "benefit_right",
            "t102"."start_date" AS "start_date_right",
            "t102"."exemption_start",
            "t102"."exemption_end",
            "t102"."exemption_reason"
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
              (
                CASE
                  WHEN "t88"."window_start" >= MAKE_DATE(2026, 7, 1)
                  THEN 7
                  WHEN "t88"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN 7
                  WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN 7
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t88"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN ['kontanthjaelp', 'ledighedsydelse']
                    WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN ['kontanthjaelp', 'uddannelseshjaelp']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t88"."benefit"
                ),
                FALSE
              )
              AND (
                (
                  "t88"."target_group" IS NULL
                )
                OR COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t88"."window_start" >= MAKE_DATE(2026, 7, 1)
                      THEN ['jobparat']
                      WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN ['jobparat', 'aktivitetsparat', 'uddannelsesparat']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t88"."target_group"
                  ),
                  FALSE
                )
              ) AS "in_force",
              CAST(CAST("t88"."window_start" + TO_DAYS(
                COALESCE(
                  CASE
                    WHEN "t88"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 7
                    WHEN "t88"."window_start" >= MAKE_DATE(2024, 1, 1)
                    THEN 7
                    WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 7
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                )
              ) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t87" AS "t88"
          ) AS "t94"
          LEFT OUTER JOIN (
            SELECT
              "t98"."person_id",
              "t98"."benefit",
              "t98"."start_date",
              FIRST("t98"."_ex_start" ORDER BY "t98"."_ex_end" DESC) AS "exemption_start",
              MAX("t98"."_ex_end") AS "exemption_end",
              FIRST("t98"."_ex_reason" ORDER BY "t98"."_ex_end" DESC) AS "exemption_reason"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t95"."person_id",
                  "t95"."benefit",
                  "t95"."start_date",
                  "t95"."_day",
                  "t95"."_ws",
                  "t8"."_pid",
                  "t8"."_ex_start",
                  "t8"."_ex_end",
                  "t8"."_ex_reason"
                FROM (
                  SELECT
                    "t88"."person_id",
                    "t88"."benefit",
                    "t88"."start_date",
                    CAST(CAST("t88"."window_start" + TO_DAYS(
                      COALESCE(
                        CASE
                          WHEN "t88"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 7
                          WHEN "t88"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 7
                          WHEN "t88"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 7
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_day",
                    "t88"."window_start" AS "_ws"
                  FROM "t87" AS "t88"
                ) AS "t95"
                INNER JOIN (
                  SELECT
                    "t2"."person_id" AS "_pid",
                    "t2"."start_date" AS "_ex_start",
                    "t2"."end_date" AS "_ex_end",
                    "t2"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t2"
                  WHERE
                    "t2"."start_date" <= CAST($as_of AS DATE)
                ) AS "t8"
                  ON "t95"."person_id" = "t8"."_pid"
                  AND "t8"."_ex_start" <= "t95"."_day"
                  AND "t8"."_ex_end" >= "t95"."_day"
              ) AS "t96"
              WHERE
                NOT (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t96"."_ws" >= MAKE_DATE(2026, 7, 1)
                        THEN ['selv_job']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t96"."_ex_reason"
                    ),
                    FALSE
                  )
                )
            ) AS "t98"
            GROUP BY
              1,
              2,
              3
          ) AS "t102"
            ON "t94"."person_id" = "t102"."person_id"
            AND "t94"."benefit" = "t102"."benefit"
            AND "t94"."start_date" = "t102"."start_date"
        ) AS "t103"
      ) AS "t104"
    ) AS "t106"
    LEFT OUTER JOIN (
      SELECT
        "t97"."person_id",
        "t97"."benefit",
        "t97"."start_date",
        MIN("t97"."date") AS "fulfilled_date",
        FIRST(
          "t97"."description" ORDER BY CASE
            WHEN CAST("t97"."date" AS TEXT) IS NULL OR "t97"."description" IS NULL
            THEN NULL
            ELSE CONCAT(CAST("t97"."date" AS TEXT), '|', "t97"."description")
          END
        ) AS "held_text"
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
            "t7"."person_id" AS "person_id_right",
            "t7"."date",
            "t7"."kind",
            "t7"."form",
            "t7"."held_by",
            "t7"."status",
            "t7"."individual",
            "t7"."caseworker_id",
            "t7"."purpose"
          FROM (
            SELECT
              "t88"."person_id",
              "t88"."benefit",
              "t88"."start_date",
              "t88"."window_start",
              "t88"."window_start" AS "_first",
              COALESCE("t88"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "t87" AS "t88"
          ) AS "t90"
          INNER JOIN (
            SELECT
              *
            FROM "conversations" AS "t0"
            WHERE
              "t0"."status" = 'afholdt'
              AND COALESCE("t0"."individual", TRUE)
              AND "t0"."date" <= CAST($as_of AS DATE)
              AND "t0"."kind" IN ('jobsamtale')
          ) AS "t7"
            ON "t90"."person_id" = "t7"."person_id"
            AND "t7"."date" >= "t90"."_first"
            AND "t7"."date" <= "t90"."_last"
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
      GROUP BY
        1,
        2,
        3
    ) AS "t100"
      ON "t106"."person_id" = "t100"."person_id"
      AND "t106"."benefit" = "t100"."benefit"
      AND "t106"."start_date" = "t100"."start_date"
  ) AS "t107"
) AS "t108"
